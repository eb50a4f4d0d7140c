// The command line: `one-on-one-coach check [folder]`, and the documents about one person (`brief`,
// `agenda`, `review`; see cli/personCommands.ts). Parses arguments and wires the core (checkFolder.ts)
// to a report (core/report/) or a document (core/documents/); everything that understands notes lives
// in the core.
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import type { Rule } from './core/checks/rule';
import { checkNotesRoot, DEFAULT_NOTES_FOLDER, resolveNotesRoot } from './core/workspace/checkFolder';
import { readFolderSettings } from './core/workspace/workspaceSettings';
import { allRules } from './core/checks/registry';
import { severityProblems } from './core/checks/severityProblems';
import { isoDateProblem, todayIso } from './core/dates';
import { formatJsonReport } from './core/report/jsonReport';
import { formatTextReport, summaryLine, type DisplayPath } from './core/report/textReport';
import { visibleText } from './core/report/visibleText';
import { loadPersonNotes } from './core/documents/loadPerson';
import { reviewPeriodOf } from './core/documents/reviewPeriod';
import { PERSON_COMMANDS } from './cli/personCommands';
import { DEFAULT_FAIL_ON, failsOn, FAIL_ON_LEVELS, isFailOn } from './cli/failOn';

const personUsage = Object.entries(PERSON_COMMANDS)
  .map(([name, c]) => `       one-on-one-coach ${name} <person> [folder]${c.takesPeriod ? ' [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--include-private]' : ''}\n`)
  .join('');
const personHelp = Object.entries(PERSON_COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)}${c.summary}\n`)
  .join('');

export const USAGE = `Usage: one-on-one-coach check [folder] [options]
${personUsage}
Checks the 1:1 notes in folder (default: the current folder): its ${DEFAULT_NOTES_FOLDER}/ folder
when there is one, else the folder itself when it holds person folders. The folder's
.vscode/settings.json applies as in VS Code (oneOnOneCoach.notesRoot, thresholds, severity).
The notes folder must lie inside folder (no .., no link that leads out) and hold notes.
${personHelp ? `\nDocuments about one person, as Markdown on stdout (person: the folder name, or the name):\n${personHelp}` : ''}
Options:
  --notes-root <path>   the notes folder inside folder (default: the setting, else ${DEFAULT_NOTES_FOLDER})
  --format text|json    text (default): file:line:col severity rule-id message; json: an array
  --today YYYY-MM-DD    check as of this day (default: today)
  --fail-on error|warning|never
                        check: what makes it exit 1 (default: ${DEFAULT_FAIL_ON}, so a warning such as
                        an overdue 1:1, which only says time has passed, does not stop a commit)
  --from, --to          review: the period, both days included (default: the six months up to today)
  --include-private     review: include private notes (default: left out)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 nothing that fails the run (see --fail-on; hints and info never do), 1 errors
found (or warnings too, with --fail-on warning), 2 usage error, including a notes folder that is
outside folder or holds no notes.
The summary line goes to stderr; stdout holds only the findings, one a line, with control
characters written as escapes (\\x1b) and long messages cut.
`;

export interface CliIo {
  /** The folder that relative paths start from, in arguments and in the output. */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today, when --today is not given (default: the local date). */
  readonly today?: () => string;
  /** The coaching rules to run (default: every registered rule); tests pass their own. */
  readonly rules?: readonly Rule[];
}

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

function usageError(io: CliIo, message: string): number {
  io.stderr(`one-on-one-coach: ${visibleText(message)}\nRun one-on-one-coach --help for usage.\n`);
  return EXIT_USAGE;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      'notes-root': { type: 'string' },
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      'fail-on': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'include-private': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** Runs the command line on `argv` (without node and the script); returns the exit status. */
export function main(argv: readonly string[], io: CliIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // node:util explains at length how to pass a positional that starts with '-'; the option is enough.
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message);
    return usageError(io, unknown ? `unknown option ${unknown[1]}` : (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) {
    io.stdout(values.help ? USAGE : `${version}\n`);
    return EXIT_OK;
  }
  const [command] = positionals;
  const names = ['check', ...Object.keys(PERSON_COMMANDS)];
  if (command === undefined) return usageError(io, `missing the command: ${names.join(', ')}`);
  if (!names.includes(command)) return usageError(io, `unknown command ${JSON.stringify(command)}; the commands are ${names.join(', ')}`);
  const personCommand = PERSON_COMMANDS[command];
  const [person, folderArg, ...extra] = personCommand ? positionals.slice(1) : [undefined, ...positionals.slice(1)];
  if (personCommand && person === undefined) return usageError(io, `${command}: missing the person (a folder name in the notes folder)`);
  if (extra.length) return usageError(io, `one folder at a time; unexpected ${extra.map((e) => JSON.stringify(e)).join(' ')}`);
  const periodOptions = (['from', 'to', 'include-private'] as const).filter((o) => values[o] !== undefined);
  if (!personCommand?.takesPeriod && periodOptions.length) return usageError(io, `--${periodOptions[0]} is for review only`);
  if (personCommand && values.format !== 'text') return usageError(io, `${command} prints Markdown; --format is for check`);
  if (values.format !== 'text' && values.format !== 'json') return usageError(io, `--format is text or json, not ${JSON.stringify(values.format)}`);
  const failOn = values['fail-on'] ?? DEFAULT_FAIL_ON;
  if (personCommand && values['fail-on'] !== undefined) return usageError(io, `${command} prints Markdown; --fail-on is for check`);
  if (!isFailOn(failOn)) return usageError(io, `--fail-on is ${FAIL_ON_LEVELS.slice(0, -1).join(', ')} or ${FAIL_ON_LEVELS.at(-1)}, not ${JSON.stringify(failOn)}`);
  const today = values.today ?? (io.today ?? todayIso)();
  const dateProblem = isoDateProblem(today);
  if (dateProblem !== undefined) return usageError(io, `--today: ${dateProblem}`);
  const period = personCommand?.takesPeriod ? reviewPeriodOf(today, values.from, values.to) : undefined;
  if (period && 'problem' in period) return usageError(io, period.problem);

  const folder = resolve(io.cwd, folderArg ?? '.');
  // The folder's VS Code settings apply here too: its notes folder, thresholds and severities.
  const settings = readFolderSettings(folder);
  if (settings.problem) io.stderr(`${visibleText(settings.problem)}\n`);
  for (const problem of severityProblems(settings.severity, (io.rules ?? allRules).map((r) => r.id))) io.stderr(`.vscode/settings.json: ${visibleText(problem)}\n`);
  const resolution = resolveNotesRoot(folder, values['notes-root'] ?? settings.notesRoot);
  if (!resolution.ok) return usageError(io, resolution.problem);
  const { root } = resolution;
  const ctx = { today, settings: settings.checks };
  if (personCommand && person !== undefined) {
    const found = loadPersonNotes(root, person);
    if ('problem' in found) return usageError(io, `${command}: ${found.problem}`);
    const includePrivate = values['include-private'] ?? false;
    io.stdout(personCommand.write({ notes: found.notes, ctx }, period && !('problem' in period) ? { ...period, includePrivate } : undefined));
    return EXIT_OK;
  }
  const { findings } = checkNotesRoot(root, ctx, io.rules);

  const displayPath: DisplayPath = (notesPath) => relative(io.cwd, join(root, notesPath)).split(sep).join('/') || '.';
  io.stdout(values.format === 'json' ? formatJsonReport(findings, displayPath) : formatTextReport(findings, displayPath));
  io.stderr(`${summaryLine(findings)}\n`);
  return failsOn(findings, failOn) ? EXIT_FOUND : EXIT_OK;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
