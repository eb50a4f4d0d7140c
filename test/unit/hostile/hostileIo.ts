// What the hostile-input suites share: writing a file (its folders too), and running the command line
// in a folder with its output captured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { main } from '../../../src/cli';

export function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The command line run in `cwd` on 27 November 2026: exit status, stdout and stderr. */
export function cli(argv: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { cwd, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, today: () => '2026-11-27' });
  return { code, out, err };
}
