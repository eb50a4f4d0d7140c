// Restricted Mode, as the manifest declares it: the extension runs with limited support, the settings
// that direct file access come from the user's settings only, and every command that writes is disabled
// and hidden from every menu and welcome view while the workspace is not trusted.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { localizedManifest as manifest } from './localizedManifest';
import { settingSchemas } from './manifestSettingSchemas';
const contributes = manifest.contributes as {
  commands: { command: string; enablement?: string }[];
  menus: Record<string, { command: string; when?: string }[]>;
  viewsWelcome: { contents: string; when?: string }[];
};

/** Commands that only read or show: everything else writes, and must wait for trust. */
const READ_ONLY = ['oneOnOneCoach.refresh', 'oneOnOneCoach.openPerson', 'oneOnOneCoach.showCheckDocs', 'oneOnOneCoach.showAttention', 'oneOnOneCoach.openFinding', 'oneOnOneCoach.summarizeForReview'];
// The shareable agenda goes to the clipboard or an untitled editor: nothing is written.
READ_ONLY.push('oneOnOneCoach.copyShareableAgenda', 'oneOnOneCoach.openShareableAgenda');
// The briefing is shown in a panel: nothing is written.
READ_ONLY.push('oneOnOneCoach.prepareOneOnOne');
// The pictures are drawn in a panel: nothing is written.
READ_ONLY.push('oneOnOneCoach.showTeamOverview', 'oneOnOneCoach.showHistory', 'oneOnOneCoach.showCoachingHabits');
const writing = contributes.commands.map((c) => c.command).filter((c) => !READ_ONLY.includes(c));
const TRUSTED = /(^|&& )isWorkspaceTrusted( &&|$)/;

describe('manifest: Restricted Mode', () => {
  it('declares limited support, with the notes folder and cache settings taken from user settings only', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['oneOnOneCoach.notesRoot', 'oneOnOneCoach.cache.enabled']);
    for (const key of untrusted.restrictedConfigurations) assert.ok(settingSchemas(manifest)[key], `${key} is a setting`);
  });

  it('disables every command that writes until the workspace is trusted', () => {
    assert.ok(writing.length >= 12, writing.join(', '));
    for (const c of contributes.commands) {
      if (writing.includes(c.command)) assert.equal(c.enablement, 'isWorkspaceTrusted', c.command);
      else assert.equal(c.enablement, undefined, `${c.command} only reads, and stays available`);
    }
  });

  it('offers no command that writes in any menu, the palette included, while the workspace is not trusted', () => {
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) {
        if (writing.includes(item.command)) assert.ok(item.when === 'false' || TRUSTED.test(item.when ?? ''), `${menu}: ${item.command} when ${item.when}`);
      }
    }
    const inPalette = new Set(contributes.menus.commandPalette?.map((i) => i.command));
    for (const command of writing) assert.ok(inPalette.has(command), `${command} has a palette entry with a when clause`);
  });

  it('shows buttons that write in welcome views only in a trusted workspace, and says what Restricted Mode means otherwise', () => {
    for (const w of contributes.viewsWelcome) {
      const writes = writing.some((c) => w.contents.includes(`command:${c})`));
      if (writes && w.when?.startsWith('workspaceFolderCount > 0')) assert.match(w.when, TRUSTED, w.contents);
    }
    const restricted = contributes.viewsWelcome.find((w) => w.when?.includes('!isWorkspaceTrusted'));
    assert.match(restricted?.contents ?? '', /Restricted Mode/);
    assert.ok(!writing.some((c) => restricted?.contents.includes(`command:${c}`)));
  });
});
