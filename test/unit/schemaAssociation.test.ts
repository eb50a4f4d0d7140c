// Which schema 1:1 Coach hands Red Hat YAML for a file (the guide variant for the files it reads, under a
// notes root), what the guide variant keeps, and the date pattern of the shipped schemas.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { isoDateProblem } from '../../src/core/dates';
import { guideSchemaFileOf, guideSchemaUriFor, notesPathOf } from '../../src/core/reading/schemaAssociation';
import { CALENDAR_DATE_PATTERN, jsonSchemas } from '../../src/core/schema';
import { guideSchema } from '../../src/core/schemaGuide';

const roots = ['file:///home/me/notes/team', 'file:///home/me/other/one-on-ones'];

describe('the schema 1:1 Coach hands Red Hat YAML', () => {
  it('is the guide variant of the file kind, for each file the notes layout reads', () => {
    assert.equal(guideSchemaUriFor(`${roots[0]}/ana/person.yaml`, roots), 'one-on-one-coach://schemas/person.guide.schema.json');
    assert.equal(guideSchemaUriFor(`${roots[0]}/ana/feedback.yml`, roots), 'one-on-one-coach://schemas/feedback-log.guide.schema.json');
    assert.equal(guideSchemaUriFor(`${roots[1]}/ana/2026-03-10.yaml`, roots), 'one-on-one-coach://schemas/one-on-one.guide.schema.json');
    assert.equal(guideSchemaUriFor(`${roots[1]}/ana/2026-03-10c.yml`, roots), 'one-on-one-coach://schemas/one-on-one.guide.schema.json');
  });

  it('is none for a file outside every notes root, or one the layout ignores', () => {
    for (const file of ['ana/2026-03-10-draft.yaml', 'ana/Person.yaml', 'ana/notes.yaml', 'ana/old/person.yaml', 'person.yaml', '.git/person.yaml', 'ana/person.json']) {
      assert.equal(guideSchemaUriFor(`${roots[0]}/${file}`, roots), undefined, file);
    }
    assert.equal(guideSchemaUriFor('file:///home/me/notes/team-old/ana/person.yaml', roots), undefined, 'a folder whose name starts like a root');
    assert.equal(guideSchemaUriFor('file:///home/me/archive/one-on-ones/ana/person.yaml', roots), undefined);
    assert.equal(guideSchemaUriFor('untitled:Untitled-1', roots), undefined);
  });

  it('reads a person folder name as written, spaces and accents included', () => {
    assert.equal(notesPathOf(`${roots[0]}/Jos%C3%A9%20Mar%C3%ADa/person.yaml`, roots), 'José María/person.yaml');
    assert.equal(notesPathOf(`${roots[0]}/bad%E0/person.yaml`, roots), undefined);
  });

  it('names back the file it comes from, and nothing else', () => {
    const uri = guideSchemaUriFor(`${roots[0]}/ana/person.yaml`, roots) ?? assert.fail('no schema');
    assert.equal(guideSchemaFileOf(uri), 'person.guide.schema.json');
    for (const other of ['one-on-one-coach://schemas/../package.json', 'one-on-one-coach://schemas/person.schema.json', 'file:///schemas/person.guide.schema.json']) {
      assert.equal(guideSchemaFileOf(other), undefined, other);
    }
  });
});

describe('the guide variant of a schema', () => {
  const validating = ['type', 'enum', 'const', 'pattern', 'required', 'additionalProperties', 'minLength', 'maxLength', 'minimum', 'maximum'];
  const keywords = (schema: unknown, found = new Set<string>()): Set<string> => {
    if (Array.isArray(schema)) schema.forEach((s) => keywords(s, found));
    else if (schema !== null && typeof schema === 'object') {
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties') Object.values(value as object).forEach((s) => keywords(s, found));
        else { found.add(key); keywords(value, found); }
      }
    }
    return found;
  };

  for (const [name, strict] of Object.entries(jsonSchemas())) {
    it(`${name}: no keyword that reports a mistake, every description, each choice as an example`, () => {
      const guide = guideSchema(strict);
      const kept = keywords(guide);
      assert.deepEqual(validating.filter((k) => kept.has(k)), []);
      assert.ok(validating.some((k) => keywords(strict).has(k)), 'the strict schema validates');
      const descriptions = (s: unknown): string[] => JSON.stringify(s).match(/"description":"(?:[^"\\]|\\.)*"/g) ?? [];
      assert.deepEqual(descriptions(guide), descriptions(strict));
      const choices = (s: unknown): string[] =>
        JSON.stringify(s).match(/"(?:enum|examples)":\[[^\]]*\]|"const":"[^"]*"/g)?.map((m) => m.replace(/^"\w+":/, '').replace(/^"(.*)"$/, '["$1"]')) ?? [];
      assert.deepEqual(choices(guide), choices(strict));
    });
  }

  it('turns a const into an example too', () => {
    assert.deepEqual(guideSchema({ anyOf: [{ const: 'not-yet' }, { type: 'string', pattern: 'x' }] }), { anyOf: [{ examples: ['not-yet'] }, {}] });
  });
});

describe('the date pattern of the shipped schemas', () => {
  const pad = (n: number): string => String(n).padStart(2, '0');

  it('accepts exactly the real days of a leap year, and of another year also 29 February', () => {
    for (const year of [2024, 2026]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${pad(month)}-${pad(day)}`;
          const real = isoDateProblem(text) === undefined;
          const expected = real || (year === 2026 && month === 2 && day === 29);
          assert.equal(CALENDAR_DATE_PATTERN.test(text), expected, text);
        }
      }
    }
  });

  it('refuses other shapes', () => {
    for (const text of ['2026-3-4', '26-03-04', '2026-03-04 ', '2026/03/04', '2026-13-45']) assert.ok(!CALENDAR_DATE_PATTERN.test(text), text);
  });
});
