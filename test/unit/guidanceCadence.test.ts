import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { cadenceFacts, cadenceHover } from '../../src/core/guidance/cadence';
import { ctxOn, notesOf } from './checks/builders';

const docs = (id: string) => `docs#${id}`;

function hover(person: string, dates: readonly string[], today: string, settings = {}): string {
  const files: Record<string, string> = { 'person.yaml': `name: Ada\n${person}` };
  for (const d of dates) files[`${d}.yaml`] = `date: ${d}\nnotes: Met.\n`;
  const ctx = ctxOn(today, settings);
  return cadenceHover(cadenceFacts(notesOf(files), ctx), 'Ada', today, docs);
}

describe('guidance: cadence', () => {
  it('says what the cadence means and when the next 1:1 is due', () => {
    const text = hover('cadence: weekly\n', ['2026-03-02'], '2026-03-05');
    assert.match(text, /^\*\*Weekly 1:1s\*\* with Ada: one every 7 days, overdue after 10 days\./);
    assert.match(text, /Last 1:1: 2026-03-02, 3 days ago\. Next due 2026-03-09 \(in 4 days\); overdue from 2026-03-13\./);
  });

  it('is overdue the day after cadence plus grace, as cadence/overdue counts', () => {
    assert.doesNotMatch(hover('cadence: weekly\n', ['2026-03-02'], '2026-03-12'), /overdue\*\*/);
    assert.match(hover('cadence: weekly\n', ['2026-03-02'], '2026-03-13'), /\*\*overdue\*\*.*\[cadence\/overdue\]\(docs#cadence\/overdue\)/s);
  });

  it('names a number of days and the default setting; ignores 1:1s planned after today', () => {
    assert.match(hover('cadence: 10\n', [], '2026-03-05'), /\*\*1:1s every 10 days\*\* with Ada: one every 10 days/);
    const text = hover('', ['2026-03-02', '2026-03-30'], '2026-03-05', { defaultCadence: 'biweekly' });
    assert.match(text, /\*\*Biweekly 1:1s\*\* with Ada \(the default cadence setting\)/);
    assert.match(text, /Last 1:1: 2026-03-02/);
  });

  it('counts from the last 1:1 held: one of today with nothing written yet is planned', () => {
    const files = { 'person.yaml': 'name: Ada\ncadence: weekly\n', '2026-03-02.yaml': 'date: 2026-03-02\nnotes: Met.\n', '2026-03-05.yaml': 'date: 2026-03-05\nnotes: |\n  <what you could share with them>\n' };
    const facts = cadenceFacts(notesOf(files), ctxOn('2026-03-05'));
    assert.deepEqual([facts.last, facts.due], ['2026-03-02', '2026-03-09']);
  });

  it('expects nothing before the first 1:1 or after until', () => {
    assert.match(hover('cadence: monthly\n', [], '2026-03-05'), /No 1:1 written yet/);
    assert.match(hover('until: 2026-03-01\n', ['2026-02-20'], '2026-03-05'), /You stopped managing Ada on 2026-03-01/);
  });
});
