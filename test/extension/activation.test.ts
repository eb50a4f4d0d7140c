import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'one-on-one-coach.one-on-one-coach';

describe('activation', () => {
  it('activates and registers its commands and the People view', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed in the test host`);
    await ext.activate();
    assert.equal(ext.isActive, true);

    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('oneOnOneCoach.refresh'), 'refresh command registered');
    assert.ok(commands.includes('oneOnOneCoach.openSampleNotes'), 'open sample command registered');

    const views = ext.packageJSON.contributes.views.oneOnOneCoach.map((v: { id: string }) => v.id);
    assert.deepEqual(views, ['oneOnOneCoach.people', 'oneOnOneCoach.attention']);
    // Focusing the view runs our TreeDataProvider through the real workbench; it fails if none is registered.
    await vscode.commands.executeCommand('oneOnOneCoach.people.focus');
  });
});
