import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { parse } from 'yaml';
import { languageHints } from '../../src/core/checks/socraticLanguage';
import { loadNotesFile } from '../../src/core/reading/loader';
import { entrySnippetLines, keysSnippetLines, oneOnOneSnippetLines, TEMPLATES } from '../../src/core/templates/catalog';
import { isHeld } from '../../src/core/people/personNotes';
import { FIELD_SPECS, ONE_ON_ONE_HINTS, questionPlaceholder } from '../../src/core/templates/fields';
import { QUESTION_BANK, QUESTION_PURPOSES } from '../../src/core/templates/questionBank.data';
import { notesOf } from './checks/builders';
import { contributedSnippets, snippetsFileText, type SnippetPlace } from '../../src/core/templates/snippetsFile';
import { choicesOf, expandSnippet } from './templatesExpand';

// out-*/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const TODAY = '2026-03-16';

function indent(text: string, by: number): string {
  return text.split('\n').map((l) => (l === '' ? l : ' '.repeat(by) + l)).join('\n');
}

/** A notes file with the expanded snippet typed where it belongs; [file, text]. */
function wrap(place: SnippetPlace, expanded: string): [string, string] {
  switch (place) {
    case 'file': return [`p/${TODAY}.yaml`, expanded];
    case 'topics': return [`p/${TODAY}.yaml`, `date: ${TODAY}\ntopics:\n${indent(expanded, 2)}`];
    case 'feedback': return [`p/${TODAY}.yaml`, `date: ${TODAY}\nfeedback:\n${indent(expanded, 2)}`];
    case 'feedbackLog': return ['p/feedback.yaml', `feedback:\n${indent(expanded, 2)}`];
    case 'topicKeys': return [`p/${TODAY}.yaml`, `date: ${TODAY}\ntopics:\n  - id: t\n    stance: socratic\n${indent(expanded, 4)}`];
  }
}

function assertLoadsClean(place: SnippetPlace, body: string, pick?: (i: number) => number): void {
  const [file, text] = wrap(place, expandSnippet(body, TODAY, pick));
  const loaded = loadNotesFile(file, text);
  assert.deepEqual(loaded.findings.map((f) => `${f.code} ${f.message}`), [], text);
  assert.ok(loaded.data, text);
}

describe('templates: contributed snippets', () => {
  const snippets = contributedSnippets();

  it('the shipped snippets file is current (UPDATE_SNIPPETS=1 rewrites it)', () => {
    const path = join(root, 'snippets', 'notes.code-snippets');
    if (process.env.UPDATE_SNIPPETS) writeFileSync(path, snippetsFileText());
    assert.equal(readFileSync(path, 'utf8'), snippetsFileText());
  });

  it('has the prefixes users type', () => {
    assert.deepEqual(snippets.map((s) => s.prefix), [
      '1on1-new', 'fb-positive', 'fb-corrective', 'fb-log-positive', 'fb-log-corrective', 'topic-supportive', 'topic-socratic', 'topic-plan', 'opening-professional',
    ]);
  });

  for (const s of snippets) {
    it(`${s.prefix}: expands to valid notes with every placeholder at its default`, () => assertLoadsClean(s.place, s.body.join('\n')));

    it(`${s.prefix}: every option of every choice is valid`, () => {
      const body = s.body.join('\n');
      choicesOf(body).forEach((options, c) => options.forEach((_, o) => assertLoadsClean(s.place, body, (i) => (i === c ? o : 0))));
    });
  }

  it('the Socratic snippet offers the question bank, one choice per purpose, starting at a placeholder', () => {
    const socratic = snippets.find((s) => s.prefix === 'topic-socratic');
    assert.ok(socratic);
    assert.deepEqual(choicesOf(socratic.body.join('\n')).slice(0, 5), QUESTION_PURPOSES.map((p) => [questionPlaceholder(p), ...QUESTION_BANK[p]]));
  });

  for (const s of snippets.filter((x) => x.place !== 'topicKeys')) {
    it(`${s.prefix}: left untouched, it writes nothing that counts: no conversation, feedback, action or 1:1 held`, () => {
      const [file, text] = wrap(s.place, expandSnippet(s.body.join('\n'), TODAY));
      const notes = notesOf({ [file.slice(2)]: text });
      assert.deepEqual([notes.topicThreads.length, notes.feedback.length, notes.actions.length], [0, 0, 0], text);
      assert.equal(notes.unwritten.conversations.length + notes.unwritten.feedback.length + notes.unwritten.actions.length, 1, text);
      assert.ok(notes.oneOnOnes.every((o) => !isHeld(o, TODAY)), text);
      if (s.place === 'topics') assert.doesNotMatch(JSON.stringify(loadNotesFile(file, text).data), /[<>]/, 'no placeholder reads as a value');
    });
  }
});

describe('templates: placeholders', () => {
  it('every hint makes a placeholder that YAML reads as one plain text, and the format as not written', () => {
    // (The review's hint is only ever a comment: it is written once the review is held.)
    const hints = [...Object.values(FIELD_SPECS).filter((s) => s.shape !== 'later').map((s) => s.hint), ...Object.values(ONE_ON_ONE_HINTS), ...QUESTION_PURPOSES.map((p) => questionPlaceholder(p).slice(1, -1))];
    for (const hint of hints) {
      assert.doesNotMatch(hint, /[<>]|: | #/, hint);
      assert.equal(parse(`k: <${hint}>`).k, `<${hint}>`);
      const loaded = loadNotesFile(`p/${TODAY}.yaml`, `date: ${TODAY}\nnotes: <${hint}>\nagenda:\n  - <${hint}>\n`);
      assert.deepEqual([loaded.findings, (loaded.data as { notes?: string }).notes, (loaded.data as { agenda: string[] }).agenda], [[], undefined, []]);
    }
  });
});

describe('templates: the question bank', () => {
  const all = QUESTION_PURPOSES.flatMap((p) => QUESTION_BANK[p]);
  it('holds open questions for every purpose', () => {
    for (const p of QUESTION_PURPOSES) assert.ok(QUESTION_BANK[p].length >= 3, p);
    for (const q of all) assert.match(q, /^(What|How|Which|Where|When|Who)\b.*\?$/, q);
  });
  it('asks nothing the leading-language check would flag', () => {
    for (const q of all) assert.deepEqual(languageHints(q, true).map((h) => h.message), [], q);
  });
  it('reads back as the same text in YAML and needs no escaping in a choice', () => {
    for (const q of all) {
      assert.equal(parse(`- ${q}`)[0], q);
      assert.doesNotMatch(q, /[,|$}\\]/);
    }
  });
});

describe('templates: insertion bodies', () => {
  for (const t of TEMPLATES) {
    for (const professional of [false, true]) {
      it(`${t.id}${professional ? ' (professional)' : ''}: a new entry is valid`, () => {
        const place = t.target === 'feedback' ? 'feedback' : 'topics';
        assertLoadsClean(place, entrySnippetLines(t, professional).join('\n'));
      });
    }
    if (t.target === 'feedback') continue;
    it(`${t.id}: keys into an existing entry add only what is missing, and stay valid`, () => {
      const lines = keysSnippetLines(t, false, new Set(['id', 'stance', 'support', 'sharedPurpose']));
      assert.ok(!lines.some((l) => /^(support|sharedPurpose):/.test(l)), lines.join('\n'));
      assertLoadsClean('topicKeys', lines.join('\n'));
    });
  }

  it('a whole 1:1 body matches the 1on1-new snippet', () => {
    assert.deepEqual([...oneOnOneSnippetLines(), '$0'], contributedSnippets()[0]?.body);
  });
});
