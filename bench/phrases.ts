// Word pools for the generated notes: enough variety that files differ the way real notes do.

export const FIRST_NAMES = [
  'Ada', 'Amara', 'Ben', 'Chen', 'Dana', 'Elif', 'Farah', 'Goran', 'Hana', 'Ines', 'Jonas', 'Kemi', 'Luis', 'Maya',
  'Nikhil', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Yusuf', 'Zoë',
] as const;

export const LAST_NAMES = [
  'Okafor', 'Hughes', 'Wei', 'Kowalski', 'Martin', 'Novak', 'Silva', 'Haddad', 'Berg', 'Tanaka', 'Mensah', 'Rossi',
  'Larsen', 'Fischer', 'Moreau', 'Kaur', 'Ivanova', 'Duarte',
] as const;

export const ROLES = [
  'Engineer, Payments', 'Senior engineer, Platform', 'Staff engineer, Data', 'Tech lead, Mobile',
  'Engineer, Growth', 'Site reliability engineer', 'Senior engineer, Search', 'Engineer, Billing',
] as const;

export const AGENDA = [
  'the release train for next week', 'on-call load this month', 'career conversation: next level',
  'feedback from the design review', 'hiring loop for the backend role', 'conference talk proposal',
  'the migration to the new queue', 'pairing with the new joiner', 'holiday cover in August',
  'incident review follow-ups', 'team health check results', 'roadmap for next quarter',
] as const;

export const NOTES = [
  'Walked through the release plan; two risks named, both with an owner.',
  'Talked about the on-call rota and how to spread the night pages more evenly.',
  'Shared the outcome of the planning session; the team takes the search rework first.',
  'Agreed to move the migration cut-over by one week to fit the freeze.',
  'Discussed the promotion packet and which projects show the next level best.',
  'Reviewed last sprint: the estimate was off by a third, mostly because of review waits.',
  'Went over the hiring loop; the take-home exercise needs a shorter version.',
] as const;

export const PRIVATE = [
  'Seemed tired; the move to the new flat is this month.',
  'Mentioned interest in the platform team; keep it in mind for the reorg.',
  'Quieter than usual. Ask about workload next time, gently.',
] as const;

export const SITUATIONS = [
  'Tuesday stand-up', 'the payments outage on Monday', 'review of the ledger pull request',
  'the architecture guild', 'the customer call with support', 'sprint planning', 'the incident retro',
  'the onboarding of two new engineers',
] as const;

export const POSITIVE_BEHAVIOURS = [
  'Posted a clear status update every twenty minutes without being asked.',
  'Explained the trade-offs of the queue design with numbers before anyone asked.',
  'Paired with the new joiner on their first deploy and wrote down the steps.',
  'Flagged the scope risk two weeks before the deadline, with two options.',
  'Turned a vague bug report into a reproducible test case within the hour.',
] as const;

export const CORRECTIVE_BEHAVIOURS = [
  'Merged the change without a second review on a Friday evening.',
  'Left review comments such as "this is wrong" with no explanation.',
  'Handed over the incident by direct message with no summary of what had been tried.',
  'Committed to the date in planning without checking the dependency on the data team.',
  'Missed the hand-off note for the third shift in a row.',
] as const;

export const IMPACTS = [
  'Support could answer customers without chasing engineers.',
  'The next on-call repeated two rollbacks and lost forty minutes.',
  'The team agreed in one session instead of the usual three.',
  'The author rewrote the change twice guessing what was meant.',
  'The release slipped by two days and the launch email had to move.',
] as const;

export const TOPICS = [
  ['code-review-latency', 'Code review latency'],
  ['incident-handoffs', 'Incident hand-offs'],
  ['estimates', 'Estimates in planning'],
  ['review-tone', 'Tone in code reviews'],
  ['test-coverage', 'Tests for new code'],
  ['meeting-prep', 'Preparing for design reviews'],
  ['ticket-hygiene', 'Keeping tickets current'],
  ['deploy-discipline', 'Deploy checklist'],
] as const;

export const EXPECTATIONS = [
  'A first response on every review request within one working day, even if it is only "looking tomorrow".',
  'Every incident hand-off has a short written summary: what happened, what was tried, what is next.',
  'Estimates in planning name their assumptions and the dependencies they rely on.',
] as const;

export const QUESTIONS = [
  'What does a good week of reviews look like for you?',
  'What got in the way last time?',
  'What would make this easier to do at the end of a long day?',
  'How did you see the situation on Thursday?',
  'What would help you most from me?',
] as const;

export const BARRIERS = [
  'Review requests arrive in three different channels',
  'Meetings fill the afternoons, when most requests come in',
  'The template lives in a wiki page nobody can find during an incident',
  'Dependencies on other teams are not visible in the planning board',
] as const;

export const ACTIONS = [
  'Share the draft of the design doc', 'Book the pairing session with the new joiner',
  'Ask the data team for the dependency list', 'Write up the incident timeline',
  'Review the promotion packet draft', 'Pin the hand-off template in the incident channel',
  'Move the review reminders into one channel', 'Send the conference proposal for review',
] as const;
