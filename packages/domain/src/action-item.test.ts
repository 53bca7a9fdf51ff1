import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ITEM_KINDS,
  ACTION_ITEM_STATES,
  assertActionItem,
  assertActionTransition,
  assertUnderCap,
  assertVerification,
  canActionTransition,
  criterionText,
  DEFAULT_OPEN_ACTION_CAP,
  isOpen,
  isOverdue,
  prioritise,
  type AcceptanceCriterion,
  type ActionItemKind,
  type ActionItemState,
} from './action-item.js';
import { DomainError, type FieldProblem } from './errors.js';

const T0 = Date.UTC(2026, 5, 1, 12);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const criterion: AcceptanceCriterion = {
  signal: 'p99 checkout latency',
  comparator: 'LT',
  target: 300,
  unit: 'ms',
  windowMinutes: 7 * 1440,
};

describe('criterionText', () => {
  it.each([
    [{}, 'p99 checkout latency < 300 ms over 7 days'],
    [{ comparator: 'LTE' }, 'p99 checkout latency ≤ 300 ms over 7 days'],
    [{ comparator: 'GT' }, 'p99 checkout latency > 300 ms over 7 days'],
    [{ comparator: 'GTE' }, 'p99 checkout latency ≥ 300 ms over 7 days'],
    [{ comparator: 'EQ' }, 'p99 checkout latency = 300 ms over 7 days'],
    [{ windowMinutes: 1440 }, 'p99 checkout latency < 300 ms over 1 day'],
    [{ windowMinutes: 2880 }, 'p99 checkout latency < 300 ms over 2 days'],
    [{ windowMinutes: 60 }, 'p99 checkout latency < 300 ms over 1 hour'],
    [{ windowMinutes: 1500 }, 'p99 checkout latency < 300 ms over 25 hours'],
    [{ windowMinutes: 1 }, 'p99 checkout latency < 300 ms over 1 minute'],
    [{ windowMinutes: 90 }, 'p99 checkout latency < 300 ms over 90 minutes'],
    [
      { signal: 'availability', comparator: 'GTE', target: 99.9, unit: '%' },
      'availability ≥ 99.9% over 7 days',
    ],
    [
      { signal: 'paging alerts without runbook', comparator: 'EQ', target: 0, unit: '' },
      'paging alerts without runbook = 0 over 7 days',
    ],
    [{ signal: '  error rate ', unit: ' % ' }, 'error rate < 300% over 7 days'],
  ] as [Partial<AcceptanceCriterion>, string][])('%j → %s', (change, text) => {
    expect(criterionText({ ...criterion, ...change })).toBe(text);
  });
});

describe('assertActionItem', () => {
  const valid = {
    title: 'Canary every config change',
    team: 'Payments',
    dueAt: at(60 * 24 * 14),
    acceptanceCriteria: [criterion] as Partial<AcceptanceCriterion>[],
  };
  const problemsOf = (input: Partial<typeof valid>): FieldProblem[] => {
    try {
      assertActionItem({ ...valid, ...input }, at(0));
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
      return (e as DomainError).problems;
    }
    return [];
  };
  const withCriterion = (c: Partial<AcceptanceCriterion>) => ({
    acceptanceCriteria: [{ ...criterion, ...c }],
  });

  it('accepts a valid item, at the length limits and with an empty unit', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ title: ` ${'x'.repeat(200)} `, team: '🛠'.repeat(60) })).toEqual([]);
    expect(problemsOf({ dueAt: at(1) })).toEqual([]);
    expect(problemsOf(withCriterion({ unit: '', windowMinutes: 525_600 }))).toEqual([]);
    expect(problemsOf(withCriterion({ target: -5, windowMinutes: 1 }))).toEqual([]);
  });

  it.each([
    [{ title: ' ' }, 'title', 'required', 'title must not be blank'],
    [{ title: 'x'.repeat(201) }, 'title', 'maxLength', 'title must be at most 200 characters'],
    [{ team: '' }, 'team', 'required', 'team must not be blank'],
    [{ team: 'x'.repeat(61) }, 'team', 'maxLength', 'team must be at most 60 characters'],
    [{ dueAt: at(0) }, 'dueAt', 'future', 'dueAt must be in the future'],
    [{ dueAt: at(-1) }, 'dueAt', 'future', 'dueAt must be in the future'],
    [{ dueAt: new Date(NaN) }, 'dueAt', 'future', 'dueAt must be in the future'],
    [
      { acceptanceCriteria: [] },
      'acceptanceCriteria',
      'exactlyOne',
      'acceptanceCriteria must have exactly one criterion (0 given)',
    ],
    [
      { acceptanceCriteria: [criterion, { signal: '' }] },
      'acceptanceCriteria',
      'exactlyOne',
      'acceptanceCriteria must have exactly one criterion (2 given)',
    ],
    [
      withCriterion({ signal: '  ' }),
      'acceptanceCriteria.0.signal',
      'required',
      'the criterion must name the signal it measures',
    ],
    [
      withCriterion({ target: undefined }),
      'acceptanceCriteria.0.target',
      'required',
      'the criterion must have a target number',
    ],
    [
      withCriterion({ target: NaN }),
      'acceptanceCriteria.0.target',
      'required',
      'the criterion must have a target number',
    ],
    [
      withCriterion({ target: Infinity }),
      'acceptanceCriteria.0.target',
      'required',
      'the criterion must have a target number',
    ],
    [
      withCriterion({ comparator: undefined }),
      'acceptanceCriteria.0.comparator',
      'required',
      'the criterion must have a comparator',
    ],
    [
      withCriterion({ comparator: 'NE' as never }),
      'acceptanceCriteria.0.comparator',
      'oneOf',
      'the comparator must be one of LT, LTE, GT, GTE, EQ',
    ],
    [
      withCriterion({ windowMinutes: undefined }),
      'acceptanceCriteria.0.windowMinutes',
      'required',
      'the criterion must have a window in minutes',
    ],
    [
      withCriterion({ windowMinutes: 0 }),
      'acceptanceCriteria.0.windowMinutes',
      'min',
      'the window must be a whole number of minutes, at least 1',
    ],
    [
      withCriterion({ windowMinutes: 2.5 }),
      'acceptanceCriteria.0.windowMinutes',
      'min',
      'the window must be a whole number of minutes, at least 1',
    ],
    [
      withCriterion({ windowMinutes: 525_601 }),
      'acceptanceCriteria.0.windowMinutes',
      'max',
      'the window must be at most 365 days (525600 minutes)',
    ],
  ] as [Partial<typeof valid>, string, string, string][])(
    '%j → %s %s',
    (input, field, rule, message) => {
      expect(problemsOf(input)).toEqual([{ field, rule, message }]);
    },
  );

  it('lists every problem at once', () => {
    const input = {
      title: '',
      team: ' ',
      dueAt: at(-5),
      acceptanceCriteria: [{ unit: 'ms' }],
    };
    expect(problemsOf(input).map((p) => `${p.field} ${p.rule}`)).toEqual([
      'title required',
      'team required',
      'dueAt future',
      'acceptanceCriteria.0.signal required',
      'acceptanceCriteria.0.target required',
      'acceptanceCriteria.0.comparator required',
      'acceptanceCriteria.0.windowMinutes required',
    ]);
    expect(() => assertActionItem(input, at(0))).toThrow(
      /^Invalid input — title: title must not be blank; team: team must not be blank; dueAt:/,
    );
  });
});

describe('action item lifecycle', () => {
  const allowed = new Set([
    'OPEN→IN_PROGRESS',
    'OPEN→DONE',
    'IN_PROGRESS→DONE',
    'IN_PROGRESS→OPEN',
    'DONE→VERIFIED',
    'DONE→OPEN',
    'DONE→IN_PROGRESS',
  ]);
  const pairs = ACTION_ITEM_STATES.flatMap((from) =>
    ACTION_ITEM_STATES.map((to) => [from, to] as [ActionItemState, ActionItemState]),
  );

  it.each(pairs)('%s → %s', (from, to) => {
    const ok = allowed.has(`${from}→${to}`);
    expect(canActionTransition(from, to)).toBe(ok);
    if (ok) {
      expect(() => assertActionTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertActionTransition(from, to)).toThrow(
        expect.objectContaining({
          code: 'CONFLICT',
          message: expect.stringContaining(`Cannot move an action item from ${from} to ${to}`),
        }),
      );
    }
  });

  it('says why when refusing', () => {
    expect(() => assertActionTransition('VERIFIED', 'OPEN')).toThrow(
      'Cannot move an action item from VERIFIED to OPEN (a verified action item is final)',
    );
    expect(() => assertActionTransition('OPEN', 'VERIFIED')).toThrow(
      'Cannot move an action item from OPEN to VERIFIED (only a DONE item can be verified)',
    );
    expect(() => assertActionTransition('DONE', 'DONE')).toThrow(
      'Cannot move an action item from DONE to DONE (it is already DONE)',
    );
  });

  it.each([
    ['OPEN', true],
    ['IN_PROGRESS', true],
    ['DONE', false],
    ['VERIFIED', false],
  ] as [ActionItemState, boolean][])('%s is open: %s', (state, open) => {
    expect(isOpen(state)).toBe(open);
  });
});

describe('assertVerification', () => {
  it.each([null, undefined, '', ' \n\t'])('refuses %j as evidence', (evidence) => {
    expect(() => assertVerification(evidence)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        problems: [
          {
            field: 'evidence',
            rule: 'required',
            message: 'verifying needs evidence that the criterion holds',
          },
        ],
      }),
    );
  });

  it('accepts any non-blank evidence', () => {
    expect(() =>
      assertVerification('https://grafana.example/d/checkout?from=now-7d'),
    ).not.toThrow();
  });
});

describe('assertUnderCap', () => {
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, title: `Fix ${i + 1}` }));
  const errorOf = (fn: () => void): DomainError | undefined => {
    try {
      fn();
    } catch (e) {
      return e as DomainError;
    }
    return undefined;
  };

  it('allows a new item below the cap', () => {
    expect(() => assertUnderCap('Payments', 3, items(2))).not.toThrow();
    expect(() => assertUnderCap('Payments', DEFAULT_OPEN_ACTION_CAP, items(7))).not.toThrow();
    expect(() => assertUnderCap('Payments', 3, [])).not.toThrow();
  });

  it.each([3, 4])('refuses at or over the cap (%i open, cap 3), naming every open item', (n) => {
    const error = errorOf(() => assertUnderCap('Payments', 3, items(n)));
    expect(error).toBeInstanceOf(DomainError);
    expect(error!.code).toBe('OVER_CAP');
    const titles = items(n)
      .map((i) => `“${i.title}”`)
      .join(', ');
    const message = `Team “Payments” already has ${n} open postmortem actions (cap 3): ${titles}`;
    expect(error!.message).toBe(message);
    expect(error!.problems).toEqual([{ field: 'team', rule: 'overCap', message }]);
  });

  it('says it in the singular, and handles a cap of 0', () => {
    expect(errorOf(() => assertUnderCap('SRE', 1, items(1)))!.message).toBe(
      'Team “SRE” already has 1 open postmortem action (cap 1): “Fix 1”',
    );
    expect(errorOf(() => assertUnderCap('SRE', 0, []))!.message).toBe(
      'Team “SRE” already has 0 open postmortem actions (cap 0)',
    );
  });
});

describe('isOverdue', () => {
  it.each([
    ['OPEN', -1, true],
    ['IN_PROGRESS', -1, true],
    ['OPEN', 0, false],
    ['OPEN', 1, false],
    ['DONE', -1, false],
    ['VERIFIED', -1, false],
  ] as [ActionItemState, number, boolean][])('%s due at minute %i → %s', (state, due, overdue) => {
    expect(isOverdue({ state, dueAt: at(due) }, at(0))).toBe(overdue);
  });
});

describe('prioritise', () => {
  it('puts classes of failure first, then the earliest due, then by id', () => {
    const items = [
      { id: 'b', kind: 'ONE_OFF', dueAt: at(1) },
      { id: 'c', kind: 'CLASS_OF_FAILURE', dueAt: at(5) },
      { id: 'a', kind: 'ONE_OFF', dueAt: at(1) },
      { id: 'd', kind: 'CLASS_OF_FAILURE', dueAt: at(2) },
    ] as { id: string; kind: ActionItemKind; dueAt: Date }[];
    const before = [...items];
    expect(prioritise(items).map((i) => i.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(items).toEqual(before);
    expect(prioritise(items)).not.toBe(items);
  });

  const item = fc.record({
    id: fc.string({ maxLength: 3 }),
    kind: fc.constantFrom(...ACTION_ITEM_KINDS),
    dueAt: fc.integer({ min: -100, max: 100 }).map(at),
    extra: fc.nat(),
  });

  it('returns a permutation in which every class of failure comes first and due dates rise', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const out = prioritise(items);
        expect(out).toHaveLength(items.length);
        expect([...out].sort(byRef(items))).toEqual([...items].sort(byRef(items)));
        const firstOneOff = out.findIndex((i) => i.kind === 'ONE_OFF');
        if (firstOneOff >= 0) {
          expect(out.slice(firstOneOff).every((i) => i.kind === 'ONE_OFF')).toBe(true);
        }
        for (let i = 1; i < out.length; i++) {
          if (out[i]!.kind === out[i - 1]!.kind) {
            expect(out[i]!.dueAt.getTime()).toBeGreaterThanOrEqual(out[i - 1]!.dueAt.getTime());
          }
        }
        expect(prioritise(out)).toEqual(out);
      }),
    );
  });
});

/** Orders by position in the original array, so equal-looking items stay distinguishable. */
const byRef =
  <T>(original: readonly T[]) =>
  (a: T, b: T) =>
    original.indexOf(a) - original.indexOf(b);
