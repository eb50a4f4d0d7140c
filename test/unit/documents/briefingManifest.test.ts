// Prepare 1:1 with… in the manifest: a command of its own, on a person's row in People (an icon and
// its menu), and in the palette; offered in Restricted Mode, since it writes nothing.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { localizedManifest as manifest } from '../localizedManifest';
const ID = 'oneOnOneCoach.prepareOneOnOne';

describe('manifest: Prepare 1:1 with…', () => {
  it('is a command in the 1:1 Coach category with an icon, enabled without trust', () => {
    const command = manifest.contributes.commands.find((c: { command: string }) => c.command === ID);
    assert.deepEqual(command, { command: ID, title: 'Prepare 1:1 with…', category: '1:1 Coach', icon: '$(notebook)' });
    assert.ok(!manifest.contributes.menus.commandPalette.some((m: { command: string }) => m.command === ID), 'in the palette, under no condition');
  });

  it('is on every person row of the People view, as an icon and in its menu', () => {
    const items = manifest.contributes.menus['view/item/context'].filter((m: { command: string }) => m.command === ID);
    assert.deepEqual(items.map((m: { group: string }) => m.group.split('@')[0]).sort(), ['2_documents', 'inline']);
    for (const m of items) assert.equal(m.when, 'view == oneOnOneCoach.people && viewItem == person');
  });
});
