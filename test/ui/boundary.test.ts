// A Notes Root setting that leads outside the workspace folder: the manager sees one plain warning that
// says what to change, and the People view shows none of the notes out there.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { useWorkbench } from './workbench';

/** `repo/` with notes of its own and a setting pointing at `../elsewhere/`, which holds someone else's notes. */
function repoWithNotesRootOutside(): string {
  const base = mkdtempSync(join(tmpdir(), 'one-on-one-boundary-'));
  const files: Record<string, string> = {
    'repo/one-on-ones/ada-lovelace/person.yaml': 'name: Ada Lovelace\ncadence: weekly\n',
    'repo/.vscode/settings.json': '{\n  "oneOnOneCoach.notesRoot": "../elsewhere"\n}\n',
    'elsewhere/mallory/person.yaml': 'name: Mallory Outside\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return join(base, 'repo');
}

describe('a Notes Root setting that leads outside the folder', () => {
  const workbench = useWorkbench(repoWithNotesRootOutside());

  it('is refused with one warning saying what to change, and nothing from outside is shown', async function () {
    this.timeout(120_000);
    const { page, screenshot, activityBarItem, activationFailures } = workbench();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Notes Root "../elsewhere"' });
    await toast.waitFor({ state: 'visible', timeout: 60_000 });
    // The whole message, as a manager reads it after clicking the toast open.
    await toast.hover();
    const expand = toast.locator('.codicon-notifications-expand');
    if (await expand.count()) await expand.first().click();
    assert.match(await toast.innerText(), /Notes Root "\.\.\/elsewhere" is outside repo, so no notes are read from there\. Set it to a folder inside repo, such as one-on-ones\./);
    await screenshot('notes-root-outside-warning');
    await activityBarItem('1:1 Coach').click();
    const people = page.locator('.part.sidebar .pane', { hasText: 'People' });
    await people.locator('.welcome-view-content, .monaco-list').first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await page.locator('.part.sidebar', { hasText: 'Mallory Outside' }).count(), 0, 'no one from outside is listed');
    await screenshot('notes-root-outside-people');
    assert.equal(await page.locator('.notifications-toasts .notification-toast', { hasText: 'Notes Root' }).count(), 1, 'said once');
    assert.deepEqual(activationFailures(), []);
  });
});
