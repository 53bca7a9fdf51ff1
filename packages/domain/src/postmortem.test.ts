import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertPostmortemTransition,
  assertPublishable,
  canPostmortemTransition,
  DEFAULT_FACTOR_CATEGORIES,
  impactSummary,
  missingParts,
  POSTMORTEM_STATES,
  type PostmortemDraft,
  type PostmortemState,
} from './postmortem.js';

const CATEGORIES = DEFAULT_FACTOR_CATEGORIES.map((c) => c.key);

const complete: PostmortemDraft = {
  impact: 'Checkout failed for 30% of users for 42 minutes.',
  contributingFactors: [
    { description: 'The config change skipped the canary stage.', category: 'CHANGE_MANAGEMENT' },
  ],
  actionItemCount: 1,
  timelineEventCount: 5,
};
const draft = (p: Partial<PostmortemDraft>): PostmortemDraft => ({ ...complete, ...p });

describe('DEFAULT_FACTOR_CATEGORIES', () => {
  it('has unique UPPER_SNAKE keys, names and one-line descriptions', () => {
    expect(CATEGORIES).toEqual([
      'CHANGE_MANAGEMENT',
      'CAPACITY',
      'DEPENDENCY',
      'CONFIGURATION',
      'MONITORING_GAP',
      'TESTING_GAP',
      'PROCESS',
      'ARCHITECTURE',
    ]);
    expect(new Set(CATEGORIES).size).toBe(CATEGORIES.length);
    for (const c of DEFAULT_FACTOR_CATEGORIES) {
      expect(c.key).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
      expect(c.name.trim()).not.toBe('');
      expect(c.description).toMatch(/^[^\n]+\.$/);
    }
  });
});

describe('missingParts', () => {
  it('finds nothing missing in a complete postmortem', () => {
    expect(missingParts(complete, CATEGORIES)).toEqual([]);
  });

  it.each([
    [{ impact: ' \n' }, 'impact', 'required', 'the impact is not described'],
    [{ timelineEventCount: 0 }, 'timeline', 'required', 'the timeline has no events'],
    [
      { contributingFactors: [] },
      'contributingFactors',
      'required',
      'no contributing factors are listed',
    ],
    [
      { contributingFactors: [{ description: ' ', category: 'CAPACITY' }] },
      'contributingFactors',
      'required',
      'contributing factor 1 has no description',
    ],
    [
      { contributingFactors: [{ description: 'Pool too small', category: '' }] },
      'contributingFactors',
      'required',
      'contributing factor 1 has no category',
    ],
    [
      { contributingFactors: [{ description: 'Pool too small', category: 'LUCK' }] },
      'contributingFactors',
      'unknownCategory',
      'contributing factor 1 has an unknown category “LUCK”',
    ],
    [
      { contributingFactors: [{ description: '', category: 'LUCK' }] },
      'contributingFactors',
      'required',
      'contributing factor 1 has no description and an unknown category “LUCK”',
    ],
    [{ actionItemCount: 0 }, 'followUps', 'required', 'no follow-up actions are planned'],
  ] as [Partial<PostmortemDraft>, string, string, string][])(
    '%j → %s %s',
    (p, section, rule, message) => {
      expect(missingParts(draft(p), CATEGORIES)).toEqual([{ section, rule, message }]);
    },
  );

  it('names each bad factor by its position, counting from 1', () => {
    const p = draft({
      contributingFactors: [
        { description: 'Fine', category: 'CAPACITY' },
        { description: 'Unknown kind', category: 'capacity' }, // keys match exactly
        { description: 'Also fine', category: 'PROCESS' },
        { description: '', category: 'PROCESS' },
      ],
    });
    expect(missingParts(p, CATEGORIES).map((m) => m.message)).toEqual([
      'contributing factor 2 has an unknown category “capacity”',
      'contributing factor 4 has no description',
    ]);
  });

  it('judges categories against the list given, not the defaults', () => {
    const p = draft({ contributingFactors: [{ description: 'x', category: 'VENDOR' }] });
    expect(missingParts(p, ['VENDOR'])).toEqual([]);
    expect(missingParts(complete, ['VENDOR'])).toHaveLength(1);
  });
});

describe('assertPublishable', () => {
  it('lets a complete postmortem through', () => {
    expect(() => assertPublishable(complete, CATEGORIES)).not.toThrow();
  });

  it('refuses with every missing part at once', () => {
    const p: PostmortemDraft = {
      impact: '',
      contributingFactors: [{ description: 'Pool too small', category: 'LUCK' }],
      actionItemCount: 0,
      timelineEventCount: 0,
    };
    let error: DomainError | undefined;
    try {
      assertPublishable(p, CATEGORIES);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error!.code).toBe('CONFLICT');
    expect(error!.message).toBe(
      'The postmortem cannot be published: the impact is not described; the timeline has no events; ' +
        'contributing factor 1 has an unknown category “LUCK”; no follow-up actions are planned',
    );
    expect(error!.problems).toEqual([
      { field: 'impact', rule: 'required', message: 'the impact is not described' },
      { field: 'timeline', rule: 'required', message: 'the timeline has no events' },
      {
        field: 'contributingFactors',
        rule: 'unknownCategory',
        message: 'contributing factor 1 has an unknown category “LUCK”',
      },
      { field: 'followUps', rule: 'required', message: 'no follow-up actions are planned' },
    ]);
  });

  it('throws exactly when something is missing, with one problem per missing part', () => {
    const factor = fc.record({
      description: fc.constantFrom('', ' ', 'Pool too small'),
      category: fc.constantFrom('', 'CAPACITY', 'LUCK'),
    });
    fc.assert(
      fc.property(
        fc.record({
          impact: fc.constantFrom('', '  ', 'Checkout down'),
          contributingFactors: fc.array(factor, { maxLength: 4 }),
          actionItemCount: fc.nat(3),
          timelineEventCount: fc.nat(3),
        }),
        (p) => {
          const parts = missingParts(p, CATEGORIES);
          try {
            assertPublishable(p, CATEGORIES);
            expect(parts).toEqual([]);
          } catch (e) {
            expect((e as DomainError).problems).toHaveLength(parts.length);
            expect(parts.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('postmortem lifecycle', () => {
  const allowed = new Set(['DRAFT→IN_REVIEW', 'IN_REVIEW→DRAFT', 'IN_REVIEW→PUBLISHED']);
  const pairs = POSTMORTEM_STATES.flatMap((from) =>
    POSTMORTEM_STATES.map((to) => [from, to] as [PostmortemState, PostmortemState]),
  );

  it.each(pairs)('%s → %s', (from, to) => {
    const ok = allowed.has(`${from}→${to}`);
    expect(canPostmortemTransition(from, to)).toBe(ok);
    if (ok) {
      expect(() => assertPostmortemTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertPostmortemTransition(from, to)).toThrow(
        expect.objectContaining({
          code: 'CONFLICT',
          message: expect.stringContaining(`Cannot move a postmortem from ${from} to ${to}`),
        }),
      );
    }
  });

  it('says why when refusing', () => {
    expect(() => assertPostmortemTransition('DRAFT', 'PUBLISHED')).toThrow(
      'Cannot move a postmortem from DRAFT to PUBLISHED (it must be reviewed first)',
    );
    expect(() => assertPostmortemTransition('PUBLISHED', 'DRAFT')).toThrow(
      'Cannot move a postmortem from PUBLISHED to DRAFT (a published postmortem is final)',
    );
    expect(() => assertPostmortemTransition('IN_REVIEW', 'IN_REVIEW')).toThrow(
      'Cannot move a postmortem from IN_REVIEW to IN_REVIEW (it is already IN_REVIEW)',
    );
  });
});

describe('impactSummary', () => {
  const facts = {
    durationMinutes: 42,
    components: ['Checkout', 'API'],
    usersAffectedPct: 30,
    sloBreached: true,
    communicationBreaches: 1,
  };

  it('writes the known facts in plain sentences', () => {
    expect(impactSummary(facts)).toBe(
      'Impact lasted 42 min. Affected components: Checkout, API. About 30% of users were affected. ' +
        'An SLO was breached. 1 communication promise was missed.',
    );
  });

  it('says honestly what was not recorded', () => {
    expect(
      impactSummary({
        durationMinutes: null,
        components: [],
        usersAffectedPct: null,
        sloBreached: null,
        communicationBreaches: 0,
      }),
    ).toBe(
      'Duration unknown (impact start not recorded). No affected components recorded. ' +
        'Share of users affected not recorded. SLO breach not recorded. ' +
        'No communication promise was missed.',
    );
  });

  it.each([
    [{ durationMinutes: 0.2 }, 'Impact lasted less than 1 min.'],
    [{ durationMinutes: 60 }, 'Impact lasted 1 h.'],
    [{ durationMinutes: 125 }, 'Impact lasted 2 h 5 min.'],
    [{ durationMinutes: 1500 }, 'Impact lasted 1 d 1 h.'],
    [{ durationMinutes: 2880 }, 'Impact lasted 2 d.'],
    [{ components: ['Checkout'] }, 'Affected component: Checkout.'],
    [{ usersAffectedPct: 0 }, 'No users were affected.'],
    [{ usersAffectedPct: 0.4 }, 'Less than 1% of users were affected.'],
    [{ usersAffectedPct: 12.6 }, 'About 13% of users were affected.'],
    [{ usersAffectedPct: 100 }, 'All users were affected.'],
    [{ sloBreached: false }, 'No SLO was breached.'],
    [{ communicationBreaches: 3 }, '3 communication promises were missed.'],
  ] as [Partial<typeof facts>, string][])('%j says %j', (change, sentence) => {
    expect(impactSummary({ ...facts, ...change })).toContain(sentence);
  });
});
