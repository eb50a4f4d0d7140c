// The webview's message protocol: what the core makes for the sample team passes as it is; anything
// else, from either side, is refused.
import { strict as assert } from 'node:assert';
import { everyonesNotes } from '../../../src/core/checks/engine';
import { coachingHabits } from '../../../src/core/pictures/coachingHabits';
import { personTimeline } from '../../../src/core/pictures/personTimeline';
import { parseExtensionMessage, parseWebviewMessage } from '../../../src/core/pictures/protocol';
import { teamOverview } from '../../../src/core/pictures/teamOverview';
import { TIMELINE_RANGES } from '../../../src/core/pictures/pictureData';
import { sampleCtx, sampleTeam } from './sampleTeam';

describe('the pictures message protocol', () => {
  const team = sampleTeam();
  const overview = teamOverview(team, sampleCtx);

  it("passes the sample team's overview, every history and the habits, after a trip through JSON", () => {
    const trip = (message: unknown) => JSON.parse(JSON.stringify(message)) as unknown;
    const messages: unknown[] = [
      { type: 'overview', data: overview },
      ...team.index.people().flatMap((p) => TIMELINE_RANGES.map((range) => ({ type: 'timeline', data: personTimeline(team.index.notes(p.id)!, sampleCtx, range) }))),
      { type: 'habits', data: coachingHabits(everyonesNotes(team.index), sampleCtx) },
    ];
    for (const m of messages) {
      const parsed = parseExtensionMessage(trip(m));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
      assert.deepEqual(parsed.message, trip(m));
    }
  });

  it('refuses malformed data from the extension', () => {
    const row = overview.rows[0]!;
    const bad: unknown[] = [
      undefined, null, 'overview', {}, { type: 'overview' }, { type: 'graph', data: overview },
      { type: 'overview', data: { ...overview, rows: [{ ...row, weeks: [{ ...row.weeks[0], state: 'skipped' }] }] } },
      { type: 'overview', data: { ...overview, today: '27/11/2026' } },
      { type: 'overview', data: { ...overview, rows: [{ ...row, feedback: [{ state: 'given', kind: 'positive', date: '2026-11-20', observed: '2026-11-20', at: { file: 'a.yaml', line: 1 } }] }] } },
      { type: 'overview', data: { ...overview, extra: true } },
    ];
    for (const m of bad) assert.equal(parseExtensionMessage(m).ok, false, JSON.stringify(m)?.slice(0, 200));
  });

  it('takes the six messages of the webview', () => {
    const good = [
      { type: 'open-location', at: { file: 'ben-hughes/feedback.yaml', line: 17 } },
      { type: 'open-person', personId: 'Zoë Martin' },
      { type: 'pick-range', personId: 'ben-hughes', range: '1y' },
      { type: 'sort', by: 'name' },
      { type: 'ready' },
      { type: 'show-habits' },
    ];
    for (const m of good) assert.deepEqual(parseWebviewMessage(m), { ok: true, message: m });
  });

  it('refuses anything else from the webview, and any location outside the notes folder', () => {
    const at = (file: unknown, line: unknown = 1) => ({ type: 'open-location', at: { file, line } });
    const bad: unknown[] = [
      undefined, 42, 'sort', [], {}, { type: 'run', command: 'rm -rf' }, { type: 'sort', by: 'age' }, { type: 'sort' },
      { type: 'sort', by: 'name', extra: 1 }, { type: 'ready', data: {} }, { type: 'show-habits', personId: 'ben-hughes' }, { type: 'open-person', personId: '' }, { type: 'open-person', personId: 7 },
      { type: 'pick-range', personId: 'ben-hughes', range: '2y' }, { type: 'pick-range', range: '3m' },
      at('ben-hughes/feedback.yaml', 0), at('ben-hughes/feedback.yaml', 1.5), at('ben-hughes/feedback.yaml', '3'),
      at('../secrets.yaml'), at('ben-hughes/../../x.yaml'), at('/etc/passwd'), at('C:/Windows/win.ini'), at('a\\..\\b.yaml'),
      at('ben-hughes//x.yaml'), at('./x.yaml'), at(''), at(undefined),
      { type: 'open-location', at: { file: 'x.yaml', line: 1, column: 3 } },
    ];
    for (const m of bad) {
      const parsed = parseWebviewMessage(m);
      assert.equal(parsed.ok, false, JSON.stringify(m));
      assert.ok(!parsed.ok && parsed.problem.length > 0);
    }
  });
});
