import { strict as assert } from 'node:assert';
import { sampleCopy, sampleTeamRows, sideBarPane, useWorkbench } from './workbench';

describe('sidebar (what a manager sees)', () => {
  const workbench = useWorkbench(sampleCopy());

  it('clicking the 1:1 Coach icon shows the People and Needs Attention views on the sample team', async () => {
    const { page, activityBarItem, screenshot } = workbench();
    await activityBarItem('1:1 Coach').click();
    const people = await sampleTeamRows(page);
    // Open one person to show what the tree holds under them.
    await people.filter({ hasText: 'Ben Hughes' }).click();
    await people.filter({ hasText: 'Open topics' }).waitFor({ state: 'visible' });
    const attention = sideBarPane(page, 'Needs Attention').locator('.monaco-list-row');
    await attention.first().waitFor({ state: 'visible' });
    await screenshot('sidebar-people');
    assert.ok((await attention.count()) > 0, 'the planted warnings need attention');
    assert.deepEqual(workbench().activationFailures(), []);
  });
});
