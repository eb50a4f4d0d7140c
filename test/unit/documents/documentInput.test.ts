import { strict as assert } from 'node:assert';
import { findPerson } from '../../../src/core/documents/findPerson';
import { lineTarget, mdLink, mdText, parseLineTarget, retargetLineLinks } from '../../../src/core/documents/markdown';
import { monthsBefore, reviewPeriodOf } from '../../../src/core/documents/reviewPeriod';
import type { PersonEntry } from '../../../src/core/people/personNotes';
import MarkdownIt from 'markdown-it';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPersonNotes } from '../../../src/core/documents/loadPerson';

const people: PersonEntry[] = [
  { id: 'amara-okafor', name: 'Amara Okafor' },
  { id: 'ben-hughes', name: 'Ben Hughes' },
  { id: 'Zoë Martin', name: 'Zoë Martin' },
];

describe('documents about one person: the input', () => {
  describe('findPerson', () => {
    it('finds by id, then by id or name ignoring case', () => {
      assert.equal((findPerson(people, 'ben-hughes') as { person: PersonEntry }).person.id, 'ben-hughes');
      assert.equal((findPerson(people, 'Amara okafor') as { person: PersonEntry }).person.id, 'amara-okafor');
      assert.equal((findPerson(people, 'zoë martin') as { person: PersonEntry }).person.id, 'Zoë Martin');
    });
    it('a person not there is a problem that names the people', () => {
      const found = findPerson(people, 'ben-hughs');
      assert.ok('problem' in found);
      assert.equal(found.problem, 'no person "ben-hughs" in the notes folder; the people are amara-okafor, ben-hughes, Zoë Martin');
      assert.deepEqual(findPerson([], 'x'), { problem: 'the notes folder holds no person' });
    });
    it('with many people, the three closest ids', () => {
      const many = Array.from({ length: 20 }, (_, i) => ({ id: `person-${i}`, name: `P ${i}` }));
      const found = findPerson([...many, ...people], 'ben-hugh');
      assert.ok('problem' in found);
      assert.match(found.problem, /the closest are ben-hughes, /);
    });
  });

  describe('reviewPeriodOf', () => {
    it('six months up to today by default, the month end when the day does not exist', () => {
      assert.deepEqual(reviewPeriodOf('2026-12-01'), { from: '2026-06-01', to: '2026-12-01' });
      assert.equal(monthsBefore('2026-08-31', 6), '2026-02-28');
      assert.equal(monthsBefore('2026-03-15', 6), '2025-09-15');
      assert.deepEqual(reviewPeriodOf('2026-12-01', undefined, '2026-06-30'), { from: '2025-12-30', to: '2026-06-30' });
      assert.deepEqual(reviewPeriodOf('2026-12-01', '2026-01-01'), { from: '2026-01-01', to: '2026-12-01' });
    });
    it('a bad day or a reversed period is a problem', () => {
      assert.deepEqual(reviewPeriodOf('2026-12-01', '2026-02-30'), { problem: '--from: 2026-02-30 is not a real date: February 2026 has 28 days' });
      assert.ok('problem' in reviewPeriodOf('2026-12-01', 'last week'));
      assert.deepEqual(reviewPeriodOf('2026-12-01', '2026-06-01', '2026-01-01'), { problem: 'the period ends (2026-01-01) before it starts (2026-06-01)' });
    });
  });

  describe('Markdown from the notes', () => {
    const md = new MarkdownIt({ html: false, linkify: false });
    const rendered = (text: string) => md.renderInline(mdText(text));
    it('a text shows exactly as written, whatever Markdown it looks like', () => {
      for (const text of ['# not a heading', '- not a list', '1. not numbered', '> not a quote', '*not em* _nor this_', '[a](http://x)', '<b>bold</b>', 'a | b', '~~no~~', '`code`', 'back\\slash', '&amp;', 'snake_case stays']) {
        const html = md.render(`- ${mdText(text)}\n`);
        const shown = html.replace(/<\/?(ul|li)>|\n/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        assert.equal(shown, text, `${text} -> ${html}`);
      }
      assert.equal(mdText('We agreed: reviews first.'), 'We agreed: reviews first.');
      assert.equal(mdText('snake_case stays'), 'snake_case stays');
      assert.equal(mdText('two\n  lines'), 'two lines');
      assert.equal(rendered('plain'), 'plain');
    });
    it('a line target names the file and the line, and reads back', () => {
      assert.equal(lineTarget('Zoë Martin/2026-03-04.yaml', 12), 'Zo%C3%AB%20Martin/2026-03-04.yaml#L12');
      assert.deepEqual(parseLineTarget('Zo%C3%AB%20Martin/2026-03-04.yaml#L12'), { file: 'Zoë Martin/2026-03-04.yaml', line: 12 });
      assert.equal(parseLineTarget('https://example.com'), undefined);
      assert.equal(parseLineTarget('%E0%A4%A/x.yaml#L1'), undefined);
      assert.equal(mdLink('2026-03-04 [draft]', 'a/b.yaml#L3'), '[2026-03-04 \\[draft\\]](a/b.yaml#L3)');
    });
    it('links to lines can be pointed elsewhere; a note that only looks like one stays as written', () => {
      const markdown = `- ${mdText('see [x](a/b.yaml#L2)')} · ${mdLink('2026-03-04, line 3', lineTarget('Zoë Martin/2026-03-04.yaml', 3))} [web](https://example.com)`;
      const moved = retargetLineLinks(markdown, (file, line) => `file:///notes/${encodeURI(file)}#L${line}`);
      assert.equal(moved, `- see \\[x\\](a/b.yaml#L2) · [2026-03-04, line 3](file:///notes/Zo%C3%AB%20Martin/2026-03-04.yaml#L3) [web](https://example.com)`);
    });
  });

  describe('loadPersonNotes: one person read from disk', () => {
    it('reads every person.yaml to find the person, then only that person\'s files', () => {
      const root = mkdtempSync(join(tmpdir(), 'load-person-'));
      try {
        const write = (file: string, text: string) => {
          mkdirSync(join(root, file, '..'), { recursive: true });
          writeFileSync(join(root, file), text);
        };
        write('ada/person.yaml', 'name: Ada Lovelace\n');
        write('ada/2026-03-04.yaml', 'date: 2026-03-04\nnotes: Talked about the roadmap.\n');
        // Another person's broken file does not get in the way of Ada's document.
        write('bo/person.yaml', 'name: Bo\n');
        write('bo/2026-03-04.yaml', 'date: [unclosed\n');
        write('cy/2026-03-05.yaml', 'date: 2026-03-05\nnotes: No person.yaml here.\n');
        const ada = loadPersonNotes(root, 'ada lovelace');
        assert.ok('notes' in ada);
        assert.equal(ada.notes.person.name, 'Ada Lovelace');
        assert.deepEqual(ada.notes.oneOnOnes.map((o) => o.file), ['ada/2026-03-04.yaml']);
        const cy = loadPersonNotes(root, 'cy');
        assert.ok('notes' in cy);
        assert.deepEqual(cy.notes.oneOnOnes.map((o) => o.date), ['2026-03-05']);
        assert.deepEqual(loadPersonNotes(root, 'dan'), { problem: 'no person "dan" in the notes folder; the people are ada, bo, cy' });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });
});
