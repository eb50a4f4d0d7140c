// A floor as a process, for the command line's figures: `node out-bench/floor.js read|parse <root>`
// lists and reads every notes file, or also parses each with yaml's parseDocument. Bundled on its own
// (bench/run.mjs), so that it loads no more code than a floor needs.
import { listAndRead, parseAll, readAll } from './floors';

const [mode, root] = process.argv.slice(2);
if (!root || (mode !== 'read' && mode !== 'parse')) {
  process.stderr.write('usage: floor.js read|parse <notes root>\n');
  process.exit(2);
}
if (mode === 'read') listAndRead(root);
else parseAll(readAll(root));
