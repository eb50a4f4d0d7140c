// One edit through to every updated model, as the extension drives it (src/notes/notesService.ts): the
// editor's text of a 1:1 goes to CheckedNotes.update with keepLastGood, then the views recompute what
// the change names (viewModels.ts). Each edit adds an action item to a 1:1 picked at random.
import { performance } from 'node:perf_hooks';
import { classifyNotesFile } from '../src/core/reading/layout';
import { personIdOf } from '../src/core/workspace/attention';
import type { CheckedNotes } from '../src/core/workspace/checkedNotes';
import { CTX, EDITS, SEED } from './config';
import type { NotesText } from './floors';
import { seededRandom } from './random';
import { ViewModels } from './viewModels';

/** An edit as the benchmark makes it: an action item added to a 1:1 picked at random (the i-th edit). */
export function benchEdits(texts: readonly NotesText[], seed = SEED): (i: number) => { file: string; next: string } {
  const r = seededRandom(seed);
  const oneOnOnes = texts.filter((t) => classifyNotesFile(t.file).kind === 'oneOnOne');
  return (i) => {
    const { file, text } = r.pick(oneOnOnes);
    const next = `${text}${text.includes('\nactions:') ? '' : 'actions:\n'}  - text: Follow up on the benchmark edit ${i}\n    owner: me\n    due: 2030-01-0${1 + (i % 9)}\n`;
    return { file, next };
  };
}

/** The ms of each edit, from the editor's text to the last view model. */
export function editSamples(notes: CheckedNotes, texts: readonly NotesText[]): number[] {
  const edit = benchEdits(texts);
  const views = new ViewModels(notes, CTX);
  const samples: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const { file, next } = edit(i);
    const start = performance.now();
    const files = notes.update(file, next, CTX, { keepLastGood: true });
    views.refresh(files, personIdOf(file));
    samples.push(performance.now() - start);
  }
  return samples;
}
