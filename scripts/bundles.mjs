// The esbuild options of the shipped bundles, in one place: scripts/build.mjs builds with them, and a unit
// test (test/unit/bundle.test.ts) checks what goes into the extension's bundle.
export function commonOptions(root, production) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    absWorkingDir: root,
    // Prefer packages' ES module builds: some UMD builds (jsonc-parser) require files at run time.
    mainFields: ['module', 'main'],
  };
}

/** Where the extension finds markdown-it: a file of its own beside it, required on the first briefing. */
export const MARKDOWN_IT_FILE = 'markdown-it.js';

const markdownItBeside = {
  name: 'markdown-it-beside',
  setup(build) {
    build.onResolve({ filter: /^markdown-it$/ }, () => ({ path: `./${MARKDOWN_IT_FILE}`, external: true }));
  },
};

/** dist/extension.js: `vscode` comes from the host, markdown-it from markdownItBundle. */
export function extensionBundle(root, production, outfile) {
  return { ...commonOptions(root, production), entryPoints: ['src/extension.ts'], outfile, external: ['vscode'], plugins: [markdownItBeside] };
}

/** dist/markdown-it.js: markdown-it alone, exporting its constructor as `require('markdown-it')` does. */
export function markdownItBundle(root, production, outfile) {
  return { ...commonOptions(root, production), stdin: { contents: "module.exports = require('markdown-it');", resolveDir: root, loader: 'js' }, outfile };
}
