// The texts both readers of clean files are tried on (cstReader.test.ts, blockReader.test.ts): every
// file of the sample and of the test fixtures, corner cases of the core schema and of YAML's forms, the
// files the benchmark's generator makes, and files with mistakes typed into them; and what is compared.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ensureNotesRepo } from '../../bench/generateNotes';
import type { LoadedFile } from '../../src/core/reading/loadedFile';
import { packedSpansOf } from '../../src/core/reading/packedSpans';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');

export function yamlFilesUnder(dir: string, base = dir): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path, base));
    else if (/\.ya?ml$/.test(name)) out.push({ file: path.slice(base.length + 1).split('\\').join('/'), text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** The notes path a text is loaded as: `person/name.yaml` from any path. */
export function notesPath(file: string): string {
  const parts = file.split('/');
  return parts.slice(-2).join('/');
}

export const sample = yamlFilesUnder(join(root, 'examples', 'notes'));
export const fixtures = yamlFilesUnder(join(root, 'test', 'fixtures'));

/** Texts that try the core schema's corners, the scalar forms, comments and line breaks. */
export const CORNERS: readonly string[] = [
  'date: 2026-03-04\nnotes: yes\nagenda: [no, on, off, y, n]\n',
  'date: 2026-03-04\nnotes: 12\nprivate: 0o17\nagenda: [0x1F, -3, +4, 1.5, 1e3, .inf, -.Inf, .nan, 1_000, 0b11, 08]\n',
  'date: 2026-03-04\nnotes: ~\nprivate: null\nagenda: [Null, NULL, nULL, true, True, TRUE, false, tRue]\n',
  'date: 2026-03-04\nnotes:\nprivate:   # nothing yet\nagenda:\n  -\n  - # empty\n  - x\n',
  'date: 2026-03-04\nnotes: "tab\\there, \\u00e9, \\x41, \\"q\\", \\\\ and \\\n  folded"\nprivate: \'it\'\'s\'\n',
  'date: 2026-03-04\nnotes: |\n  kept\n\n  lines\n\nprivate: >-\n  folded\n  text\n\n  para\nagenda:\n  - |+\n    keep\n\n  - >2\n      indented\n     less\n',
  'date: 2026-03-04\nnotes: |1\n  one more\nprivate: |-\n\n  after a blank\n',
  'date: 2026-03-04\nnotes: a plain text\n  that goes on\n\n  and a new paragraph\nprivate: x # a comment\n# a comment line\nagenda: [a, b] # after a flow list\n',
  '# leading comment\n\ndate: 2026-03-04 # trailing\n\n\n# closing comment\n',
  'date: 2026-03-04\r\nnotes: |\r\n  windows\r\n  lines\r\nagenda:\r\n  - one\r\n  - two # c\r\n',
  'date: 2026-03-04\rnotes: old mac\rprivate: x\r',
  '\uFEFFdate: 2026-03-04\nnotes: after a byte order mark\n',
  'date: 2026-03-04\nfeedback:\n  - kind: positive\n    observed: 2026-03-02\n    followUp: { state: open, date: 2026-03-09 }\n    situation: "a: b"\n    behaviour: x\n    impact: y\n',
  'date: 2026-03-04\nfeedback:\n- kind: corrective\n  observed: 2026-03-02\n  followUp: {state: open,date: 2026-03-09, }\n  situation: s\n  behaviour: b\n  impact: i\n',
  'date: 2026-03-04\nagenda: []\nactions: []\nfeedback: []\ntopics: {}\n',
  'date: 2026-03-04\nagenda:\n  - - nested\n    - list\n  - a: map\n    b: in a list\n  - { a: 1 }\n',
  'date: 2026-03-04\n__proto__: x\nconstructor: y\n"quoted key": z\n\'single\': w\n1: one\n1.50: float key\nnull: n\n~: t\ntrue: b\n',
  'date: 2026-03-04\nnotes: "multi\n  line quoted"\nprivate: \'single\n\n  with a blank\'\n',
  '   \n\n',
  '# only a comment\n',
  '',
  '---\ndate: 2026-03-04\n',
  'date: 2026-03-04\n...\n',
  '%YAML 1.2\n---\ndate: 2026-03-04\n',
  'date: &d 2026-03-04\nnotes: *d\n',
  'date: !!str 2026-03-04\nnotes: !custom x\n',
  'date: 2026-03-04\nnotes: x\nnotes: y\n',
  'date: 2026-03-04\nagenda: [a,\n  b]\n',
  'date: 2026-03-04\nagenda: [a, b # c\n  ]\n',
  '? date\n: 2026-03-04\n',
  'date: 2026-03-04\nnotes:\tx\n',
  'date: 2026-03-04\n\tnotes: x\n',
  'date: 2026-03-04\nnotes: "never closed\n',
  'date: 2026-03-04\nnotes: @at\n',
  'date: 2026-03-04\nnotes: `tick`\n',
  'date: 2026-03-04\nagenda: [a, , b]\n',
  'date: 2026-03-04\nagenda: [, a]\n',
  'date: 2026-03-04\nagenda: {a, b}\n',
  'date: 2026-03-04\nagenda: [a: 1]\n',
  'date: 2026-03-04\nnotes: "x"#c\n',
  'date: 2026-03-04\n  notes: x\n',
  'date: 2026-03-04\nnotes: x\n  private: y\n',
  'date: 2026-03-04\nagenda:\n  - a\n   - b\n',
  'date: 2026-03-04\nagenda:\n- a\n-b\n',
  'date: 2026-03-04\nnotes: |\n  text\n other\n',
  'date: 2026-03-04\nnotes: |x\n  text\n',
  'date: 2026-03-04\nnotes: a: b\n',
  'date: 2026-03-04\nnotes: - a\n',
  'date: 2026-03-04\n[a]: x\n',
  'date: 2026-03-04\n' + `${'k'.repeat(1100)}: x\n`,
  'date: 2026-03-04\nagenda:\n' + '  - x\n'.repeat(2_001),
  'date: 2026-03-04\nnotes:\n' + '  '.repeat(0) + 'a:\n  b:\n   c:\n    d:\n     e:\n      f:\n       g:\n        h:\n         i: deep\n',
  'date: 2026-03-04\nnotes:\n    a: 1\n  b: 2\n',
  'date: 2026-03-04\nfeedback:\n  - kind: positive\n     observed: 2026-03-02\n',
  'date: 2026-03-04\nnotes: 1\n  # c\nagenda:\n  - x\n   # c\n  - y\n  # end\n',
  '- a list\n- at the top\n',
  'just a text\n',
  '"a quoted text"\n',
  '|\n  a block at the top\n',
];

/** What a slip of the hand types into a file. */
const PIECES = [' ', '  ', '\n', '\r\n', '\r', '\t', ':', ': ', '- ', '-', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!str ', '|', '>', '|-', '? ', '---\n', '...\n', '%', '@', '`', '~', 'x', '0', '\\', 'é', '\uFEFF'];

/** A file of `texts` with one to three mistakes typed into it: a cut, a piece typed in or over, a line indented more or less. */
export function withTypedMistakes(texts: readonly { file: string; text: string }[]): fc.Arbitrary<{ file: string; text: string }> {
  return fc.tuple(
    fc.nat(texts.length - 1),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(PIECES.length - 1), fc.nat(4), fc.nat(3)), { minLength: 1, maxLength: 3 }),
  ).map(([which, edits]) => {
    const { file } = texts[which] as { file: string };
    let text = (texts[which] as { text: string }).text;
    for (const [where, piece, cut, how] of edits) {
      const at = Math.floor(where * text.length);
      if (how === 0) text = text.slice(0, at) + text.slice(at + cut + 1);
      else if (how === 1) text = `${text.slice(0, at)}${PIECES[piece] as string}${text.slice(at)}`;
      else if (how === 2) text = `${text.slice(0, at)}${PIECES[piece] as string}${text.slice(at + cut)}`;
      else {
        // A line indented one step more or less, as a slip of the hand does.
        const start = text.lastIndexOf('\n', at) + 1;
        text = cut % 2 === 0 ? `${text.slice(0, start)}${' '.repeat(cut / 2 + 1)}${text.slice(start)}` : text.slice(0, start) + text.slice(start).replace(cut === 1 ? /^ / : /^ {1,2}/, '');
      }
    }
    return { file, text };
  });
}

/** The files the benchmark's generator makes for `people` people over 150 weeks (seed 7), as `person/name.yaml`. */
export function generatedFiles(people: number): { file: string; text: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'notes-readers-'));
  try {
    ensureNotesRepo(dir, { seed: 7, people, weeks: 150 });
    return yamlFilesUnder(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything a LoadedFile holds, in its order: keys of the data and of the spans, the packed spans, the types of values. */
export function shown(loaded: LoadedFile): string {
  return JSON.stringify({
    ...loaded,
    spanOrder: Object.keys(loaded.spans),
    packed: packedSpansOf(loaded)?.packed,
    dataTypes: JSON.stringify(loaded.data, (_k, v: unknown) => (typeof v === 'number' ? `number ${String(v)}` : v === null ? 'null' : v)),
  });
}
