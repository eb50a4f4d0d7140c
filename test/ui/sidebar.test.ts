import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { projectRoot, useWorkbench } from './workbench';

describe('sidebar (what a manager sees)', () => {
  const workbench = useWorkbench(join(projectRoot, 'examples', 'notes'));

  it('clicking the 1:1 Coach icon shows the People view with the sample team', async () => {
    const { page, activityBarItem, screenshot } = workbench();
    await activityBarItem('1:1 Coach').click();
    // With one view in the container, VS Code shows the view's name in the side bar's title.
    const sidebar = page.locator('.part.sidebar');
    await sidebar.locator('.composite.title', { hasText: /People/i }).waitFor({ state: 'visible' });
    const rows = sidebar.locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    const labels = await rows.allInnerTexts();
    await screenshot('sidebar-people');
    assert.ok(labels.length >= 4, `expected the sample team in the People view, saw: ${labels.join(' | ')}`);
    assert.deepEqual(workbench().activationFailures(), []);
  });
});
