// What the manifest gives a manager to read (welcome views, the walkthrough, command titles) is plain
// text where backticks would show as backticks; walkthrough steps complete however the step was done.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { localizedManifest as manifest } from './localizedManifest';

interface Step { id: string; title: string; description: string; completionEvents: string[] }
const walkthrough = manifest.contributes.walkthroughs[0] as { title: string; description: string; steps: Step[] };
const welcome = manifest.contributes.viewsWelcome as { view: string; contents: string; when?: string }[];

describe('manifest: plain words', () => {
  it('welcome views, the walkthrough and command titles hold no literal backtick', () => {
    const texts: [string, string][] = [
      ...welcome.map((w, i): [string, string] => [`viewsWelcome[${i}]`, w.contents]),
      ['walkthrough', `${walkthrough.title} ${walkthrough.description}`],
      ...walkthrough.steps.map((s): [string, string] => [`step ${s.id}`, `${s.title} ${s.description}`]),
      ...(manifest.contributes.commands as { command: string; title: string }[]).map((c): [string, string] => [c.command, c.title]),
    ];
    for (const [where, text] of texts) assert.ok(!text.includes('`'), `${where}: ${text}`);
  });

  it('every walkthrough step also completes when it was done another way (a context key or the view)', () => {
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents.some((e) => e.startsWith('onContext:oneOnOneCoach.') || e.startsWith('onView:oneOnOneCoach.')), `${step.id}: ${step.completionEvents.join(', ')}`);
    }
    assert.ok(walkthrough.steps.find((s) => s.id === 'coaching')?.completionEvents.includes('onView:oneOnOneCoach.attention'));
  });

  it('the People welcome offers to create a notes folder only while there is none', () => {
    const offers = welcome.filter((w) => w.view === 'oneOnOneCoach.people' && w.contents.includes('command:oneOnOneCoach.createNotesFolder'));
    assert.ok(offers.length > 0);
    for (const w of offers) assert.match(w.when ?? '', /!oneOnOneCoach\.hasNotesFolder/);
  });

  it('starts on a workspace that holds notes (the default folder, or person files at any depth), on a YAML file, and to restore the pictures\' panel', () => {
    assert.deepEqual(manifest.activationEvents, ['workspaceContains:one-on-ones', 'workspaceContains:**/person.yaml', 'workspaceContains:**/person.yml', 'onLanguage:yaml', 'onWebviewPanel:oneOnOneCoach.pictures']);
  });
});
