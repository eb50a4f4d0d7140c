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

/** dist/extension.js: `vscode` comes from the host. */
export function extensionBundle(root, production, outfile) {
  return { ...commonOptions(root, production), entryPoints: ['src/extension.ts'], outfile, external: ['vscode'] };
}
