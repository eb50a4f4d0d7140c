// A hint for YAML files under the notes root that 1:1 Coach does not read, so a misnamed file
// (`Person.yaml`, `2026-3-4.yaml`, `notes/2026-03-04.yaml`) does not go unnoticed.
import { didYouMean } from '../didYouMean';
import { FILE_START, type Finding } from '../findings';
import { FEEDBACK_LOG_FILE, PERSON_FILE } from './layout';

const READ_NAMES = `${PERSON_FILE}, ${FEEDBACK_LOG_FILE} and YYYY-MM-DD.yaml`;

/** At most one hint for a file outside the layout; none for files that are not YAML or sit in dot-folders. */
export function outsideLayoutFindings(file: string): Finding[] {
  const parts = file.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  const name = parts[parts.length - 1] ?? '';
  if (!/\.ya?ml$/i.test(name) || parts.some((p) => p.startsWith('.'))) return [];
  let message: string;
  if (parts.length === 2) {
    const meant = didYouMean(name.replace(/\.yml$/i, '.yaml'), [PERSON_FILE, FEEDBACK_LOG_FILE]);
    message = meant
      ? `1:1 Coach ignores \`${name}\`: did you mean \`${meant}\`?`
      : `1:1 Coach ignores \`${name}\`: in a person's folder it reads ${READ_NAMES} (a 1:1 named by its date, e.g. 2026-03-04.yaml).`;
  } else {
    message = `1:1 Coach ignores this file: it reads only files directly inside a person's folder (<person>/${READ_NAMES}).`;
  }
  return [{ code: 'format/outside-layout', severity: 'hint', message, file, range: FILE_START }];
}
