// The JSON Schemas 1:1 Coach ships, in the real yaml-language-server (what Red Hat YAML runs): the guide
// schemas it hands out for the files it reads, wherever the notes root is, and the strict ones package.json
// contributes for a `one-on-ones` folder anywhere else. A mistake in a notes file is reported once: by 1:1
// Coach in the notes root, by the strict schema elsewhere; and the server stays silent on files 1:1 Coach
// ignores.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'mocha';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { guideSchemaFileOf, guideSchemaUriFor } from '../../src/core/reading/schemaAssociation';
import { loadNotesFile } from '../../src/core/reading/loader';
import { YAML_TOOL_CODES } from '../../src/core/workspace/problemsFindings';
import { YamlServer } from './yamlServer';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { yamlValidation: { fileMatch: string[]; url: string }[] } };

// The documents are opened with their text; none of these folders needs to exist.
const base = '/virtual/workspace';
const uriOf = (path: string): string => pathToFileURL(join(base, path)).href;
/** Two notes roots: one set by `notesRoot`, one the default `one-on-ones` (which the static globs match too). */
const roots = [uriOf('team-notes'), uriOf('default/one-on-ones')];
/** A `one-on-ones` folder outside the notes roots (in `folder`): only the static associations apply there. */
const elsewhere = (file: string, folder = 'archive'): string => uriOf(`${folder}/one-on-ones/${file}`);
const inNotes = (file: string): string => `${roots[0]}/${file}`;

/** `yaml.schemas` as Red Hat YAML builds it from package.json's `contributes.yamlValidation`. */
const staticSchemas = Object.fromEntries(manifest.contributes.yamlValidation.map((v) => [pathToFileURL(join(root, v.url)).href, v.fileMatch]));

const schemaText = (file: string): string => readFileSync(join(root, 'schemas', file), 'utf8');
const messages = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.message);
/** The diagnostics that come from a schema, not from the YAML syntax. */
const fromSchema = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.source?.startsWith('yaml-schema'));

/** The fenced YAML examples of docs/notes-format.md, with the line each starts on. */
function formatDocExamples(): { line: number; text: string }[] {
  const lines = readFileSync(join(root, 'docs', 'notes-format.md'), 'utf8').split('\n');
  const examples: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const end = lines.indexOf('```', i + 1);
    examples.push({ line: i + 1, text: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return examples;
}

/**
 * Where an example of the format doc goes: a whole file names itself in its first line (`# dana/person.yaml`);
 * a part of one is put into the smallest file it belongs in, by its first key.
 */
function asFile(example: string, named: ReadonlyMap<string, string>): { file: string; text: string } {
  const header = /^# [^/\s]+\/(\S+\.yaml)\n/.exec(example);
  if (header) return { file: header[1] as string, text: example };
  const key = /^\s*(\w+):/.exec(example)?.[1];
  const person = named.get('person.yaml') ?? '';
  const oneOnOne = 'date: 2026-03-04\n';
  switch (key) {
    case 'away':
    case 'snooze':
      return { file: 'person.yaml', text: person + example };
    case 'topics':
      return { file: '2026-03-04.yaml', text: oneOnOne + example };
    case 'followUp':
      return { file: '2026-03-04.yaml', text: `${oneOnOne}feedback:\n  - kind: corrective\n    observed: 2026-03-02\n    behaviour: Left no summary.\n${example}` };
    case 'exception':
      return { file: '2026-03-04.yaml', text: `${oneOnOne}topics:\n  - id: incident-handoffs\n    stance: plan\n${example}` };
    default:
      throw new Error(`docs/notes-format.md has an example this test cannot place (first key ${key}): teach asFile where it goes\n${example}`);
  }
}

describe('the schemas in the real yaml-language-server', function () {
  this.timeout(20_000);
  let server: YamlServer;

  before(async () => {
    server = await YamlServer.start(root, staticSchemas, {
      // The same functions 1:1 Coach answers Red Hat YAML with (src/schemas/yamlSchemas.ts).
      schemaFor: (resource) => guideSchemaUriFor(resource, roots),
      contentOf: (uri) => schemaText(guideSchemaFileOf(uri) ?? assert.fail(`the server asked for a schema 1:1 Coach never handed out: ${uri}`)),
    });
    await server.configure(elsewhere('probe/person.yaml', 'probe'), 'name: Probe\nrolee: x\n');
  });

  after(async () => {
    await server?.stop();
  });

  describe('the sample notes', () => {
    const samples = join(root, 'examples', 'notes', 'one-on-ones');
    const files = readdirSync(samples, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .flatMap((d) => readdirSync(join(samples, d.name)).filter((f) => f.endsWith('.yaml')).map((f) => `${d.name}/${f}`));

    it('there are sample files of every kind', () => {
      assert.ok(files.some((f) => f.endsWith('/person.yaml')) && files.some((f) => f.endsWith('/feedback.yaml')) && files.some((f) => /\/\d{4}-\d\d-\d\d\.yaml$/.test(f)));
    });

    it('get no diagnostics from the strict schemas, outside a notes root', async () => {
      const found = await Promise.all(files.map((file) => server.open(elsewhere(file, 'samples'), readFileSync(join(samples, file), 'utf8'))));
      files.forEach((file, i) => assert.deepEqual(messages(found[i] ?? []), [], file));
    });

    it('get no diagnostics from the guide schemas, in the notes root where they are', async () => {
      const sampleRoots = [pathToFileURL(samples).href];
      for (const file of files) {
        const uri = pathToFileURL(join(samples, file)).href;
        assert.ok(guideSchemaUriFor(uri, sampleRoots), `${file} gets a guide schema`);
      }
      const found = await Promise.all(files.map((file) => server.open(inNotes(`samples-${file}`), readFileSync(join(samples, file), 'utf8'))));
      files.forEach((file, i) => assert.deepEqual(messages(found[i] ?? []), [], file));
    });
  });

  describe("the format doc's examples", () => {
    const examples = formatDocExamples();
    const named = new Map(examples.flatMap((e) => {
      const m = /^# [^/\s]+\/(\S+\.yaml)\n/.exec(e.text);
      return m ? [[m[1] as string, e.text] as const] : [];
    }));

    it('there are examples of a person, a 1:1 and a feedback log, and parts of files', () => {
      assert.ok(named.has('person.yaml') && named.has('feedback.yaml') && [...named.keys()].some((f) => /^\d{4}-\d\d-\d\d\.yaml$/.test(f)), [...named.keys()].join(', '));
      assert.ok(examples.length > named.size);
    });

    it('each is a valid file, or a valid part of one, for the strict schemas', async () => {
      const found = await Promise.all(examples.map((example, i) => {
        const { file, text } = asFile(example.text, named);
        return server.open(elsewhere(`dana/${file}`, `doc-${i}`), text);
      }));
      examples.forEach((example, i) => assert.deepEqual(messages(found[i] ?? []), [], `docs/notes-format.md line ${example.line}`));
    });

    it('and for the guide schemas', async () => {
      const found = await Promise.all(examples.map((example, i) => {
        const { file, text } = asFile(example.text, named);
        return server.open(inNotes(`doc-${i}/${file}`), text);
      }));
      examples.forEach((example, i) => assert.deepEqual(messages(found[i] ?? []), [], `docs/notes-format.md line ${example.line}`));
    });
  });

  describe('completion and hover through the guide schema', () => {
    const uri = inNotes('ana/2026-03-10.yaml');
    const text = 'date: 2026-03-10\n\ntopics:\n  - id: incident-handoffs\n    stance: \n';

    before(async () => {
      assert.deepEqual(messages(await server.open(uri, text)), []);
    });

    it('offers the keys of a 1:1 not written yet', async () => {
      const labels = await server.completionLabels(uri, 1, 0);
      for (const key of ['agenda', 'notes', 'feedback', 'actions']) assert.ok(labels.includes(key), `${key} in ${labels.join(', ')}`);
      assert.ok(!labels.includes('date'), 'a key already written is not offered again');
    });

    it("offers the keys of a topic, stance among them", async () => {
      const labels = await server.completionLabels(uri, 4, 4);
      for (const key of ['title', 'stance', 'status', 'questions']) assert.ok(labels.includes(key), `${key} in ${labels.join(', ')}`);
    });

    it('offers the values of a list of choices, from `examples`', async () => {
      assert.deepEqual(await server.completionLabels(uri, 4, 12), ['supportive', 'socratic', 'plan']);
      const stance = JSON.parse(schemaText('one-on-one.guide.schema.json')).properties.topics.anyOf[0].items.properties.stance;
      assert.equal(stance.enum, undefined, 'the guide schema holds no enum');
      assert.deepEqual(stance.examples, ['supportive', 'socratic', 'plan']);
    });

    it("shows a key's description on hover", async () => {
      const description = JSON.parse(schemaText('one-on-one.schema.json')).properties.date.description as string;
      assert.ok((await server.hoverText(uri, 0, 1)).includes(description));
    });

    it('was read through the schema content 1:1 Coach answers with', () => {
      assert.ok(server.contentRequests.includes('one-on-one-coach://schemas/one-on-one.guide.schema.json'), server.contentRequests.join(', '));
    });
  });

  describe('which tool reports a mistake', () => {
    const person = 'name: Ana\nrolee: Staff engineer\ncadence: fortnightly\nsince: 2026-13-45\n';
    const oneOnOne = 'date: 2026-03-10\nagenda: 5\ntopics:\n  - id: incident-handoffs\n    stance: bogus\n  - 7\n';

    it('in the notes root (set by notesRoot, or the default one-on-ones), the schema reports nothing: 1:1 Coach does', async () => {
      const opened = roots.flatMap((r) => [[`${r}/ana/person.yaml`, person], [`${r}/ana/2026-03-10.yaml`, oneOnOne]] as const);
      const found = await Promise.all(opened.map(([uri, text]) => server.open(uri, text)));
      opened.forEach(([uri], i) => assert.deepEqual(messages(found[i] ?? []), [], uri));
      const ours = loadNotesFile('ana/person.yaml', new TextEncoder().encode(person)).findings;
      assert.ok(ours.some((f) => f.code === 'format/unknown-key' && f.message.includes('rolee')), 'the loader reports the unknown key');
    });

    it('elsewhere in a one-on-ones folder, the strict schema reports it', async () => {
      const [ofPerson, ofOneOnOne] = await Promise.all([server.open(elsewhere('ana/person.yaml'), person), server.open(elsewhere('ana/2026-03-10.yaml'), oneOnOne)]);
      const diagnostics = messages(ofPerson ?? []);
      assert.ok(diagnostics.includes('Property rolee is not allowed.'), diagnostics.join('\n'));
      assert.ok(diagnostics.some((m) => m.startsWith('String does not match the pattern')), diagnostics.join('\n'));
      const more = messages(ofOneOnOne ?? []);
      assert.ok(more.some((m) => m.startsWith('Incorrect type')) && more.some((m) => m.startsWith('Value is not accepted')), more.join('\n'));
    });

    it('the strict schema refuses 2026-13-45 and accepts 2026-03-10', async () => {
      const [refused, accepted] = await Promise.all([
        server.open(elsewhere('dates/2026-03-10.yaml'), 'date: 2026-13-45\n'),
        server.open(elsewhere('dates/2026-03-11.yaml'), 'date: 2026-03-10\n'),
      ]);
      assert.deepEqual(messages(fromSchema(refused ?? [])).map((m) => m.replace(/".*"/, 'P')), ['String does not match the pattern of P.']);
      assert.deepEqual(messages(accepted ?? []), []);
    });

    it('YAML mistakes come from the server in every YAML file; 1:1 Coach leaves the same ones out of Problems then', async () => {
      const text = 'date: 2026-03-10\nnotes: we agreed: ship it\nprivate: a\nprivate: b\n';
      const fromServer = await server.open(inNotes('ana/2026-03-11.yaml'), text);
      const ours = loadNotesFile('ana/2026-03-11.yaml', new TextEncoder().encode(text)).findings.filter((f) => YAML_TOOL_CODES.has(f.code));
      assert.deepEqual(new Set(ours.map((f) => f.code)), YAML_TOOL_CODES, 'the text holds a mistake of every code left out');
      for (const f of ours) assert.ok(fromServer.some((d) => d.range.start.line === f.range.start.line), `the server reports ${f.code} on line ${f.range.start.line}: ${messages(fromServer).join('; ')}`);
      assert.deepEqual(fromSchema(fromServer), []);
    });
  });

  describe('files 1:1 Coach ignores get no schema', () => {
    const text = 'rolee: x\ndate: 2026-13-45\nname: 5\n';
    const ignored = ['x/2026-03-10-draft.yaml', 'x/Person.yaml', 'x/notes.yaml', 'x/old/2026-03-10.yaml', 'x/old/person.yaml', 'x/2026-03-10a1.yaml', 'person.yaml', '.x/person.yaml'];

    it('in the notes root: 1:1 Coach hands out no schema for them', async () => {
      for (const file of ignored) assert.equal(guideSchemaUriFor(inNotes(file), roots), undefined, file);
      const found = await Promise.all(ignored.map((file) => server.open(inNotes(file), text)));
      ignored.forEach((file, i) => assert.deepEqual(messages(found[i] ?? []), [], file));
    });

    it('in a one-on-ones folder elsewhere: the static globs match none of them', async () => {
      const found = await Promise.all(ignored.map((file) => server.open(elsewhere(file, 'ignored'), text)));
      ignored.forEach((file, i) => assert.deepEqual(messages(found[i] ?? []), [], file));
    });

    it('while the globs match every name 1:1 Coach reads there (a second 1:1 of the day, .yml)', async () => {
      const read = ['2026-03-10b.yml', '2026-03-10z.yaml', '1999-12-31.yaml', 'person.yml', 'feedback.yaml'];
      const found = await Promise.all(read.map((file) => server.open(elsewhere(`x/${file}`, 'read'), text)));
      read.forEach((file, i) => assert.ok(messages(found[i] ?? []).some((m) => m.includes('rolee')), file));
    });
  });
});
