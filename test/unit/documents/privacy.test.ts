// Nothing private ever reaches a document meant for the person. The test finds every `private` text and
// every feedback item not given yet in the sample team's files (reading the YAML itself, not through the
// product's model), writes each document for every person, and searches the output. A document for the
// person joins PRODUCERS with one line.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeShareableAgenda } from '../../../src/core/documents/agenda/shareableAgenda';
import { writeReviewSummary } from '../../../src/core/documents/review/reviewSummary';
import type { PersonDocumentInput } from '../../../src/core/documents/personDocument';
import { checkNotesRoot } from '../../../src/core/workspace/checkFolder';
import { GAP_KINDS, STANCES } from '../../../src/core/schema';
import { newOneOnOneText } from '../../../src/core/templates/newOneOnOne';
import { ctxOn, notesOf } from '../checks/builders';

/** Every document meant for the person. */
const PRODUCERS: readonly { readonly name: string; readonly write: (input: PersonDocumentInput) => string }[] = [
  { name: 'agenda', write: writeShareableAgenda },
];

// out/test/unit/documents/ → project root
const root = join(__dirname, '..', '..', '..', '..');
const sampleRoot = join(root, 'examples', 'notes', 'one-on-ones');
const SAMPLE_DAY = '2026-11-27';

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text as shown in Markdown (mdText escapes markup), so a search finds it however it was written out. */
const shown = (markdown: string) => normal(markdown.replace(/\\(.)/g, '$1'));

/** Every run of `words` words of `text` (the whole text when shorter): a long fragment is as bad as the whole. */
function fragments(text: string, words = 6): string[] {
  const all = normal(text).split(' ');
  if (all.length <= words) return [all.join(' ')];
  return all.slice(0, all.length - words + 1).map((_, i) => all.slice(i, i + words).join(' '));
}

/** The texts that must never be shared, found in the files of one notes root. */
function secretsIn(folder: string, today: string): { what: string; text: string }[] {
  const secrets: { what: string; text: string }[] = [];
  for (const person of readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(folder, person.name))) {
      if (!name.endsWith('.yaml')) continue;
      const data = parse(readFileSync(join(folder, person.name, name), 'utf8')) as Record<string, unknown> | null;
      const where = `${person.name}/${name}`;
      if (typeof data?.private === 'string') secrets.push({ what: `private in ${where}`, text: data.private });
      const feedback = Array.isArray(data?.feedback) ? data.feedback as Record<string, unknown>[] : [];
      const fileDate = /^\d{4}-\d{2}-\d{2}/.exec(name)?.[0];
      for (const f of feedback) {
        const given = f.given ?? fileDate;
        if (given !== 'not-yet' && typeof given === 'string' && given <= today) continue;
        for (const key of ['behaviour', 'situation', 'impact']) {
          if (typeof f[key] === 'string') secrets.push({ what: `${key} of feedback not given yet in ${where}`, text: f[key] as string });
        }
      }
    }
  }
  return secrets;
}

/** What a document must not say about the coaching model's view of the person. */
const INTERNALS: readonly RegExp[] = [
  new RegExp(`\\b(${STANCES.filter((s) => s !== 'plan').join('|')})\\b`, 'i'),
  /\bstance\b/i,
  new RegExp(`\\b(${GAP_KINDS.map((g) => g.replace('-', '[- ]')).join('|')})\\b`, 'i'),
  /\b(assumed )?gap\b/i,
  /\b\d+(st|nd|rd|th) conversation\b|\bconversation \d|\b\d+ of 3\b|\bstage\b|\bescalat/i,
  /\bformal plan\b|\bplan stage\b|\bexception\b|\bconduct\b/i,
];

function assertNothingPrivate(output: string, secrets: readonly { what: string; text: string }[], label: string): void {
  const text = shown(output);
  for (const secret of secrets) {
    for (const fragment of fragments(secret.text)) {
      assert.ok(!text.includes(fragment), `${label}: "${fragment}" (${secret.what}) is in the output`);
    }
  }
  for (const pattern of INTERNALS) assert.doesNotMatch(text, pattern, `${label}: coaching internals in the output`);
}

describe('privacy: documents for the person', () => {
  describe('on the sample team', () => {
    const secrets = secretsIn(sampleRoot, SAMPLE_DAY);
    const ctx = ctxOn(SAMPLE_DAY);
    const { index } = checkNotesRoot(sampleRoot, ctx, []);
    const people = index.people().map((p) => p.id);

    it('the sample holds private notes and feedback not given yet to look for, and four people', () => {
      assert.ok(secrets.filter((s) => s.what.startsWith('private')).length >= 3, 'private notes');
      assert.ok(secrets.some((s) => s.what.includes('not given yet')), 'feedback not given yet');
      assert.deepEqual(people, ['amara-okafor', 'ben-hughes', 'chen-wei', 'dana-kowalski']);
    });

    for (const producer of PRODUCERS) {
      it(`${producer.name}: no private text, no feedback not given yet, no stance, gap or stage count, for every person`, () => {
        for (const id of people) {
          const notes = index.notes(id);
          assert.ok(notes);
          const output = producer.write({ notes, ctx });
          assert.ok(output.includes(notes.person.name.split(' ')[0] as string), `${producer.name} for ${id} is about them`);
          assertNothingPrivate(output, secrets, `${producer.name} for ${id}`);
        }
      });
    }
  });

  // The review summary is for the manager, so it speaks of stages and stances; but it holds no private
  // note unless asked for, and never the words of feedback the person has not heard yet.
  describe('the review summary on the sample team', () => {
    const secrets = secretsIn(sampleRoot, SAMPLE_DAY);
    const ctx = ctxOn(SAMPLE_DAY);
    const { index } = checkNotesRoot(sampleRoot, ctx, []);
    const period = { from: '2020-01-01', to: SAMPLE_DAY };

    it('over all the notes: no private text, no feedback not given yet, for every person', () => {
      for (const person of index.people()) {
        const notes = index.notes(person.id);
        assert.ok(notes);
        const text = shown(writeReviewSummary({ notes, ctx }, { ...period, includePrivate: false }));
        for (const secret of secrets) {
          for (const fragment of fragments(secret.text)) assert.ok(!text.includes(fragment), `review for ${person.id}: "${fragment}" (${secret.what})`);
        }
      }
    });

    it('with private notes asked for, they appear, and feedback not given yet still does not', () => {
      let privateShown = 0;
      for (const person of index.people()) {
        const notes = index.notes(person.id);
        assert.ok(notes);
        const text = shown(writeReviewSummary({ notes, ctx }, { ...period, includePrivate: true }));
        for (const secret of secrets) {
          const found = fragments(secret.text).some((fragment) => text.includes(fragment));
          if (secret.what.startsWith('private') && secret.what.includes(`${person.id}/`)) privateShown += Number(found);
          else if (!secret.what.startsWith('private')) assert.ok(!found, `review for ${person.id}: ${secret.what}`);
        }
      }
      assert.ok(privateShown >= 3, `private notes shown when asked for: ${privateShown}`);
    });
  });

  describe('a built case: private and not-yet beside what can be shared', () => {
    const today = '2026-11-27';
    const ctx = ctxOn(today);
    const files: Record<string, string> = {
      'person.yaml': 'name: Kim Lee\nprofessional: true\n',
      '2026-11-20.yaml': [
        'date: 2026-11-20',
        'agenda: [Kim - the release train]',
        'notes: We agreed on the release train dates.',
        'private: |',
        '  Kim mentioned a health worry; keep the load light until January.',
        'feedback:',
        '  - kind: positive',
        '    observed: 2026-11-19',
        '    situation: The release train retro',
        '    behaviour: Summed up three weeks of incidents in five clear bullets.',
        '    impact: The team agreed on two fixes in ten minutes.',
        'topics:',
        '  - id: estimates',
        '    title: Estimates that hold',
        '    stance: socratic',
        '    gap: unclear-expectation',
        '    questions: [What gets in the way of a firm estimate?]',
        '    rootCause: Kim is anxious about saying no to the product lead.',
        '    theirView: I want more time to look at the code before I commit.',
        '    expectation: An estimate with a range, given within two days of the ask.',
        '    support: [I join the first two planning calls]',
        '    notes: Consider a formal plan if this drags on.',
        '    exception: { kind: conduct, reason: Shouted at a colleague in planning. }',
        'actions:',
        '  - { text: Write the release checklist, owner: them, due: 2026-12-02 }',
        '  - { text: Book the retro room, owner: me, due: 2026-11-25 }',
      ].join('\n'),
      'feedback.yaml': [
        'feedback:',
        '  - kind: positive',
        '    observed: 2026-11-24',
        '    given: not-yet',
        '    situation: Tuesday pairing with the new joiner',
        '    behaviour: Let the new joiner drive the whole deploy and only stepped in once.',
        '    impact: The new joiner deployed alone the next day.',
        '  - kind: positive',
        '    observed: 2026-11-23',
        '    given: 2026-11-23',
        '    situation: Monday incident',
        '    behaviour: Posted a calm status update every quarter of an hour.',
        '  - kind: corrective',
        '    observed: 2026-11-25',
        '    given: not-yet',
        '    behaviour: Pushed straight to the main branch without a review.',
        '    followUp: { state: open, date: 2026-11-26, note: Seemed defensive when I hinted at it. }',
      ].join('\n'),
    };
    // The next 1:1, started with New 1:1: its agenda carries "give this feedback" lines, the behaviour quoted.
    const planned = newOneOnOneText(notesOf(files), '2026-12-04', ctx)
      .replace('agenda:\n', 'agenda:\n  - Kim - conference budget\n')
      .replace(/feedback:[^\n]*\n/, 'feedback:\n  - { kind: positive, observed: 2026-11-26, situation: Thursday demo, behaviour: Answered the VP\'s hardest question with numbers. }\n');
    const notes = notesOf({ ...files, '2026-12-04.yaml': planned });
    const output = writeShareableAgenda({ notes, ctx });
    const text = shown(output);

    it('the planned 1:1 really carries the feedback to give into its agenda (the trap this case sets)', () => {
      assert.match(planned, /Let the new joiner drive the whole deploy/);
      assert.match(planned, /Kim - conference budget/);
    });

    it('what can be shared is there: the planned agenda, given feedback, the topic as agreed, open actions', () => {
      for (const expected of [
        'Kim - conference budget', 'Posted a calm status update every quarter of an hour.', 'Estimates that hold',
        'An estimate with a range, given within two days of the ask.', 'I join the first two planning calls',
        'Write the release checklist', 'Book the retro room', 'Summed up three weeks of incidents in five clear bullets.',
      ]) assert.ok(text.includes(expected), `missing: ${expected}\n${output}`);
    });

    it('nothing private: private notes, feedback not given yet (in feedback.yaml or written ahead into the next 1:1), follow-up notes, coaching internals', () => {
      const secrets = [
        { what: 'private', text: 'Kim mentioned a health worry; keep the load light until January.' },
        { what: 'not-yet behaviour', text: 'Let the new joiner drive the whole deploy and only stepped in once.' },
        { what: 'not-yet situation', text: 'Tuesday pairing with the new joiner' },
        { what: 'not-yet impact', text: 'The new joiner deployed alone the next day.' },
        { what: 'not-yet corrective', text: 'Pushed straight to the main branch without a review.' },
        { what: 'follow-up note', text: 'Seemed defensive when I hinted at it.' },
        { what: 'feedback written ahead into the next 1:1', text: 'Answered the VP\'s hardest question with numbers.' },
        { what: 'root cause', text: 'Kim is anxious about saying no to the product lead.' },
        { what: 'question', text: 'What gets in the way of a firm estimate?' },
        { what: 'topic notes', text: 'Consider a formal plan if this drags on.' },
        { what: 'exception', text: 'Shouted at a colleague in planning.' },
      ];
      assertNothingPrivate(output, secrets, 'agenda for the built case');
    });
  });
});
