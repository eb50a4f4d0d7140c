// Differential: the editor keeps findings, Needs Attention and the People view's severities current
// file by file (CheckedNotes, AttentionBoard). After any run of edits, what it holds must be exactly
// what a fresh check of the same files gives, and every file whose findings changed must be among the
// files an edit names (the views redraw those alone). Edits are random: new action items, lines added
// above everything, a line taken out, a YAML mistake typed and fixed, files added and removed, a
// person renamed, a barrier shared with other people, a link's root finding.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { ensureNotesRepo } from '../../bench/generateNotes';
import { withDefaults } from '../../src/core/checks/settings';
import type { CheckContext } from '../../src/core/checks/rule';
import { FILE_START, type Finding } from '../../src/core/findings';
import { NotesIndex } from '../../src/core/people/notesIndex';
import { SAMPLE_DAY } from '../../src/core/sample/sampleCopy';
import { needsAttention, personIdOf, rankFinding, compareAttention, type Ranked } from '../../src/core/workspace/attention';
import { AttentionBoard, groupAttention, type AttentionGroup, type AttentionScope } from '../../src/core/workspace/attentionGroups';
import { CheckedNotes } from '../../src/core/workspace/checkedNotes';
import { sameFindings } from '../../src/core/workspace/sameFindings';
import { worstSeverity } from '../../src/core/workspace/sidebarModel';

// out/test/unit/ → project root
const projectRoot = join(__dirname, '..', '..', '..');

function readFolder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const person of readdirSync(root).sort()) {
    if (person.startsWith('.') || !statSync(join(root, person)).isDirectory()) continue;
    for (const name of readdirSync(join(root, person)).sort()) files.set(`${person}/${name}`, readFileSync(join(root, person, name), 'utf8'));
  }
  return files;
}

const sample = readFolder(join(projectRoot, 'examples', 'notes', 'one-on-ones'));
/** A small generated team (bench/generateNotes.ts): 5 people, 30 weekly 1:1s each, from 2023-01-02. */
const generated = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'coach-edits-'));
  try {
    ensureNotesRepo(dir, { seed: 7, people: 5, weeks: 30 });
    return readFolder(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

/** Plain data, fixes included (read now, as the command line or a quick fix would). */
const plain = (list: readonly Finding[]) => JSON.parse(JSON.stringify(list)) as unknown;

/** One random edit, as the editor would hand it over. */
interface Edit {
  readonly kind: 'action' | 'lineAbove' | 'dropLine' | 'typo' | 'remove' | 'add' | 'rename' | 'barrier' | 'rootFinding';
  readonly pick: number;
  readonly variant: number;
}

const edits = fc.array(
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('action', 'lineAbove', 'dropLine', 'typo', 'remove', 'add', 'rename', 'barrier', 'rootFinding'),
    pick: fc.nat(),
    variant: fc.nat({ max: 99 }),
  }),
  { minLength: 1, maxLength: 12 },
);

/** The editor's side: the files as they are now, the checked notes, and the attention board fed by changes. */
class Editor {
  readonly texts: Map<string, string>;
  readonly notes = new CheckedNotes();
  readonly board = new AttentionBoard<Ranked>();
  readonly scope: AttentionScope;
  /** The root findings given, as the index keeps them. */
  private rootFindings: Finding[] = [];

  constructor(files: ReadonlyMap<string, string>, readonly ctx: CheckContext) {
    this.texts = new Map(files);
    for (const [file, text] of this.texts) this.notes.index.update(file, text);
    this.notes.recheck(ctx);
    this.scope = { key: 'root', nameOf: (id) => this.notes.index.person(id)?.name ?? id };
    this.rank(this.notes.grouped().keys());
    this.board.settle();
  }

  /** As the Needs Attention list does with a change's files. */
  rank(files: Iterable<string>): void {
    for (const file of files) {
      const id = personIdOf(file);
      const found = this.notes.findingsFor(file).filter(needsAttention);
      const notes = id === undefined ? undefined : this.notes.index.notes(id);
      this.board.setFile(this.scope, file, found.map((finding) => ({ finding, rank: rankFinding(finding, notes) })));
      if (id !== undefined) this.board.touchPerson(this.scope, id);
    }
  }

  private pickFile(n: number, test: (file: string) => boolean = () => true): string | undefined {
    const files = [...this.texts.keys()].filter(test).sort();
    return files.length ? files[n % files.length] : undefined;
  }

  /** Applies one edit; returns the files it named, or undefined when it did not apply. */
  apply(edit: Edit): Set<string> | undefined {
    const oneOnOne = (f: string) => /\/\d{4}-\d{2}-\d{2}[a-z]?\.ya?ml$/.test(f);
    const set = (file: string, text: string) => {
      this.texts.set(file, text);
      return this.notes.update(file, text, this.ctx, { keepLastGood: true });
    };
    switch (edit.kind) {
      case 'action': {
        const file = this.pickFile(edit.pick, oneOnOne);
        if (!file) return undefined;
        const due = edit.variant % 2 ? '2020-01-06' : '2031-01-06';
        const text = this.texts.get(file) as string;
        const body = /^actions:/m.test(text) ? text : `${text.replace(/\n*$/, '\n')}actions:\n`;
        return set(file, `${body.replace(/\n*$/, '\n')}  - text: Follow up on edit ${edit.variant}\n    owner: ${edit.variant % 3 ? 'me' : 'them'}\n    due: ${due}\n    done: false\n`);
      }
      case 'lineAbove': {
        const file = this.pickFile(edit.pick);
        return file ? set(file, `# a note at the top ${edit.variant}\n${this.texts.get(file) as string}`) : undefined;
      }
      case 'dropLine': {
        const file = this.pickFile(edit.pick);
        if (!file) return undefined;
        const lines = (this.texts.get(file) as string).split('\n');
        lines.splice(edit.variant % Math.max(1, lines.length), 1);
        return set(file, lines.join('\n'));
      }
      case 'typo': {
        // A mistake typed in (the last good version stands in), or the file written whole again.
        const file = this.pickFile(edit.pick);
        if (!file) return undefined;
        const text = this.texts.get(file) as string;
        return set(file, edit.variant % 2 ? `${text}\n  bad: [unclosed\n` : text.replace(/\n  bad: \[unclosed\n$/, ''));
      }
      case 'remove': {
        const file = this.pickFile(edit.pick);
        if (!file || this.texts.size < 4) return undefined;
        this.texts.delete(file);
        return this.notes.remove(file, this.ctx);
      }
      case 'add': {
        // Another person's 1:1 copied to a new day: their topics, feedback and barriers with it.
        const from = this.pickFile(edit.pick, oneOnOne);
        const people = [...new Set([...this.texts.keys()].map((f) => personIdOf(f) as string))].sort();
        if (!from) return undefined;
        const person = people[edit.variant % people.length] as string;
        const day = `20${22 + (edit.variant % 5)}-0${1 + (edit.variant % 9)}-1${edit.variant % 10}`;
        const file = `${person}/${day}.yaml`;
        return set(file, (this.texts.get(from) as string).replace(/^date: .*$/m, `date: ${day}`));
      }
      case 'rename': {
        const file = this.pickFile(edit.pick, (f) => /\/person\.ya?ml$/.test(f));
        if (!file) return undefined;
        return set(file, (this.texts.get(file) as string).replace(/^name: .*$/m, `name: Renamed ${edit.variant}`));
      }
      case 'barrier': {
        // The same barrier written for one more person: the team rule may raise or drop a finding elsewhere.
        const file = this.pickFile(edit.pick, oneOnOne);
        if (!file) return undefined;
        const day = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] as string;
        const topic = `  - id: shared-barrier-${edit.variant % 3}\n    stance: socratic\n    questions:\n      - What gets in the way?\n    theirView: The rota.\n    barriers:\n      - No support rota ${edit.variant % 2}\n    status: open\n`;
        const text = this.texts.get(file) as string;
        const body = /^topics:/m.test(text) ? text.replace(/^topics:\n/m, `topics:\n${topic}`) : `${text.replace(/\n*$/, '\n')}topics:\n${topic}`;
        return set(file, body.replace(/^date: .*$/m, `date: ${day}`));
      }
      case 'rootFinding': {
        const file = this.pickFile(edit.pick);
        if (!file) return undefined;
        const findings: Finding[] = edit.variant % 2 ? [{ code: 'layout/outside', severity: 'warning', message: `A link leads outside (${edit.variant})`, file, range: FILE_START }] : [];
        this.rootFindings = [...this.rootFindings.filter((f) => f.file !== file), ...findings];
        this.notes.replaceRootFindings(file, findings);
        return new Set([file]);
      }
    }
  }

  /** A fresh check of exactly what the index holds now (stand-ins of the last good version included). */
  fresh(): CheckedNotes {
    const index = NotesIndex.fromLoaded(this.notes.index.files().map((f) => this.notes.index.loaded(f) as NonNullable<ReturnType<NotesIndex['loaded']>>));
    index.setRootFindings(this.rootFindings);
    const fresh = new CheckedNotes(index);
    fresh.recheck(this.ctx);
    return fresh;
  }
}

/** A group as plain data: what the view shows of it, the findings of its rows included. */
function shown(g: AttentionGroup<Ranked>): unknown {
  return {
    key: g.key, label: g.label, count: g.count, kind: g.kind, personId: g.personId,
    rows: g.rows.map((r) => (r.kind === 'finding' ? [r.label, plain([r.item.finding])] : [r.label, r.file, plain(r.items.map((i) => i.finding))])),
  };
}

function snapshot(notes: CheckedNotes): Map<string, readonly Finding[]> {
  return new Map(notes.grouped());
}

/** Runs the edits and compares with a fresh check after each. */
function assertEditsMatchFreshCheck(files: ReadonlyMap<string, string>, ctx: CheckContext, list: readonly Edit[]): void {
  const editor = new Editor(files, ctx);
  for (const edit of list) {
    const before = snapshot(editor.notes);
    const named = editor.apply(edit);
    if (!named) continue;
    const after = editor.notes.grouped();
    const what = `after ${JSON.stringify(edit)}`;

    // Every file whose findings changed is named, so Problems and the views redraw it.
    for (const file of new Set([...before.keys(), ...after.keys()])) {
      if (!sameFindings(before.get(file) ?? [], after.get(file) ?? [])) assert.ok(named.has(file), `${file} changed and was not named ${what}`);
    }

    // The findings are those of a fresh check, file by file, fixes included.
    const fresh = editor.fresh();
    const freshGrouped = fresh.grouped();
    assert.deepEqual([...after.keys()].sort(), [...freshGrouped.keys()].sort(), `the files with findings ${what}`);
    for (const [file, list] of freshGrouped) assert.deepEqual(plain(after.get(file) ?? []), plain(list), `the findings on ${file} ${what}`);

    // Needs Attention: the same groups, rows and counts as grouping a fresh check's findings.
    editor.rank(named);
    editor.board.settle();
    const ranked = [...freshGrouped.values()].flat().filter(needsAttention).map((finding) => {
      const id = personIdOf(finding.file);
      return { finding, rank: rankFinding(finding, id === undefined ? undefined : fresh.index.notes(id)) };
    }).sort(compareAttention);
    const freshScope: AttentionScope = { key: 'root', nameOf: (id) => fresh.index.person(id)?.name ?? id };
    assert.deepEqual(editor.board.groups().map(shown), groupAttention(ranked, () => freshScope).map(shown), `Needs Attention ${what}`);
    assert.equal(editor.board.count, ranked.length, `the badge ${what}`);

    // The People view: each person's worst severity, read from their files alone.
    for (const { id } of fresh.index.people()) {
      const all = [...freshGrouped].filter(([file]) => personIdOf(file) === id).flatMap(([, list]) => list);
      assert.equal(worstSeverity(editor.notes.findingsOfPerson(id)), worstSeverity(all), `${id}'s severity ${what}`);
    }
  }
}

describe('an edit gives what a fresh check gives', () => {
  it('on the sample team, over random edits', function () {
    this.timeout(120_000);
    const ctx = { today: SAMPLE_DAY, settings: withDefaults() };
    fc.assert(fc.property(edits, (list) => assertEditsMatchFreshCheck(sample, ctx, list)), { numRuns: Number(process.env['FC_RUNS'] ?? 20) });
  });

  it('on a generated team of five, over random edits', function () {
    this.timeout(120_000);
    const ctx = { today: '2023-08-07', settings: withDefaults({ recurringBarrierPeople: 2 }) };
    fc.assert(fc.property(edits, (list) => assertEditsMatchFreshCheck(generated, ctx, list)), { numRuns: Number(process.env['FC_RUNS'] ?? 8) });
  });

  it('an edit that changes no finding names only its own file', () => {
    const editor = new Editor(sample, { today: SAMPLE_DAY, settings: withDefaults() });
    const file = [...editor.texts.keys()].find((f) => f.endsWith('/person.yaml')) as string;
    const named = editor.notes.update(file, `${editor.texts.get(file) as string}# a comment at the end\n`, editor.ctx);
    assert.deepEqual([...named], [file]);
  });
});
