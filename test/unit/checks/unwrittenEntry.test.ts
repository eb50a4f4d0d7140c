import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { unwrittenEntry } from '../../../src/core/checks/unwrittenEntry';
import { applyFix, ctxOn, notesOf, only, run, textAt } from './builders';

/** A 1:1 prepared by New 1:1 and never written: a carried-over topic, a feedback item and an action from snippets. */
const PREPARED = [
  'date: 2026-11-20',
  'notes: |',
  '  Talked about the offsite.',
  'feedback:',
  '  - kind: positive',
  '    observed: 2026-11-20',
  '    behaviour: <what they did, as you saw it>',
  'topics:',
  '  # Open topics, at the stance the coaching model expects next.',
  '  - id: release-notes   # Release notes',
  '    title: <a readable name for the topic>',
  '    stance: socratic   # 2nd conversation on this topic',
  '    questions:',
  '      - <a question to clarify the situation>   # e.g. How do you see the situation so far?',
  '    theirView: |',
  '      <their view, in their own words>',
  '    status: open   # open, improving or resolved after today',
  '  - id: on-call',
  '    stance: supportive',
  '    expectation: Answer a page within 15 minutes.',
  'actions:',
  '  - text: <what will be done>',
  '    owner: me',
  '    due: 2026-11-20',
].join('\n');

const files = { '2026-11-20.yaml': `${PREPARED}\n` };

describe('notes/unwritten-entry', () => {
  it('is quiet on the day of the 1:1 and before it: an unwritten entry is preparation', () => {
    assert.deepEqual(run(unwrittenEntry, files, ctxOn('2026-11-20')), []);
    assert.deepEqual(run(unwrittenEntry, files, ctxOn('2026-11-01')), []);
  });

  it('the day after, one info per unwritten entry (topic, feedback, action), never on a written one', () => {
    const found = run(unwrittenEntry, files, ctxOn('2026-11-21'));
    assert.deepEqual(found.map((f) => [f.severity, textAt(files['2026-11-20.yaml'], f.range), f.message]), [
      ['info', 'release-notes', 'Nothing is written yet in the conversation on release-notes of 2026-11-20: write what was said, or remove the entry'],
      ['info', '<what they did, as you saw it>', 'This positive feedback has no behaviour written yet: write what they did, or remove the item'],
      ['info', '<what will be done>', 'This action item of 2026-11-20 has no text yet: write what will be done, or remove it'],
    ]);
    const notes = notesOf(files);
    assert.deepEqual([notes.topicThreads.map((t) => t.topicId), notes.feedback.length, notes.actions.length], [['on-call'], 0, 0]);
  });

  it('feedback in feedback.yaml counts from the day it was observed', () => {
    const log = { 'feedback.yaml': 'feedback:\n  - kind: positive\n    observed: 2026-11-20\n    given: not-yet\n    behaviour: <what they did, as you saw it>\n' };
    assert.deepEqual(run(unwrittenEntry, log, ctxOn('2026-11-20')), []);
    assert.equal(run(unwrittenEntry, log, ctxOn('2026-11-21')).length, 1);
    assert.equal(notesOf(log).feedback.length, 0, 'not counted as feedback still to give');
  });

  it('the quick fix removes the entry\'s own lines, keeping the comments and entries around it; undone by the editor like any edit', () => {
    const ctx = ctxOn('2026-11-21');
    const topic = run(unwrittenEntry, files, ctx)[0];
    assert.deepEqual(topic?.fixes?.map((f) => f.title), ['Remove this unwritten entry']);
    const fixed = applyFix(files, topic!.fixes![0]!)['2026-11-20.yaml'];
    assert.equal(fixed, `${PREPARED.replace(/ {2}- id: release-notes[^]*?after today\n/, '')}\n`);
    assert.match(fixed!, /topics:\n {2}# Open topics, at the stance the coaching model expects next\.\n {2}- id: on-call\n/);
    const action = applyFix(files, run(unwrittenEntry, files, ctx)[2]!.fixes![0]!)['2026-11-20.yaml'];
    assert.match(action!, /expectation: Answer a page within 15 minutes\.\nactions:\n$/);
    assert.deepEqual(run(unwrittenEntry, { '2026-11-20.yaml': action! }, ctx).length, 2);
  });

  it('removes an entry that ends the file without a line break, and offers no removal inside a flow list', () => {
    const last = { '2026-11-20.yaml': 'date: 2026-11-20\ntopics:\n  - id: a\n    stance: plan\n  - id: b\n    stance: supportive' };
    const fixed = applyFix(last, only(run(unwrittenEntry, last, ctxOn('2026-11-27')).filter((f) => /on b /.test(f.message))).fixes![0]!);
    assert.equal(fixed['2026-11-20.yaml'], 'date: 2026-11-20\ntopics:\n  - id: a\n    stance: plan\n');
    const flow = { '2026-11-20.yaml': 'date: 2026-11-20\ntopics: [{ id: a, stance: plan }]\n' };
    assert.equal(only(run(unwrittenEntry, flow, ctxOn('2026-11-27'))).fixes, undefined);
  });

  it('can be turned off', () => {
    assert.deepEqual(run(unwrittenEntry, files, ctxOn('2026-11-27', { severities: { 'notes/unwritten-entry': 'off' } })), []);
  });
});
