/**
 * Blameless-language hints for postmortem text. They point at wording, never rewrite it: the
 * author decides. Offsets are UTF-16 code units into the text as given (what `String#slice`, a
 * textarea's selection and most editors use), so `text.slice(start, end) === phrase`.
 */
export interface BlamelessFinding {
  /** The words found, exactly as written (original casing). */
  phrase: string;
  start: number;
  end: number;
  /** One sentence: why the wording works against a blameless review. */
  why: string;
  /** A concrete rewording or question to ask instead. */
  suggestion: string;
}

// A word continues across letters, digits, underscores and hyphens: "blame-proof", "no-blame" and
// "human-in-the-loop" are words of their own, so a pattern never matches inside them.
const WORD_CHAR = '[\\p{L}\\p{N}_-]';
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;
const APOSTROPHE = "['’]";
/** "no blame", "not to blame", "nobody is to blame", "don't blame": blameless, not blaming. */
const NEGATION = `(?:\\bno|\\bnot|n${APOSTROPHE}t|\\bwithout|\\bnobody|\\bno\\s+one|\\bnever)\\s+(?:(?:is|was|are|were|be)\\s+)?`;

interface Pattern {
  /** The phrase itself; word boundaries are added around it. */
  source: string;
  /** Context before the phrase that makes it neutral. */
  notAfter?: string;
  /** Context after the phrase that makes it neutral. */
  notBefore?: string;
  why: string;
  suggestion: string;
}

const PATTERNS: readonly Pattern[] = [
  {
    source: 'human[\\s-]+errors?',
    why: 'Calling it human error ends the inquiry exactly where it should begin.',
    suggestion:
      'Describe what in the system let this step go wrong, e.g. “the deploy tool allowed …”',
  },
  {
    source: 'careless(?:ly|ness)?',
    why: "Judges someone's care; postmortems describe conditions, not character.",
    suggestion:
      'Describe what made the slip easy, e.g. “the console accepted … without a confirmation”',
  },
  {
    // "should have" about the past is hindsight; "every service should have an owner" is a plan.
    source: `should(?:n${APOSTROPHE}t|\\s+not)?(?:\\s+have|${APOSTROPHE}ve)`,
    notBefore:
      '\\s+(?:a|an|the|no|some|any|more|fewer|less|enough|its|their|our|this|that|these|those|each|every|one|two|at\\s+least)' +
      AFTER,
    why: 'Hindsight: it judges a past decision with knowledge nobody had at the time.',
    suggestion: 'State what would have helped, e.g. “an alert on X would have shown …”',
  },
  {
    source: 'failed\\s+to',
    why: "Frames the outcome as someone's failure instead of describing what happened.",
    suggestion:
      'Say what happened and why it made sense then, e.g. “the check did not run because …”',
  },
  {
    source: 'forg(?:ot|otten)\\s+to',
    why: 'Blames memory; a safe process does not depend on someone remembering.',
    suggestion: 'Name the missing safeguard, e.g. “no checklist step or reminder covered …”',
  },
  {
    source: 'neglected\\s+to',
    why: 'Implies a duty ignored instead of explaining why the step was skipped.',
    suggestion: 'Ask what made the step easy to skip, e.g. “the runbook did not mention …”',
  },
  {
    source: 'negligen(?:t|ce)',
    why: 'An accusation that invites defence rather than learning.',
    suggestion: 'Describe the gap in the process, e.g. “reviews did not require …”',
  },
  {
    source: 'sloppy',
    notBefore: `\\s+quorums?${AFTER}`, // a Dynamo-style replication term
    why: "Judges the quality of someone's work instead of the conditions around it.",
    suggestion: 'Describe what the work lacked and why, e.g. “the change had no test because …”',
  },
  {
    source: 'incompeten(?:t|ce)',
    why: "Attacks a person's ability, and people stop sharing what really happened.",
    suggestion:
      'Describe the knowledge or tooling that was missing, e.g. “the on-call guide did not cover …”',
  },
  {
    source: 'lazy|laziness',
    notBefore: `\\s+(?:load|loads|loading|loaded|loader|evaluation|evaluated|init|initiali[sz](?:ation|ed)|instantiation|fetch|fetching|import|imports)${AFTER}`,
    why: 'Attributes the outcome to character rather than to workload or incentives.',
    suggestion:
      'Ask what pressures shaped the choice, e.g. “with three pages open, the check was skipped because …”',
  },
  {
    source: 'to\\s+blame',
    notAfter: NEGATION,
    why: 'Looks for someone at fault; the review asks how the system allowed this.',
    suggestion:
      'Ask what made the action reasonable at the time, e.g. “what did the operator see when …?”',
  },
  {
    source: 'blamed?',
    notAfter: `(?:${NEGATION}|\\bto\\s+|\\bgit\\s+)`, // `git blame` is a command
    why: 'Looks for someone at fault; the review asks how the system allowed this.',
    suggestion:
      'Ask what made the action reasonable at the time, e.g. “what did the operator see when …?”',
  },
  {
    source: 'fault\\s+of',
    notAfter: '\\bno\\s+', // "through no fault of their own"
    why: 'Assigns fault instead of explaining how the failure came about.',
    suggestion:
      'Describe the contributing conditions, e.g. “the retry policy combined with … led to …”',
  },
  {
    source: `(?:didn${APOSTROPHE}t|did\\s+not)\\s+bother`,
    why: 'Guesses at motive and implies indifference instead of describing the situation.',
    suggestion:
      'Describe what made the step seem unnecessary, e.g. “the warning looked like the usual noise because …”',
  },
];

const MEMBER_WHY = 'Names a person as the cause; postmortems look for conditions, not culprits.';
const MEMBER_SUGGESTION =
  'Name the action and the conditions, not the person, e.g. “the migration ran without a dry run”';
const CAUSAL_VERB =
  '(?:caused|broke|forgot|failed|messed\\s+up|screwed\\s+up|deleted|pushed|missed)';
const CAUSAL_ADVERB = '(?:accidentally|mistakenly|inadvertently)';
const CAUSED_BY = '(?:caused\\s+by|because\\s+of|due\\s+to|thanks\\s+to)';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The ways a member can be named: the full name, and the first name alone when the full name has
 * several words and the first has at least three letters ("Sam Lee" → "Sam Lee", "Sam"; "Jo Park"
 * → "Jo Park" only). Blank names are ignored; case-insensitive duplicates are named once.
 */
function nameForms(memberNames: readonly string[]): string[] {
  const forms = new Map<string, string>();
  for (const name of memberNames) {
    const words = name.trim().split(/\s+/u).filter(Boolean);
    if (words.length === 0) continue;
    const candidates = [words.join(' ')];
    const first = words[0]!;
    if (words.length > 1 && (first.match(/\p{L}/gu) ?? []).length >= 3) candidates.push(first);
    for (const c of candidates) forms.set(c.toLowerCase(), c);
  }
  return [...forms.values()];
}

function memberPatterns(memberNames: readonly string[]): Pattern[] {
  return nameForms(memberNames).flatMap((form) => {
    const name = form.split(' ').map(escapeRegExp).join('\\s+');
    const possessive = /s$/i.test(form) ? `${APOSTROPHE}s?` : `${APOSTROPHE}s`;
    return [
      `${name}(?:\\s+${CAUSAL_ADVERB})?\\s+${CAUSAL_VERB}`,
      `${CAUSED_BY}\\s+${name}`,
      `${name}${possessive}\\s+(?:mistake|error|fault)`,
    ].map((source) => ({ source, why: MEMBER_WHY, suggestion: MEMBER_SUGGESTION }));
  });
}

function compile(p: Pattern): RegExp {
  const notAfter = p.notAfter ? `(?<!${p.notAfter})` : '';
  const notBefore = p.notBefore ? `(?!${p.notBefore})` : '';
  return new RegExp(`${notAfter}${BEFORE}(?:${p.source})${AFTER}${notBefore}`, 'giu');
}

const COMPILED = PATTERNS.map((p) => ({ ...p, regex: compile(p) }));

/**
 * Blaming language in `text`, in text order: "human error", "careless", hindsight ("should
 * have"), "failed to", "forgot to", "neglected to", "negligent", "sloppy", "incompetent", "lazy",
 * "blame"/"to blame", "fault of", "didn't bother", and a member named as the cause ("Sam broke",
 * "caused by Sam Lee", "Sam's mistake"). Matching is case-insensitive and on whole words; a
 * hyphenated compound is one word ("blame-proof", "no-blame" are not findings). Where patterns
 * overlap, the longest is reported once ("Sam forgot" rather than "forgot to" in "Sam forgot to").
 *
 * Deliberately quiet on neutral uses: "error rate", "should the queue fill", "failed requests",
 * "a plan that every service should have an owner", "lazy loading", "sloppy quorum", "git blame",
 * "no one is to blame", "through no fault of their own". It is a hint for the author, so when in
 * doubt it stays silent rather than nag.
 */
export function blamelessFindings(
  text: string,
  memberNames: readonly string[] = [],
): BlamelessFinding[] {
  const patterns = [
    ...COMPILED,
    ...memberPatterns(memberNames).map((p) => ({ ...p, regex: compile(p) })),
  ];
  const candidates: BlamelessFinding[] = [];
  for (const { regex, why, suggestion } of patterns) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      candidates.push({ phrase: m[0], start, end: start + m[0].length, why, suggestion });
    }
  }

  // Longest first (then earliest); keep a candidate only if it overlaps nothing already kept.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: BlamelessFinding[] = [];
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
