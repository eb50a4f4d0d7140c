// ESLint with typed linting (typescript-eslint's projectService) over src/, test/, scripts/ and bench/.
// `npm run lint` runs it; `npm test` runs it before the test tiers, and a lint error fails the run.
// The rules are the mistakes this code base can make: a promise nobody waits for, a promise where a
// callback must return nothing, an `any`, a Disposable dropped on the floor, `vscode` inside the pure core, and
// words shown to a person without l10n.t.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { noDroppedDisposable } from './scripts/eslint/noDroppedDisposable.mjs';
import { wordsThroughL10n } from './scripts/eslint/wordsThroughL10n.mjs';

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'out/', 'out-*/', '.cache/', '.vscode-test/', 'test-results/', 'test/fixtures/', 'examples/', 'schemas/', 'media/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: {
          // The scripts are plain ES modules outside every tsconfig; they get a default project, typed from their JSDoc.
          allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'scripts/*/*.mjs', 'bench/*.mjs', 'bench/*/*.mjs'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 40,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: {
      '@typescript-eslint': tseslint.plugin,
      coach: { rules: { 'no-dropped-disposable': noDroppedDisposable, 'words-through-l10n': wordsThroughL10n } },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-require-imports': 'error',
      'coach/no-dropped-disposable': 'error',
    },
  },
  {
    // What the extension shows goes through vscode.l10n (the pictures page's through @vscode/l10n). The core's
    // coaching texts and the command line's output stay in English for now; the page's own words are checked
    // in Chromium (test/unit/pictures/picturesPage.test.ts), where its el(…) calls put them.
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/cli.ts', 'src/cli/**'],
    rules: { 'coach/words-through-l10n': 'error' },
  },
  {
    // The core is pure: plain mocha, the command line and the benchmark run it without VS Code (as foam does).
    // test/unit/corePurity.test.ts checks the same from the files' text.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: keep vscode in the feature adapters outside src/core.' }],
      }],
    },
  },
);
