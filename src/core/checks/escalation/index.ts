// The escalation rules of the three-stage model (coaching-model.md, section 3), in the order the
// docs list them; the episode helpers the editor reuses are in episodes.ts.
import type { Rule } from '../rule';
import { emptyStage } from './emptyStage';
import { missedReview } from './missedReview';
import { waitingForSettledIds } from './settledIds';
import { skippedStage } from './skippedStage';
import { stuckStage } from './stuckStage';
import { vagueExpectation } from './vagueExpectation';

// Each waits while a topic id is in doubt (settledIds.ts).
export const escalationRules: readonly Rule[] = [skippedStage, stuckStage, emptyStage, missedReview, vagueExpectation].map(waitingForSettledIds);

export { episodesOf, expectedStance, isReviewOnly, type Episode } from './episodes';
