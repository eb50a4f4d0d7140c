// While a notes file does not read (a YAML mistake typed in an editor), the index keeps the last version
// of it that read cleanly: its data, and so the coaching findings on it, stay. The file's own findings are
// the broken version's (the mistakes show as usual), plus one note that says where the coaching comes
// from. Only a file that was read cleanly before has one: on disk at start, and in the command line,
// nothing changes.
import { FILE_START, type Finding } from '../findings';
import type { LoadedFile } from '../reading/loadedFile';
import { lazySpans, packedSpansOf, withoutSpans } from '../reading/packedSpans';

export const LAST_GOOD_CODE = 'format/last-good';

const NOTE = 'The coaching findings on this file come from its last version that read cleanly; they follow the text again once the mistakes in it are fixed.';

/** Whether a loaded file did not read because of a YAML mistake. */
export function hasSyntaxError(loaded: LoadedFile): boolean {
  return loaded.findings.some((f) => f.code === 'format/syntax' && f.severity === 'error');
}

/** `good`'s data and places, with the findings of `broken` and the note. */
export function lastGoodStandIn(good: LoadedFile, broken: LoadedFile): LoadedFile {
  const note: Finding = { code: LAST_GOOD_CODE, severity: 'info', message: NOTE, summary: 'From the last version that read', file: broken.file, range: FILE_START };
  const standIn = { ...withoutSpans(good), findings: [note, ...broken.findings] };
  const packed = packedSpansOf(good);
  if (packed) return lazySpans(standIn, packed.paths, packed.packed) as LoadedFile;
  return Object.defineProperty(standIn, 'spans', { enumerable: true, get: () => good.spans }) as unknown as LoadedFile;
}
