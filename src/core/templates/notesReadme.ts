// The README.md written into a new notes folder: the layout in a few lines, in our own words.

export function notesReadmeText(rootName: string): string {
  return `# 1:1 notes

This folder holds the notes of your 1:1s, one sub-folder per person. 1:1 Coach
reads them and points out where the conversations drift from good coaching
practice. The files are plain YAML: they stay in this repository and never leave
your machine.

\`\`\`text
${rootName}/
  <person-id>/                 one folder per person; the folder name is their id
    person.yaml                name, role, how often you meet
    2026-03-04.yaml            one file per 1:1, named by its date
    2026-03-04b.yaml           a second 1:1 on the same day
    feedback.yaml              feedback given (or still to give) between 1:1s
\`\`\`

Start with **1:1 Coach: Add Person…**, then **1:1 Coach: New 1:1 with…** before
each conversation: it carries over open topics, feedback to follow up and open
action items. **1:1 Coach: Log Feedback Now…** writes feedback down the moment
it happens. Every key is optional except a few; leave empty what does not apply.
`;
}
