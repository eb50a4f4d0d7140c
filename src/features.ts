import { sampleNotesCommand } from './commands/openSampleNotes';
import { problems } from './diagnostics/problems';
import type { Feature } from './services';
import { peopleView } from './sidebar/peopleView';

/** Every feature of the extension, wired in this order by activate(). */
export const features: readonly Feature[] = [problems, peopleView, sampleNotesCommand];
