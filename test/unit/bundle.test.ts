// What goes into the extension's bundle, and what waits for first use:
// - zod/mini and its English messages only (zod classic, its JSON Schema generator and other locales stay out);
// - yaml's ES module build (the one without debugging switches read from process.env);
// - markdown-it is a file of its own, required on the first briefing;
// - the document writers (briefing, agenda, review) and the handlers of the commands that write notes
//   (with the templates they write) are files of their own (scripts/lazyBundles.mjs), required on first
//   use, and no module ships twice: a lazy file takes what the bundle holds from the bundle.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type BuildResult, type Metafile, type Plugin } from 'esbuild';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';
import * as writers from '../../src/core/documents/writers';
import { checkNotesRoot } from '../../src/core/workspace/checkFolder';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const SAMPLE_DAY = '2026-11-27';

type Built = BuildResult & { metafile: Metafile };
interface Bundles {
  extension: Built;
  lazy: Record<string, Built>;
  /** For each lazy file, the modules it takes from the bundle, each with the names it takes. */
  shared: Record<string, Map<string, Set<string>>>;
}
interface LazyFile {
  file: string;
  entry: string;
  loader: string;
  exportName: string;
}
interface BundleScripts {
  extensionBundles(root: string, production: boolean, dir: string, options?: { write?: boolean }): Promise<Bundles>;
  lazyLoaders(root: string, shared: Record<string, Map<string, Set<string>>>): Plugin;
  commonOptions(root: string, production: boolean): BuildOptions;
  modulesIn(result: Built): Set<string>;
  LAZY_FILES: readonly LazyFile[];
}

let scripts: BundleScripts | undefined;
async function bundleScripts(): Promise<BundleScripts> {
  return (scripts ??= (await import(pathToFileURL(join(root, 'scripts', 'bundles.mjs')).href)) as BundleScripts);
}

let built: Promise<Bundles> | undefined;
/** The production bundle and its lazy files, built once, not written. */
async function bundles(): Promise<Bundles> {
  const { extensionBundles } = await bundleScripts();
  return (built ??= extensionBundles(root, true, join(root, 'out', 'bundle-check'), { write: false }));
}

const textOf = (result: Built) => result.outputFiles?.find((f) => f.path.endsWith('.js'))?.text ?? '';

describe('the extension bundle', function () {
  this.timeout(120_000);

  it('carries zod/mini and its English messages: no zod classic, no JSON Schema generator, no other locale', async () => {
    const { modulesIn } = await bundleScripts();
    const inputs = [...modulesIn((await bundles()).extension)];
    const locales = inputs.filter((p) => p.includes('zod/v4/locales/')).map((p) => p.slice(p.lastIndexOf('/') + 1));
    assert.ok(inputs.some((p) => p.includes('zod/v4/core/')), 'zod is in the bundle');
    assert.ok(inputs.some((p) => p.includes('zod/v4/mini/')), 'zod/mini is in the bundle');
    assert.deepEqual(inputs.filter((p) => p.includes('zod/v4/classic/')), []);
    assert.deepEqual(inputs.filter((p) => /zod\/v4\/core\/(to-json-schema|json-schema-processors)\.js$/.test(p)), []);
    assert.deepEqual(locales, ['en.js']);
  });

  it("takes yaml's ES module build, which reads nothing from process.env, and no part of its Node build", async () => {
    const { extension } = await bundles();
    const { modulesIn } = await bundleScripts();
    const yamlFiles = [...modulesIn(extension)].filter((p) => p.includes('node_modules/yaml/'));
    assert.ok(yamlFiles.some((p) => p.includes('node_modules/yaml/browser/dist/parse/parser.js')), "yaml's parser is in the bundle");
    assert.deepEqual(yamlFiles.filter((p) => p.includes('node_modules/yaml/dist/')), []);
    assert.doesNotMatch(textOf(extension), /LOG_TOKENS|LOG_STREAM/);
  });

  it('leaves markdown-it to a file of its own, required by the briefing\'s panels (a lazy file) when a briefing is shown', async () => {
    const { extension, lazy } = await bundles();
    const { modulesIn } = await bundleScripts();
    for (const result of [extension, ...Object.values(lazy)]) assert.deepEqual([...modulesIn(result)].filter((p) => p.includes('node_modules/markdown-it/')), []);
    const briefing = lazy['briefing.js'] as Built;
    assert.ok(modulesIn(briefing).has('src/documents/briefingHtml.ts'), 'briefing.js holds the briefing page');
    assert.ok(!modulesIn(extension).has('src/documents/briefingHtml.ts'), 'the bundle does not');
    assert.match(textOf(briefing), /require\("\.\/markdown-it\.js"\)/);
  });

  it('holds no document writer and no handler of a command that writes notes: those are in documents.js and commands.js', async () => {
    const { extension, lazy } = await bundles();
    const { modulesIn } = await bundleScripts();
    const inBundle = [...modulesIn(extension)];
    assert.deepEqual(inBundle.filter((p) => /^src\/core\/documents\/(briefing|agenda|review)\//.test(p)), []);
    const handlers = ['logFeedback', 'newOneOnOne', 'insertTemplate', 'insertTemplateAt', 'addPerson', 'createNotesFolder', 'markTimeAway'];
    assert.deepEqual(inBundle.filter((p) => handlers.some((h) => p === `src/commands/${h}.ts`)), []);
    assert.deepEqual(inBundle.filter((p) => /^src\/core\/templates\/(newOneOnOne|catalog|notesReadme|personFile)\.ts$/.test(p)), []);
    const documents = [...modulesIn(lazy['documents.js'] as Built)];
    const commands = [...modulesIn(lazy['commands.js'] as Built)];
    for (const writer of ['briefing/briefingMarkdown', 'agenda/shareableAgenda', 'review/reviewSummary']) {
      assert.ok(documents.includes(`src/core/documents/${writer}.ts`), `documents.js holds ${writer}`);
    }
    for (const handler of handlers) assert.ok(commands.includes(`src/commands/${handler}.ts`), `commands.js holds ${handler}`);
  });

  it('holds nothing of the pictures page: the page, Observable Plot and d3 are in media/pictures.js only', async () => {
    const { extension, lazy } = await bundles();
    const { modulesIn } = await bundleScripts();
    for (const result of [extension, ...Object.values(lazy)]) {
      assert.deepEqual([...modulesIn(result)].filter((p) => /^src\/webview\/|node_modules\/(@observablehq|d3-)/.test(p)), []);
    }
  });

  it('ships no module twice: a lazy file takes what the bundle holds from the bundle, and no two lazy files hold the same module', async () => {
    const { extension, lazy } = await bundles();
    const { modulesIn } = await bundleScripts();
    const seen = new Map<string, string>([...modulesIn(extension)].map((p) => [p, 'extension.js']));
    let taken = 0;
    for (const [file, result] of Object.entries(lazy)) {
      for (const path of modulesIn(result)) {
        if (path.startsWith('from-extension-bundle:')) {
          taken++;
          assert.ok(seen.get(path.slice('from-extension-bundle:'.length)) === 'extension.js' || path === 'from-extension-bundle:map', `${file} takes ${path} from the bundle, which has it`);
          continue;
        }
        if (path.endsWith('(entry)')) continue;
        assert.equal(seen.get(path), undefined, `${path} is in ${file} and in ${seen.get(path)}`);
        seen.set(path, file);
      }
    }
    assert.ok(taken > 10, 'the lazy files take modules from the bundle');
  });

  it('requires each lazy file only in its loader, on the first call', async () => {
    const { extension } = await bundles();
    const { LAZY_FILES } = await bundleScripts();
    const text = textOf(extension);
    for (const { file } of LAZY_FILES) {
      const requires = text.match(new RegExp(`require\\("\\./${file.replace('.', '\\.')}"\\)`, 'g')) ?? [];
      assert.equal(requires.length, 1, `${file} is required once`);
      // The one require is the loader's `loaded ??= require(...)`: minified, `x??=require("./file")(...)`.
      assert.match(text, new RegExp(`\\?\\?=require\\("\\./${file.replace('.', '\\.')}"\\)\\(`));
    }
  });

  it('documents.js, fed from the bundle, is not loaded with the bundle, loads on the first call and writes what the source writes', async () => {
    const { extensionBundles, lazyLoaders, commonOptions, LAZY_FILES } = await bundleScripts();
    const dir = mkdtempSync(join(tmpdir(), 'lazy-documents-'));
    try {
      // The lazy file as it ships, and a stand-in for the bundle (the extension's bundle needs VS Code): the
      // same loader, built as the extension's build builds it, with what the test needs to call it.
      const { shared } = await extensionBundles(root, true, dir);
      const documents = LAZY_FILES.find((l) => l.file === 'documents.js') as LazyFile;
      await build({
        ...commonOptions(root, true),
        stdin: {
          contents: [
            `export { ${documents.exportName} } from './${documents.loader}';`,
            "export { checkNotesRoot } from './src/core/workspace/checkFolder';",
            "export { DEFAULT_SETTINGS } from './src/core/checks/settings';",
          ].join('\n'),
          resolveDir: root,
          loader: 'ts',
        },
        outfile: join(dir, 'stand-in.js'),
        external: ['vscode'],
        plugins: [lazyLoaders(root, { 'documents.js': shared['documents.js'] as Map<string, Set<string>> })],
      });
      const lazyPath = join(dir, 'documents.js');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const standIn = require(join(dir, 'stand-in.js')) as {
        documentWriters(): typeof writers;
        checkNotesRoot: typeof checkNotesRoot;
        DEFAULT_SETTINGS: typeof DEFAULT_SETTINGS;
      };
      assert.equal(require.cache[lazyPath], undefined, 'documents.js is not loaded with the bundle');
      const ctx = { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS };
      const ours = checkNotesRoot(join(root, 'examples', 'notes', 'one-on-ones'), ctx).index;
      const theirs = standIn.checkNotesRoot(join(root, 'examples', 'notes', 'one-on-ones'), { ...ctx, settings: standIn.DEFAULT_SETTINGS }).index;
      for (const person of ['dana-kowalski', 'ben-hughes']) {
        const input = { notes: ours.notes(person), ctx };
        const lazyInput = { notes: theirs.notes(person), ctx: { ...ctx, settings: standIn.DEFAULT_SETTINGS } };
        assert.ok(input.notes && lazyInput.notes, person);
        const period = { from: '2026-06-01', to: SAMPLE_DAY, includePrivate: false };
        const lazyWriters = standIn.documentWriters();
        assert.equal(lazyWriters.writeBriefing(lazyInput as never), writers.writeBriefing(input as never));
        assert.equal(lazyWriters.writeShareableAgenda(lazyInput as never), writers.writeShareableAgenda(input as never));
        assert.equal(lazyWriters.writeReviewSummary(lazyInput as never, period), writers.writeReviewSummary(input as never, period));
      }
      assert.ok(require.cache[lazyPath], 'documents.js is loaded on the first call');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

