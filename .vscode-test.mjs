// Desktop VS Code (downloaded by @vscode/test-electron) runs the same extension-host suite as the code-server runner.
// Build first: `node scripts/build.mjs --tests`, then `npx vscode-test`.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'extension-host',
  files: 'out/test/extension/**/*.test.js',
  workspaceFolder: 'test/fixtures/workspace/team.code-workspace',
  launchArgs: ['--disable-extensions'],
  mocha: { ui: 'bdd', timeout: 20000 },
});
