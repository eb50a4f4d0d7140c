// Word lists for escalation/vague-expectation. Plain data: phrases are matched as whole words,
// case-insensitive, with any run of spaces or hyphens between their words and an optional plural s.

/** Documents an expectation can point at instead of stating itself. */
export const POINTERS: readonly string[] = [
  'job description', 'job spec', 'role description', 'role profile', 'as per role', 'as per the role',
  'career ladder', 'engineering ladder', 'job ladder', 'ladder', 'career framework', 'progression framework',
  'competency matrix', 'competency framework', 'level guide', 'levelling guide', 'leveling guide',
  'level expectations', 'levels doc', 'expectations doc', 'expectations document', 'expectations page',
  'policy', 'policies', 'handbook', 'rubric',
];

/** Words that hand the meaning over to a document; what follows them in the same clause is the pointer. */
export const REFERENCE_LEADS: readonly string[] = [
  'as described in', 'described in', 'as defined in', 'defined in', 'as set out in', 'set out in',
  'as outlined in', 'outlined in', 'as stated in', 'as per', 'per the', 'per your', 'according to',
  'in line with', 'in accordance with', 'as in the', 'like in the',
];

/** A clause that starts with one of these only refers elsewhere ("see the Collaboration row"). */
export const REFERENCE_OPENERS: readonly string[] = ['see', 'cf', 'refer to', 'check out', 'look at'];

/** Words that carry no description of good work on their own. */
export const EMPTY_WORDS: readonly string[] = [
  // grammar
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'as', 'at', 'by', 'with',
  'that', 'this', 'it', 'its', 'your', 'you', 'our', 'we', 'his', 'her', 'their', 'my', 'also', 'there', 'from',
  // talk about expectations rather than the expectation itself
  'what', 'good', 'looks', 'like', 'says', 'say', 'said', 'expectation', 'expectations', 'expected', 'level',
  'levels', 'role', 'standard', 'standards', 'meet', 'meets', 'meeting', 'follow', 'following', 'written',
  'documented', 'described', 'defined', 'row', 'section', 'page', 'doc', 'link',
];

/** An expectation with fewer words that describe the work than this only points elsewhere. */
export const MIN_DESCRIBING_WORDS = 3;
