// One edit of one 1:1 in the editor, core path only: the file read, the person and the team rules
// re-checked, and what the views then recompute (Problems, Needs Attention and its badge, the People
// view's person). Run: node bench/editSteps.mjs [notes root]; prints median and p95 per step.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyNotesFile } from '../src/core/reading/layout';
import { loadNotesFile } from '../src/core/reading/loader';
import { NotesIndex } from '../src/core/people/notesIndex';
import { withDefaults } from '../src/core/checks/settings';
import type { CheckContext } from '../src/core/checks/rule';
import type { Finding } from '../src/core/findings';
import type { Located } from '../src/core/people/located';
import { CheckedNotes } from '../src/core/workspace/checkedNotes';
import { needsAttention, personIdOf, rankFinding, type Ranked } from '../src/core/workspace/attention';
import { AttentionBoard, type AttentionScope } from '../src/core/workspace/attentionGroups';
import { sameFindings } from '../src/core/workspace/sameFindings';
import { awaitingFollowUp, findingsOn, openActions, openTopics, recentOneOnOnes, worstSeverity } from '../src/core/workspace/sidebarModel';
import { median, quantile } from './measure';
import { seededRandom } from './random';

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

/** What the adapters recompute after a change (src/diagnostics/problems.ts, src/sidebar/, src/statusBar/), minus vscode. */
class Views {
  private readonly board = new AttentionBoard<Ranked>();
  private readonly shown = new Map<string, readonly Finding[]>();
  private readonly scope: AttentionScope = { key: 'root', nameOf: (id) => this.notes.index.person(id)?.name ?? id };
  published = 0;
  groupsRefreshed = 0;
  count = 0;
  constructor(private readonly notes: CheckedNotes) {
    for (const file of notes.grouped().keys()) this.rank(file);
    this.board.settle();
    this.problems(new Set(notes.grouped().keys()));
    this.published = 0;
  }

  private rank(file: string): void {
    const id = personIdOf(file);
    const found = this.notes.findingsFor(file).filter(needsAttention);
    const notes = id === undefined || !found.length ? undefined : this.notes.index.notes(id);
    this.board.setFile(this.scope, file, found.map((finding) => ({ finding, rank: rankFinding(finding, notes) })));
    if (id !== undefined) this.board.touchPerson(this.scope, id);
  }

  /** Problems: set only the files whose findings differ. */
  problems(files: ReadonlySet<string>): void {
    for (const file of files) {
      const found = this.notes.findingsFor(file);
      if (sameFindings(this.shown.get(file) ?? [], found)) continue;
      this.shown.set(file, found);
      this.published += 1;
    }
  }

  /** Needs Attention: re-rank the files, group the groups they touch; the badge and status bar read the count. */
  needsAttention(files: ReadonlySet<string>): void {
    for (const file of files) this.rank(file);
    const change = this.board.settle();
    this.groupsRefreshed += change.order ? this.board.groups().length : change.groups.size;
    for (const key of change.groups) this.board.group(key)?.rows.length;
    this.count = this.board.count;
  }

  /** The People view's person and what is under it (peopleItems.ts: personItem, personGroups). */
  person(personId: string): number {
    const worst = worstSeverity(this.notes.findingsOfPerson(personId));
    const notes = this.notes.index.notes(personId);
    if (!notes) return 0;
    const on = (e: Located) => worstSeverity(findingsOn(e, this.notes.findingsFor(e.file)));
    let n = worst ? 1 : 0;
    for (const t of openTopics(notes, ctx)) for (const c of t.thread.conversations) n += on(c) ? 1 : 0;
    for (const f of awaitingFollowUp(notes)) n += on(f) ? 1 : 0;
    for (const o of recentOneOnOnes(notes)) n += worstSeverity(this.notes.findingsFor(o.file)) ? 1 : 0;
    for (const a of openActions(notes)) n += on(a) ? 1 : 0;
    return n;
  }
}

function main(): void {
  const texts = readAll();
  const started = performance.now();
  const notes = new CheckedNotes(NotesIndex.fromLoaded(texts.map((t) => loadNotesFile(t.file, t.text))));
  notes.recheck(ctx);
  const views = new Views(notes);
  console.log(`${texts.length} files loaded and checked in ${(performance.now() - started).toFixed(0)} ms`);
  const r = seededRandom(20260304);
  const oneOnOnes = texts.filter((t) => classifyNotesFile(t.file).kind === 'oneOnOne');
  const steps = { parse: [] as number[], recheck: [] as number[], problems: [] as number[], attention: [] as number[], people: [] as number[], total: [] as number[] };
  let changedFiles = 0;
  for (let i = 0; i < EDITS + 20; i++) {
    const { file, text } = r.pick(oneOnOnes);
    // Every other edit adds an overdue action: a new finding on the file.
    const next = `${text}  - text: Follow up on the benchmark edit ${i}\n    owner: me\n    due: ${i % 2 ? 2030 : 2025}-01-0${1 + (i % 9)}\n`;
    const t0 = performance.now();
    const loaded = loadNotesFile(file, next);
    const t1 = performance.now();
    const changed = notes.updateLoaded(loaded, ctx, { keepLastGood: true });
    const t2 = performance.now();
    views.problems(changed);
    const t3 = performance.now();
    views.needsAttention(changed);
    const t4 = performance.now();
    views.person(personIdOf(file) as string);
    const t5 = performance.now();
    if (i < 20) continue; // warm-up
    changedFiles += changed.size;
    steps.parse.push(t1 - t0); steps.recheck.push(t2 - t1); steps.problems.push(t3 - t2); steps.attention.push(t4 - t3); steps.people.push(t5 - t4); steps.total.push(t5 - t0);
  }
  for (const [name, samples] of Object.entries(steps)) console.log(`${name.padEnd(10)} median ${median(samples).toFixed(2).padStart(7)} ms   p95 ${quantile(samples, 0.95).toFixed(2).padStart(7)} ms`);
  const per = (n: number) => (n / (EDITS + 20)).toFixed(2);
  console.log(`per edit: ${(changedFiles / EDITS).toFixed(2)} files named changed, ${per(views.published)} published to Problems, ${per(views.groupsRefreshed)} Needs Attention groups refreshed`);
}

main();
