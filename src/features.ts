import type { Feature } from './services';
import { peopleView } from './sidebar/peopleView';
import { sampleNotesCommand } from './commands/openSampleNotes';

/** Every feature of the extension, wired in this order by activate(). */
export const features: readonly Feature[] = [peopleView, sampleNotesCommand];
