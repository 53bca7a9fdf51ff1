import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blamelessFindings } from './blameless.js';

const MEMBERS = ['Sam Lee', 'Jo Park', 'Priya'];
const phrases = (text: string, members: readonly string[] = MEMBERS) =>
  blamelessFindings(text, members).map((f) => f.phrase);

describe('blamelessFindings', () => {
  it.each([
    ['It was human error.', 'human error'],
    ['Two human errors compounded.', 'human errors'],
    ['a human-error ticket', 'human-error'],
    ['a careless change', 'careless'],
    ['the flag was carelessly flipped', 'carelessly'],
    ['carelessness in review', 'carelessness'],
    ['We should have caught it.', 'should have'],
    ["we should've rolled back", "should've"],
    ['we should’ve rolled back', 'should’ve'],
    ["they shouldn't have merged", "shouldn't have"],
    ['they should not have merged', 'should not have'],
    ['the on-call failed to escalate', 'failed to'],
    ['someone forgot to renew the certificate', 'forgot to'],
    ['had forgotten to renew', 'forgotten to'],
    ['the reviewer neglected to check', 'neglected to'],
    ['a negligent rollout', 'negligent'],
    ['this was negligence', 'negligence'],
    ['a sloppy migration', 'sloppy'],
    ['an incompetent fix', 'incompetent'],
    ['sheer incompetence', 'incompetence'],
    ['a lazy workaround', 'lazy'],
    ['We blame the vendor.', 'blame'],
    ['the intern was blamed', 'blamed'],
    ['who is to blame?', 'to blame'],
    ['it was the fault of the contractor', 'fault of'],
    ["they didn't bother to page", "didn't bother"],
    ['they did not bother to page', 'did not bother'],
    // A member named as the cause.
    ['Sam Lee caused the outage', 'Sam Lee caused'],
    ['Sam broke the build', 'Sam broke'],
    ['Sam forgot the flag', 'Sam forgot'],
    ['Sam failed the check', 'Sam failed'],
    ['then Sam messed up the config', 'Sam messed up'],
    ['Sam screwed up', 'Sam screwed up'],
    ['Sam accidentally deleted the table', 'Sam accidentally deleted'],
    ['Sam pushed a bad config', 'Sam pushed'],
    ['Sam missed the page', 'Sam missed'],
    ['an outage caused by Sam', 'caused by Sam'],
    ['an outage caused by Sam Lee', 'caused by Sam Lee'],
    ['rolled back because of Sam', 'because of Sam'],
    ['delayed due to Sam Lee', 'due to Sam Lee'],
    ['all thanks to Sam', 'thanks to Sam'],
    ["it was Sam's mistake", "Sam's mistake"],
    ['it was Sam Lee’s error', 'Sam Lee’s error'],
    ["it was Sam's fault", "Sam's fault"],
    ['Jo Park deleted the bucket', 'Jo Park deleted'],
    ['Priya pushed on Friday', 'Priya pushed'],
  ])('%j → %j', (text, phrase) => {
    expect(phrases(text)).toEqual([phrase]);
  });

  it.each([
    'the error rate rose to 5%',
    'should the queue fill, requests are shed',
    'failed requests were retried',
    'the failover failed over to region B',
    'a human-in-the-loop approval step',
    'we burned 40% of the error budget',
    'the change was carefully staged',
    'the deploy failed',
    'Sam rotated the keys at 10:02 as planned',
    'we will blame-proof the rollout with a canary', // a hyphenated compound is its own word
    'this is a no-blame review; blameless by design',
    'no one is to blame, and nobody was to blame',
    'we do not blame individuals',
    "don't blame the pager",
    'git blame shows the line is old',
    'through no fault of their own',
    'every service should have an owner and should have the runbook linked',
    'lazy loading of images; a lazy-loaded module',
    'a sloppy quorum kept writes available',
    'Jo rotated the keys', // "Jo" is too short to stand for "Jo Park"
    'the failed to-do list', // whole words only
    'thanks to the canary, impact stayed small',
    'Samuel broke nothing', // "Sam" is not "Samuel"
  ])('finds nothing in %j', (text) => {
    expect(blamelessFindings(text, MEMBERS)).toEqual([]);
  });

  it('keeps original casing and offsets, at the very start and end of the text', () => {
    const text = 'HUMAN ERROR, then Should Have checked; it was BLAMED';
    const findings = blamelessFindings(text);
    expect(findings.map(({ phrase, start, end }) => ({ phrase, start, end }))).toEqual([
      { phrase: 'HUMAN ERROR', start: 0, end: 11 },
      { phrase: 'Should Have', start: 18, end: 29 },
      { phrase: 'BLAMED', start: 46, end: 52 },
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('counts offsets in UTF-16 code units, across emoji and accents', () => {
    const text = '🔥 Incident café: 🔥 sloppy';
    const [finding] = blamelessFindings(text);
    expect(finding).toMatchObject({ phrase: 'sloppy', start: text.indexOf('sloppy') });
    expect(text.slice(finding!.start, finding!.end)).toBe('sloppy');
  });

  it('matches across line breaks and runs of spaces', () => {
    expect(phrases('we should\nhave paged; failed   to')).toEqual(['should\nhave', 'failed   to']);
  });

  it('orders several findings by where they start', () => {
    expect(
      phrases('Blame aside, Sam forgot the flag; it was careless and we failed to notice.'),
    ).toEqual(['Blame', 'Sam forgot', 'careless', 'failed to']);
  });

  it('reports overlapping patterns once, preferring the longer', () => {
    expect(phrases('Sam forgot to renew it')).toEqual(['Sam forgot']);
    expect(phrases('Sam failed to page')).toEqual(['Sam failed']);
    expect(phrases('Sam Lee is to blame')).toEqual(['to blame']);
    expect(phrases('caused by Sam Lee')).toEqual(['caused by Sam Lee']);
  });

  it('explains every finding and suggests something concrete', () => {
    const [human] = blamelessFindings('human error');
    expect(human!.suggestion).toBe(
      'Describe what in the system let this step go wrong, e.g. “the deploy tool allowed …”',
    );
    const [hindsight] = blamelessFindings('we should have paged');
    expect(hindsight!.suggestion).toBe(
      'State what would have helped, e.g. “an alert on X would have shown …”',
    );
    const [member] = blamelessFindings('Sam broke it', ['Sam Lee']);
    expect(member).toEqual({
      phrase: 'Sam broke',
      start: 0,
      end: 9,
      why: 'Names a person as the cause; postmortems look for conditions, not culprits.',
      suggestion:
        'Name the action and the conditions, not the person, e.g. “the migration ran without a dry run”',
    });
  });

  it('treats names literally, ignores blank ones, and needs members to find members', () => {
    expect(phrases('Sam broke it', [])).toEqual([]);
    expect(phrases('A.B. broke it; AxB. broke it', ['A.B.', ' ', ''])).toEqual(['A.B. broke']);
    expect(phrases('due to James’ fault? James’ mistake', ['James Holt'])).toEqual([
      'due to James', // ties with "James’ fault": the earlier one is reported
      'James’ mistake',
    ]);
  });

  const word = fc.constantFrom(
    'human',
    'error',
    'should',
    'have',
    "should've",
    'failed',
    'to',
    'forgot',
    'blame',
    'Sam',
    'Lee',
    'broke',
    'caused',
    'by',
    'careless',
    'lazy',
    'no',
    'fault',
    'of',
    'sloppy',
    'quorum',
  );
  const separator = fc.constantFrom(' ', '  ', '\n', '-', ', ', "'s ", '. ', '', '🔥');
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(fc.tuple(fc.oneof(word, fc.string({ maxLength: 4 })), separator), { maxLength: 25 })
      .map((parts) => parts.map(([w, s]) => w + s).join('')),
  );

  it('reports phrases exactly where they are, in order, without overlaps', () => {
    fc.assert(
      fc.property(text, (t) => {
        const findings = blamelessFindings(t, ['Sam Lee']);
        for (const f of findings) {
          expect(t.slice(f.start, f.end)).toBe(f.phrase);
          expect(f.end).toBeGreaterThan(f.start);
        }
        for (let i = 1; i < findings.length; i++) {
          expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
        }
      }),
    );
  });

  it('finds nothing in text without letters', () => {
    const noLetters = fc
      .string({ unit: 'binary', maxLength: 80 })
      .map((s) => s.replace(/\p{L}/gu, ''));
    fc.assert(
      fc.property(noLetters, (t) => {
        expect(blamelessFindings(t, ['Sam Lee', '42'])).toEqual([]);
      }),
    );
  });
});
