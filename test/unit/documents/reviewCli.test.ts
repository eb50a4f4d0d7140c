// `one-on-one-coach review` on the sample team: the document, private notes only when asked for, and
// usage errors for bad periods. Then privacy: for every sample person, the review without
// --include-private holds no private text of the notes and no text of feedback not given yet.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../../src/cli';

// out/test/unit/documents/ → project root
const root = join(__dirname, '..', '..', '..', '..');
const sample = join(root, 'examples', 'notes');
const notesRoot = join(sample, 'one-on-ones');
const SAMPLE_DAY = '2026-11-27';

function review(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = main(['review', ...args, '--today', SAMPLE_DAY], { cwd: sample, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

/** The text as the reader sees it: Markdown escapes dropped, white space as single spaces. */
function shown(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
}

/** Secrets of one person, found in the notes themselves: every `private:` text, and every text of feedback not given yet. */
function secretsOf(person: string): { privateTexts: string[]; notGiven: string[] } {
  const privateTexts: string[] = [];
  const notGiven: string[] = [];
  for (const name of readdirSync(join(notesRoot, person))) {
    const data = parse(readFileSync(join(notesRoot, person, name), 'utf8')) as Record<string, unknown> | null;
    if (typeof data?.private === 'string') privateTexts.push(data.private);
    for (const item of (data?.feedback ?? []) as Record<string, unknown>[]) {
      if (item.given !== 'not-yet') continue;
      for (const key of ['situation', 'behaviour', 'impact']) if (typeof item[key] === 'string') notGiven.push(item[key] as string);
    }
  }
  return { privateTexts, notGiven };
}

/** Pieces of a secret long enough to be its own (its lines and sentences), whitespace collapsed. */
function piecesOf(secret: string): string[] {
  return secret.split(/\n|(?<=[.!?])\s/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 12);
}

describe('one-on-one-coach review', () => {
  it('prints the review summary as Markdown and exits 0', () => {
    const { status, stdout, stderr } = review('amara-okafor', '--from', '2026-09-01', '--to', '2026-10-31');
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^# Review summary: Amara Okafor\n/);
    assert.match(stdout, /Period: 2026-09-01 to 2026-10-31, both days included\.\nPrivate notes are left out\./);
    assert.match(stdout, /## Fairness checks[\s\S]*## Cadence[\s\S]*## Feedback[\s\S]*## Topics[\s\S]*## Actions/);
  });

  it('the six months up to today by default', () => {
    const { status, stdout } = review('chen-wei');
    assert.equal(status, 0);
    assert.match(stdout, /Period: 2026-05-27 to 2026-11-27, both days included\./);
  });

  it('--include-private adds the private notes, each marked as private', () => {
    const { status, stdout } = review('ben-hughes', '--include-private');
    assert.equal(status, 0);
    assert.match(stdout, /Private notes are included, each marked as private\./);
    assert.match(stdout, /## Private notes\n/);
    assert.match(stdout, /- \*\*Private\*\*, 2026-10-06 · \[2026-10-06\.yaml, line 12\]\(ben-hughes\/2026-10-06\.yaml#L12\): He was embarrassed, not defensive\./);
  });

  it('a reversed period and a bad date are usage errors (exit 2) with clear messages', () => {
    const reversed = review('ben-hughes', '--from', '2026-11-01', '--to', '2026-06-01');
    assert.equal(reversed.status, 2);
    assert.equal(reversed.stdout, '');
    assert.match(reversed.stderr, /^one-on-one-coach: the period ends \(2026-06-01\) before it starts \(2026-11-01\)\n/);
    const bad = review('ben-hughes', '--from', '2026-02-30');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^one-on-one-coach: --from: 2026-02-30 is not a real date: February 2026 has 28 days\n/);
    const notADate = review('ben-hughes', '--to', 'last week');
    assert.equal(notADate.status, 2);
    assert.match(notADate.stderr, /--to: "last week" is not a date; write it as YYYY-MM-DD/);
  });

  describe('privacy on the sample team', () => {
    const people = readdirSync(notesRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    it('the sample has private notes and feedback not given yet to look for', () => {
      assert.equal(people.length, 4);
      assert.ok(people.flatMap((p) => secretsOf(p).privateTexts).length >= 10);
      assert.ok(people.flatMap((p) => secretsOf(p).notGiven).length >= 1);
    });
    for (const person of people) {
      it(`${person}: no private text and no text of feedback not given yet, unless private notes are asked for`, () => {
        const { privateTexts, notGiven } = secretsOf(person);
        for (const period of [[], ['--from', '2026-01-01', '--to', '2026-12-31']]) {
          const { status, stdout } = review(person, ...period);
          assert.equal(status, 0);
          const out = shown(stdout);
          for (const secret of [...privateTexts, ...notGiven]) {
            for (const piece of piecesOf(secret)) assert.ok(!out.includes(piece), `${person} ${period.join(' ')}: "${piece}" is in the review`);
          }
          // With private notes asked for, private text shows (so the search above can find it), and feedback not given yet still does not.
          const withPrivate = shown(review(person, ...period, '--include-private').stdout);
          for (const secret of privateTexts) assert.ok(withPrivate.includes(secret.replace(/\s+/g, ' ').trim()), `${person}: private text missing with --include-private`);
          for (const secret of notGiven) for (const piece of piecesOf(secret)) assert.ok(!withPrivate.includes(piece), `${person}: "${piece}" shows with --include-private`);
        }
      });
    }
  });
});
