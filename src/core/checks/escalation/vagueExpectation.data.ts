// Word lists for escalation/vague-expectation. Plain data: phrases are matched as whole words,
// case-insensitive, with any run of spaces or hyphens between their words and an optional plural s.
// In a level name, `#` stands for its number (`L#` reads L4, L12).

/** Documents an expectation can point at instead of stating itself, by their own names. */
export const POINTERS: readonly string[] = [
  'job description', 'JD', 'job spec', 'role description', 'role profile', 'as per role', 'as per the role',
  'career ladder', 'engineering ladder', 'eng ladder', 'job ladder', 'promo ladder', 'IC ladder', 'career framework',
  'progression framework', 'competency matrix', 'competencies matrix', 'skills matrix', 'competency framework',
  'level guide', 'levelling guide', 'leveling guide', 'level expectations', 'levels doc', 'levelling doc',
  'leveling doc', 'expectations doc', 'expectations document', 'expectations page', 'promo doc', 'promotion doc',
  'promo criteria', 'promotion criteria', 'process doc', 'policy', 'policies', 'handbook', 'rubric',
];

/** How a pointer is named in the message when its written name is an abbreviation. */
export const POINTER_NAMES: Readonly<Record<string, string>> = {
  jd: 'job description',
  jds: 'job descriptions',
  'eng ladder': 'engineering ladder',
  'as per role': 'role',
  'as per the role': 'role',
};

/**
 * Words that name such a document only in some sentences ("a ladder from facilities", "the CI
 * matrix"), with the name the message gives them. They count after a reference lead or a clause
 * opener ("per the ladder", "see the matrix"), before a verb that makes them speak ("what the ladder
 * says"), or as the whole expectation ("The matrix.").
 */
export const SOMETIMES_POINTERS: Readonly<Record<string, string>> = {
  ladder: 'career ladder',
  matrix: 'competency matrix',
  framework: 'career framework',
  bar: 'bar',
};

/** Verbs after which a word of SOMETIMES_POINTERS speaks for a document: "the ladder says" (or "the ladder's"). */
export const SPEAKING_VERBS: readonly string[] = [
  'says', 'said', 'say', 'asks for', 'asks', 'expects', 'wants', 'describes', 'lists', 'requires', 'calls for',
];

/** Levels of a career ladder, named by code or by seniority. */
export const LEVELS: readonly string[] = [
  'L#', 'E#', 'IC#', 'P#', 'M#', 'SWE#', 'level #', 'grade #', 'band #', 'next level', 'senior level',
  'staff level', 'principal level', 'junior level', 'mid level', 'your level', 'his level', 'her level',
  'their level', 'my level', 'same level',
];

/** Words before a level that make it the standard to meet: "at L5", "for his level", "expected of an L4". */
export const LEVEL_LEADS: readonly string[] = [
  'at', 'at the', 'for', 'for the', 'for a', 'for an', 'of a', 'of an', 'as a', 'as an', 'like a', 'like an', 'to the',
];

/** Whose bar it is: "the L4 bar", "the senior bar", "the level's bar", "the hiring bar". */
export const BAR_OWNERS: readonly string[] = [
  'L#', 'E#', 'IC#', 'P#', 'level #', 'senior', 'staff', 'principal', 'junior', 'mid level', 'level', 'next level',
  'hiring', 'promo', 'promotion',
];

/** Ways of writing a bar to meet without saying whose: "meet the bar", "raise the bar". */
export const BAR_PHRASES: readonly string[] = [
  'meet the bar', 'meets the bar', 'meeting the bar', 'raise the bar', 'raises the bar', 'raising the bar',
  'hit the bar', 'hits the bar', 'clear the bar', 'clears the bar', 'reach the bar', 'above the bar',
  'below the bar', 'up to the bar', 'our bar', 'the usual bar',
];

/** Words that hand the meaning over to a document; what follows them in the same clause is the pointer. */
export const REFERENCE_LEADS: readonly string[] = [
  'as described in', 'described in', 'as defined in', 'defined in', 'as set out in', 'set out in',
  'as outlined in', 'outlined in', 'as stated in', 'as per', 'per the', 'per your', 'per our', 'according to',
  'in line with', 'in accordance with', 'as in the', 'like in the', 'based on the',
];

/** A clause that starts with one of these only refers elsewhere ("see the Collaboration row", "per JD"). */
export const REFERENCE_OPENERS: readonly string[] = ['see', 'cf', 'refer to', 'check out', 'look at', 'read', 'per', 'as per'];

/**
 * Words right after a pointer that go on naming a part of it ("the matrix for Engineer II", "the
 * ladder's Collaboration row"): the rest of the clause is then the pointer too. After any other word,
 * the clause goes back to describing the work ("in the handbook within a day of each incident").
 */
export const PART_OF_POINTER: readonly string[] = ["'s", 'for', 'of', 'under', 'row', 'rows', 'section', 'column', 'page', 'chapter'];

/** Words that carry no description of good work on their own. */
export const EMPTY_WORDS: readonly string[] = [
  // grammar
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'as', 'at', 'by', 'with',
  'that', 'this', 'it', 'its', 'your', 'you', 'our', 'we', 'his', 'her', 'their', 'my', 'also', 'there', 'from',
  'which', 'should', 'must', 'now', 'all', 'everything', 'whatever', "what's", 'he', 'she', 'they', 'them', 'him',
  // talk about expectations rather than the expectation itself
  'what', 'good', 'looks', 'like', 'says', 'say', 'said', 'expectation', 'expectations', 'expected', 'level',
  'levels', 'role', 'standard', 'standards', 'meet', 'meets', 'meeting', 'follow', 'following', 'written',
  'documented', 'described', 'defined', 'row', 'section', 'page', 'doc', 'link', 'operate', 'operating',
  'perform', 'performing', 'act', 'acting', 'behave', 'next', 'per', 'same', 'usual',
  // reaching a bar
  'hit', 'hits', 'clear', 'clears', 'reach', 'reaches', 'raise', 'raises',
];

/** An expectation with fewer words that describe the work than this only points elsewhere. */
export const MIN_DESCRIBING_WORDS = 3;
