import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { addDays, todayIso } from '../../src/core/dates';
import { loadNotesFile } from '../../src/core/reading/loader';
import type { CoachApi } from '../../src/extension';
import { codeOf, coach, diagnosticsWhen, hasCode, lacksCode, notesUri } from './helpers';
import { removeNotes, writeNotes, type NotesFiles } from './writeNotes';

const today = todayIso();
const ago = (n: number) => addDays(today, -n);

interface FixCase {
  /** Files by path in the alpha notes root; the first one is where the diagnostic is. */
  readonly files: NotesFiles;
  readonly code: string;
  readonly title: string;
  /** False for a finding's second fix: only the first is preferred. */
  readonly preferred?: false;
  /**
   * For fixes that insert something for the manager to write (keys, a reason): the diagnostic stays
   * after the fix, by design, and goes once this edit writes the content.
   */
  readonly writeContent?: (text: string) => string;
  /** Where the diagnostic must be (zero-based line) and what it must say, when the test cares. */
  readonly shows?: { readonly line: number; readonly message: RegExp };
  /** Codes that must not show on the file beside the diagnostic (e.g. findings that wait for it). */
  readonly absent?: readonly string[];
}

function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}

/** Replaces the whole text of the document in the editor (an unsaved edit, like typing). */
async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
}

/**
 * Offers the fix on the diagnostic, applies it to the open document and checks: the text loads with no
 * format finding, every comment survives, undo restores the text (and the diagnostic), and after
 * applying it again the diagnostic is gone.
 */
async function checkFix(api: CoachApi, c: FixCase): Promise<void> {
  const file = Object.keys(c.files)[0] as string;
  const uri = notesUri('alpha', file);
  await writeNotes(api, 'alpha', c.files);
  try {
    const before = await diagnosticsWhen(uri, hasCode(c.code), c.code);
    const diagnostic = before.find((d) => codeOf(d) === c.code) as vscode.Diagnostic;
    if (c.shows) {
      assert.equal(diagnostic.range.start.line, c.shows.line, 'the diagnostic is on the line it is about');
      assert.match(diagnostic.message, c.shows.message);
    }
    for (const code of c.absent ?? []) assert.ok(!hasCode(code)(before), `no ${code} beside ${c.code}`);
    const editor = await vscode.window.showTextDocument(uri);
    const original = editor.document.getText();

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    // (The API command does not hand back an action's `diagnostics`: actions are told apart by title.)
    const action = actions.find((a) => a.title === c.title);
    assert.ok(action?.edit, `"${c.title}" is offered; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(action.isPreferred, c.preferred ?? true, 'the first fix of a finding is preferred, and only that one');

    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const fixed = editor.document.getText();
    assert.notEqual(fixed, original);
    assert.equal(editor.document.isDirty, true, 'applied to the open document, not saved');
    const formatFindings = loadNotesFile(file, fixed).findings.filter((f) => f.code.startsWith('format/'));
    assert.deepEqual(formatFindings.map((f) => f.message), [], fixed);
    for (const comment of original.match(/#.*$/gm) ?? []) assert.ok(fixed.includes(comment), `the comment "${comment}" survives:\n${fixed}`);

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'undo restores the text');
    await diagnosticsWhen(uri, hasCode(c.code), `${c.code} after undo`);

    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(editor.document.getText(), fixed);
    if (c.writeContent) {
      await api.notes.settled();
      assert.ok(hasCode(c.code)(vscode.languages.getDiagnostics(uri)), 'the warning waits for the content the fix made room for');
      await replaceAll(editor, c.writeContent(fixed));
    }
    await diagnosticsWhen(uri, lacksCode(c.code), `${c.code} to go after "${c.title}"`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  } finally {
    await removeNotes(api, 'alpha', c.files);
  }
}

const oneOnOne = (date: string, ...rest: string[]) => lines(`date: ${date}   # the 1:1`, ...rest);

describe('Quick fixes', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });

  it('feedback/not-given: marks it given today', () => checkFix(api, {
    files: { 'qf-given/feedback.yaml': lines('# outside 1:1s', 'feedback:', '  - kind: positive   # the demo', `    observed: ${ago(3)}`, '    given: not-yet', '    behaviour: Ran the demo from a checklist.') },
    code: 'feedback/not-given',
    title: `Mark as given today (${today})`,
  }));

  it('feedback/stale: marks it improving today', () => checkFix(api, {
    files: { 'qf-stale/feedback.yaml': lines('feedback:', '  - kind: corrective   # billing', `    observed: ${ago(20)}`, `    given: ${ago(20)}`, '    behaviour: Merged the billing change with one approval.', '    # no follow-up yet') },
    code: 'feedback/stale',
    title: `Mark improving today (${today})`,
  }));

  it('feedback/stale: marks it resolved today, over an earlier follow-up', () => checkFix(api, {
    files: { [`qf-resolved/${ago(25)}.yaml`]: oneOnOne(ago(25), 'feedback:', '  - kind: corrective', `    observed: ${ago(26)}`, '    behaviour: Skipped the design review.', `    followUp: { state: open, date: ${ago(18)} }   # looked once`) },
    code: 'feedback/stale',
    title: `Mark resolved today (${today})`,
    preferred: false,
  }));

  const firstPlan = (person: string) => ({
    [`${person}/${ago(7)}.yaml`]: oneOnOne(ago(7), 'topics:', '  - id: on-call-response', '    stance: plan   # the first time', '    goals: [Every page acknowledged within 15 minutes]', '    measures: [Pager report]', '    support: [Shadow shifts]', `    reviewDate: ${addDays(today, 14)}`, '    # end of topic'),
  });

  it('escalation/skipped-stage: changes the stance to the expected one', () => checkFix(api, {
    files: firstPlan('qf-skipped'),
    code: 'escalation/skipped-stage',
    title: 'Change the stance to supportive',
  }));

  it('escalation/skipped-stage: adds a conduct exception, which counts once its reason is written', () => checkFix(api, {
    files: firstPlan('qf-conduct'),
    code: 'escalation/skipped-stage',
    title: 'Mark it as a conduct exception (then write the reason)',
    preferred: false,
    writeContent: (text) => text.replace(/<why[^>]*>/, 'Shouted at a colleague in the incident channel.'),
  }));

  it('escalation/stuck-stage: moves the second conversation on to Socratic', () => checkFix(api, {
    files: {
      [`qf-stuck/${ago(7)}.yaml`]: oneOnOne(ago(7), 'topics:', '  - id: review-depth', '    stance: supportive   # again', '    expectation: A second reader on every migration.', '    support: [Pairing]'),
      [`qf-stuck/${ago(14)}.yaml`]: oneOnOne(ago(14), 'topics:', '  - id: review-depth', '    stance: supportive', '    expectation: A second reader on every migration.', '    support: [Pairing]'),
    },
    code: 'escalation/stuck-stage',
    title: 'Change the stance to socratic',
  }));

  it('escalation/empty-stage: inserts the missing keys, and the warning goes once they are written', () => checkFix(api, {
    files: { [`qf-empty/${ago(7)}.yaml`]: oneOnOne(ago(7), 'topics:', '  - id: review-depth', '    stance: supportive   # first talk', '    notes: Talked it through.') },
    code: 'escalation/empty-stage',
    title: 'Add expectation, support',
    writeContent: (text) => text.replace(/^( +)expectation:$/m, '$1expectation: A second reader on every migration.').replace(/^( +)support:$/m, '$1support: Pairing with Sam'),
  }));

  it('topics/id-typo: renames an id written once to the open topic it was meant for; the stage checks wait until then', () => checkFix(api, {
    files: {
      [`qf-typo/${ago(7)}.yaml`]: oneOnOne(ago(7), 'topics:', '  - id: relase-notes   # typed fast', '    stance: socratic', '    questions: [What gets in the way of the notes?]', '    theirView: The date moves after the notes are due.'),
      [`qf-typo/${ago(14)}.yaml`]: oneOnOne(ago(14), 'topics:', '  - id: release-notes', '    stance: supportive', '    expectation: Notes for every release, by the day it ships.', '    support: [A template]'),
    },
    code: 'topics/id-typo',
    title: 'Change the topic id to release-notes',
    shows: { line: 2, message: /^Did you mean release-notes\? The topic relase-notes has only this conversation/ },
    absent: ['escalation/skipped-stage'],
  }));

  it('format/unknown-key: renames the key to the one meant', () => checkFix(api, {
    files: { [`qf-key/${ago(3)}.yaml`]: oneOnOne(ago(3), 'agneda: [Roadmap]   # typo') },
    code: 'format/unknown-key',
    title: 'Change to `agenda`',
  }));

  it('format/date-mismatch: makes the date the one in the file name', () => checkFix(api, {
    files: { [`qf-date/${ago(3)}.yaml`]: lines(`date: ${ago(4)}   # copied`, 'notes: Roadmap.') },
    code: 'format/date-mismatch',
    title: `Change date to ${ago(3)}`,
  }));

  it('format/schema: changes a misspelt value to the one meant', () => checkFix(api, {
    files: { [`qf-value/${ago(3)}.yaml`]: oneOnOne(ago(3), 'topics:', '  - id: review-depth', '    stance: suportive   # typo', '    expectation: x', '    support: [y]') },
    code: 'format/schema',
    title: 'Change to `supportive`',
  }));

  it('format/colon-in-text: puts an agenda item holding ": " in quotes, so it stays text', () => checkFix(api, {
    files: { [`qf-colon/${ago(3)}.yaml`]: oneOnOne(ago(3), 'agenda:', '  - the on-call rota', '  - me: code review   # mine') },
    code: 'format/colon-in-text',
    title: 'Put the item in quotes',
    shows: { line: 3, message: /^The ": " after "me" turns this agenda item into a key and a value\. Put the item in quotes to keep it as text: "me: code review"$/ },
  }));
});
