// Writes src/core/documents/shareability.data.ts from the table "What can be shared" in
// docs/notes-format.md, read by src/core/documents/shareabilityTable.ts. The table is the one place that
// decides what a document for the person may hold. A unit test
// (test/unit/documents/shareability.test.ts) fails when the committed module is not current.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The text src/core/documents/shareability.data.ts should have. */
export async function renderShareability() {
  const outfile = join(tmpdir(), `one-on-one-shareability-${process.pid}.cjs`);
  await build({ entryPoints: [join(root, 'src/core/documents/shareabilityTable.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  try {
    const { parseShareabilityTable, renderShareabilityModule } = createRequire(import.meta.url)(outfile);
    return renderShareabilityModule(parseShareabilityTable(readFileSync(join(root, 'docs', 'notes-format.md'), 'utf8')));
  } finally {
    rmSync(outfile, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(root, 'src', 'core', 'documents', 'shareability.data.ts'), await renderShareability());
}
