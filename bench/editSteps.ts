// One edit of one 1:1 in the editor, core path only: the file read, the person and the team rules
// re-checked, and what the views then recompute (Problems, Needs Attention and its badge, the People
// view's person). Run: node bench/editSteps.mjs [notes root]; prints median and p95 CPU time per step.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyNotesFile } from '../src/core/reading/layout';
import { loadNotesFile } from '../src/core/reading/loader';
import { NotesIndex } from '../src/core/people/notesIndex';
import { withDefaults } from '../src/core/checks/settings';
import type { CheckContext } from '../src/core/checks/rule';
import { CheckedNotes } from '../src/core/workspace/checkedNotes';
import { personIdOf } from '../src/core/workspace/attention';
import { median, quantile } from './measure';
import { seededRandom } from './random';
import { ViewModels } from './viewModels';

const EDITS = Number(process.env['EDITS'] ?? 200);
const root = process.argv[2] ?? join(__dirname, '..', '.cache', 'bench', 'notes');
const ctx: CheckContext = { today: '2026-03-04', settings: withDefaults() };

function readAll(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const person of readdirSync(root).sort()) {
    if (person.startsWith('.') || !statSync(join(root, person)).isDirectory()) continue;
    for (const name of readdirSync(join(root, person)).sort()) out.push({ file: `${person}/${name}`, text: readFileSync(join(root, person, name), 'utf8') });
  }
  return out;
}

/** CPU time of this process (user + system), in ms: a busy machine slows the wall clock, not this. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function main(): void {
  const texts = readAll();
  const started = performance.now();
  const notes = new CheckedNotes(NotesIndex.fromLoaded(texts.map((t) => loadNotesFile(t.file, t.text))));
  notes.recheck(ctx);
  const views = new ViewModels(notes, ctx);
  views.everything();
  console.log(`${texts.length} files loaded and checked in ${(performance.now() - started).toFixed(0)} ms`);
  const r = seededRandom(20260304);
  const oneOnOnes = texts.filter((t) => classifyNotesFile(t.file).kind === 'oneOnOne');
  const steps = { parse: [] as number[], recheck: [] as number[], problems: [] as number[], attention: [] as number[], people: [] as number[], total: [] as number[] };
  let changedFiles = 0;
  let published = 0;
  let rowsRead = 0;
  for (let i = 0; i < EDITS + 20; i++) {
    const { file, text } = r.pick(oneOnOnes);
    // Every other edit adds an overdue action: a new finding on the file.
    const next = `${text}  - text: Follow up on the benchmark edit ${i}\n    owner: me\n    due: ${i % 2 ? 2030 : 2025}-01-0${1 + (i % 9)}\n`;
    const t0 = cpuMs();
    const loaded = loadNotesFile(file, next);
    const t1 = cpuMs();
    const changed = notes.updateLoaded(loaded, ctx, { keepLastGood: true });
    const t2 = cpuMs();
    published += views.diagnostics(changed);
    const t3 = cpuMs();
    rowsRead += views.attention(changed);
    const t4 = cpuMs();
    views.peopleRows([personIdOf(file) as string], personIdOf(file));
    const t5 = cpuMs();
    if (i < 20) continue; // warm-up
    changedFiles += changed.size;
    steps.parse.push(t1 - t0); steps.recheck.push(t2 - t1); steps.problems.push(t3 - t2); steps.attention.push(t4 - t3); steps.people.push(t5 - t4); steps.total.push(t5 - t0);
  }
  for (const [name, samples] of Object.entries(steps)) console.log(`${name.padEnd(10)} median ${median(samples).toFixed(2).padStart(7)} ms   p95 ${quantile(samples, 0.95).toFixed(2).padStart(7)} ms CPU`);
  const per = (n: number) => (n / (EDITS + 20)).toFixed(2);
  console.log(`per edit: ${(changedFiles / EDITS).toFixed(2)} files named changed, ${per(published)} diagnostics published to Problems, ${per(rowsRead)} Needs Attention rows read again`);
}

main();
