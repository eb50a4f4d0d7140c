import { strict as assert } from 'node:assert';
import { checkSettingsFrom } from '../../src/core/checks/settingsFromRecord';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';

const from = (values: Record<string, unknown>) => checkSettingsFrom((name) => values[name]);

describe('check settings from stored settings', () => {
  it('are the defaults when nothing is set', () => {
    assert.deepEqual(from({}), DEFAULT_SETTINGS);
  });

  it('take whole, non-negative day counts, a cadence and known severities', () => {
    const s = from({ staleFeedbackDays: 21, cadenceGraceDays: 0, defaultCadence: 'biweekly', severity: { 'feedback/delay': 'off', 'feedback/stale': 'error' } });
    assert.equal(s.staleFeedbackDays, 21);
    assert.equal(s.cadenceGraceDays, 0);
    assert.equal(s.defaultCadence, 'biweekly');
    assert.deepEqual(s.severities, { 'feedback/delay': 'off', 'feedback/stale': 'error' });
    assert.equal(from({ defaultCadence: 10 }).defaultCadence, 10);
  });

  it('fall back to the default for a value of the wrong type or range', () => {
    const s = from({ staleFeedbackDays: '21', recognitionDays: -1, feedbackDelayHintDays: 2.5, defaultCadence: 'fortnightly', severity: { 'feedback/delay': 'loud', x: 3 } });
    assert.equal(s.staleFeedbackDays, DEFAULT_SETTINGS.staleFeedbackDays);
    assert.equal(s.recognitionDays, DEFAULT_SETTINGS.recognitionDays);
    assert.equal(s.feedbackDelayHintDays, DEFAULT_SETTINGS.feedbackDelayHintDays);
    assert.equal(s.defaultCadence, DEFAULT_SETTINGS.defaultCadence);
    assert.deepEqual(s.severities, {});
    assert.deepEqual(from({ severity: 'off' }).severities, {});
  });

  it('take a number of people for recurring barriers only when it is a whole number of at least 2', () => {
    assert.equal(DEFAULT_SETTINGS.recurringBarrierPeople, 3);
    assert.equal(from({ recurringBarrierPeople: 2 }).recurringBarrierPeople, 2);
    assert.equal(from({ recurringBarrierPeople: 5 }).recurringBarrierPeople, 5);
    for (const bad of [1, 0, -3, 2.5, '4', null]) assert.equal(from({ recurringBarrierPeople: bad }).recurringBarrierPeople, 3, String(bad));
  });
});
