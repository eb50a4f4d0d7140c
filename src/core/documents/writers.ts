// What the editor asks of the documents: the briefing, the shareable agenda and the review summary as
// Markdown, with the helpers their commands need; and the pictures' data (the team at a glance, a
// person's history, the coaching habits), which rest on the same review scope. The extension loads this on first use, as a file of its
// own (src/documents/documentWriters.ts), so nothing here may keep state the rest of the extension reads.
export { writeShareableAgenda } from './agenda/shareableAgenda';
export { writeBriefing } from './briefing/briefingMarkdown';
export { parseLineTarget, retargetLineLinks } from './markdown';
export { writeReviewSummary } from './review/reviewSummary';
export * as pictures from '../pictures/pictures';
