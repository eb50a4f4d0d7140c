import { strict as assert } from 'node:assert';
import { checkSettingsFrom } from '../../src/core/checks/settingsFromRecord';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';
import { settingSchemas } from './manifestSettingSchemas';

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

  describe('defaultCadence, as the Settings UI writes it and as it was written before', () => {
    const schema = settingSchemas()['oneOnOneCoach.defaultCadence'] as unknown as { type: unknown; pattern: string; default: unknown };

    it('is one type, a string, that the Settings UI edits in a text box checked by its pattern', () => {
      assert.equal(schema.type, 'string');
      assert.equal(schema.default, 'weekly');
      assert.equal(from({ defaultCadence: schema.default }).defaultCadence, DEFAULT_SETTINGS.defaultCadence);
    });

    it('reads the named cadences, a number of days as text (new), and a number (old) alike', () => {
      for (const name of ['weekly', 'biweekly', 'monthly'] as const) assert.equal(from({ defaultCadence: name }).defaultCadence, name);
      assert.equal(from({ defaultCadence: '10' }).defaultCadence, 10);
      assert.equal(from({ defaultCadence: 10 }).defaultCadence, 10);
      assert.equal(from({ defaultCadence: '1' }).defaultCadence, 1);
      assert.equal(from({ defaultCadence: 21 }).defaultCadence, from({ defaultCadence: '21' }).defaultCadence);
    });

    it('falls back to weekly for anything else: zero, negative, fractions, spaces, words, other types', () => {
      for (const bad of ['0', '-3', '10.5', ' 10', '10 ', '010', 'ten', 'Weekly', '', 0, -3, 2.5, true, null, ['weekly'], { days: 10 }]) {
        assert.equal(from({ defaultCadence: bad }).defaultCadence, 'weekly', JSON.stringify(bad));
      }
    });

    it('the Settings UI accepts exactly the texts the checks read (its pattern and the reader agree)', () => {
      const pattern = new RegExp(schema.pattern);
      const texts = ['weekly', 'biweekly', 'monthly', '1', '7', '10', '365', '0', '-3', '10.5', ' 10', '010', 'ten', 'Weekly', 'weekly ', '', 'fortnightly', '1e3'];
      for (const text of texts) {
        const read = from({ defaultCadence: text }).defaultCadence;
        const taken = text === 'weekly' || read !== 'weekly';
        assert.equal(pattern.test(text), taken, `${JSON.stringify(text)}: pattern ${pattern.test(text)}, read as ${read}`);
      }
    });
  });
});
