// How the shareable agenda is offered in the manifest: in the palette, on a person in People (one
// inline icon, for Open), and in Restricted Mode too, since it writes nothing.
import { strict as assert } from 'node:assert';
import { localizedManifest as manifest } from '../localizedManifest';
const { commands, menus } = manifest.contributes as {
  commands: { command: string; title: string; category?: string; icon?: string; enablement?: string }[];
  menus: Record<string, { command: string; when?: string; group?: string }[]>;
};
const AGENDA = ['oneOnOneCoach.copyShareableAgenda', 'oneOnOneCoach.openShareableAgenda'];

describe('the shareable agenda in the manifest', () => {
  it('two commands in the 1:1 Coach category with an icon, asking for the person, enabled without trust', () => {
    for (const id of AGENDA) {
      const c = commands.find((x) => x.command === id);
      assert.ok(c, id);
      assert.equal(c.category, '1:1 Coach');
      assert.match(c.title, /^(Copy|Open) Shareable Agenda for…$/);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/);
      assert.equal(c.enablement, undefined);
    }
  });

  it('in the palette (not hidden), and in the menu of a person row in People, whatever the trust', () => {
    for (const id of AGENDA) {
      assert.ok(!menus.commandPalette?.some((m) => m.command === id && m.when === 'false'), `${id} is in the palette`);
      const row = menus['view/item/context']?.filter((m) => m.command === id && !m.group?.startsWith('inline')) ?? [];
      assert.deepEqual(row.map((m) => m.when), ['view == oneOnOneCoach.people && viewItem == person'], id);
    }
  });

  it('one inline icon on a person row, for Open', () => {
    const inline = menus['view/item/context']?.filter((m) => AGENDA.includes(m.command) && m.group?.startsWith('inline')) ?? [];
    assert.deepEqual(inline.map((m) => [m.command, m.when]), [['oneOnOneCoach.openShareableAgenda', 'view == oneOnOneCoach.people && viewItem == person']]);
  });
});
