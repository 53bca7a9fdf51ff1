import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_STATUSES, type ComponentStatus } from './component.js';
import { DomainError, type FieldProblem } from './errors.js';
import {
  assertMaintenanceWindow,
  effectiveStatus,
  MAINTENANCE_STATES,
  maintenanceState,
  MAX_MAINTENANCE_MS,
  type MaintenanceState,
  type MaintenanceWindow,
} from './maintenance.js';

const T0 = Date.UTC(2026, 5, 1, 12);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

// Scheduled from minute 0 to minute 60.
const mw = (w: Partial<MaintenanceWindow> = {}): MaintenanceWindow => ({
  scheduledFor: at(0),
  scheduledUntil: at(60),
  completedAt: null,
  cancelledAt: null,
  ...w,
});

describe('maintenanceState', () => {
  it.each([
    [mw(), -1, 'SCHEDULED'],
    [mw(), 0, 'IN_PROGRESS'],
    [mw(), 59, 'IN_PROGRESS'],
    [mw(), 60, 'COMPLETED'],
    [mw({ completedAt: at(30) }), 29, 'IN_PROGRESS'],
    [mw({ completedAt: at(30) }), 30, 'COMPLETED'],
    [mw({ cancelledAt: at(-10) }), -20, 'CANCELLED'],
    [mw({ cancelledAt: at(-10) }), 30, 'CANCELLED'],
    [mw({ completedAt: at(30), cancelledAt: at(40) }), 90, 'CANCELLED'],
  ] as [MaintenanceWindow, number, MaintenanceState][])(
    'window %j at minute %i → %s',
    (w, minute, state) => {
      expect(maintenanceState(w, at(minute))).toBe(state);
    },
  );

  it('only moves forward as time passes, unless cancelled', () => {
    const minute = fc.integer({ min: -200, max: 200 });
    fc.assert(
      fc.property(minute, fc.nat(300), fc.option(minute), minute, minute, (s, len, c, t1, t2) => {
        const w = mw({
          scheduledFor: at(s),
          scheduledUntil: at(s + len),
          completedAt: c === null ? null : at(c),
        });
        const [early, late] = [Math.min(t1, t2), Math.max(t1, t2)];
        const order = (state: MaintenanceState) => MAINTENANCE_STATES.indexOf(state);
        expect(order(maintenanceState(w, at(early)))).toBeLessThanOrEqual(
          order(maintenanceState(w, at(late))),
        );
        expect(maintenanceState(w, at(late))).not.toBe('CANCELLED');
      }),
    );
  });
});

describe('effectiveStatus', () => {
  it.each([
    ['OPERATIONAL', false, 'OPERATIONAL'],
    ['OPERATIONAL', true, 'UNDER_MAINTENANCE'],
    ['UNDER_MAINTENANCE', true, 'UNDER_MAINTENANCE'],
    ['UNDER_MAINTENANCE', false, 'UNDER_MAINTENANCE'],
    ['DEGRADED_PERFORMANCE', true, 'DEGRADED_PERFORMANCE'],
    ['PARTIAL_OUTAGE', true, 'PARTIAL_OUTAGE'],
    ['MAJOR_OUTAGE', true, 'MAJOR_OUTAGE'],
    ['MAJOR_OUTAGE', false, 'MAJOR_OUTAGE'],
  ] as [ComponentStatus, boolean, ComponentStatus][])(
    '%s, in maintenance: %s → %s',
    (status, inMaintenance, shown) => {
      expect(effectiveStatus(status, inMaintenance)).toBe(shown);
    },
  );

  it('changes nothing outside maintenance', () => {
    for (const status of COMPONENT_STATUSES) expect(effectiveStatus(status, false)).toBe(status);
  });
});

describe('assertMaintenanceWindow', () => {
  const valid = {
    title: 'Database upgrade',
    scheduledFor: at(60),
    scheduledUntil: at(120),
    componentIds: ['api', 'web'],
  };
  const problemsOf = (input: Partial<typeof valid>): FieldProblem[] => {
    try {
      assertMaintenanceWindow({ ...valid, ...input }, at(0));
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
      return (e as DomainError).problems;
    }
    return [];
  };

  it('accepts a valid window, including one already under way or exactly 7 days long', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ scheduledFor: at(-30), scheduledUntil: at(30) })).toEqual([]);
    expect(
      problemsOf({ scheduledUntil: new Date(valid.scheduledFor.getTime() + MAX_MAINTENANCE_MS) }),
    ).toEqual([]);
    expect(problemsOf({ title: ` ${'x'.repeat(200)} ` })).toEqual([]);
    expect(problemsOf({ title: '🛠'.repeat(200) })).toEqual([]);
  });

  it.each([
    [{ title: '' }, 'title', 'required', 'title must not be blank'],
    [{ title: ' \t\n' }, 'title', 'required', 'title must not be blank'],
    [{ title: 'x'.repeat(201) }, 'title', 'maxLength', 'title must be at most 200 characters'],
    [
      { scheduledUntil: at(60) },
      'scheduledUntil',
      'afterStart',
      'scheduledUntil must be after scheduledFor',
    ],
    [
      { scheduledFor: at(-60), scheduledUntil: at(0) },
      'scheduledUntil',
      'future',
      'scheduledUntil must be in the future',
    ],
    [
      { scheduledUntil: new Date(at(60).getTime() + MAX_MAINTENANCE_MS + 1) },
      'scheduledUntil',
      'maxDuration',
      'scheduledUntil must be at most 7 days after scheduledFor',
    ],
    [
      { componentIds: [] },
      'componentIds',
      'required',
      'componentIds must list at least one component',
    ],
    [
      { componentIds: ['api', 'web', 'api', 'db', 'web', 'api'] },
      'componentIds',
      'unique',
      'componentIds must not list a component more than once (api, web)',
    ],
  ] as [Partial<typeof valid>, string, string, string][])(
    '%j → %s %s',
    (input, field, rule, message) => {
      expect(problemsOf(input)).toEqual([{ field, rule, message }]);
    },
  );

  it('lists every problem at once, in one error that names them all', () => {
    const input = {
      title: ' ',
      scheduledFor: at(-60),
      scheduledUntil: at(-90),
      componentIds: [],
    };
    expect(problemsOf(input).map((p) => `${p.field} ${p.rule}`)).toEqual([
      'title required',
      'scheduledUntil afterStart',
      'scheduledUntil future',
      'componentIds required',
    ]);
    expect(() => assertMaintenanceWindow(input, at(0))).toThrow(
      'Invalid input — title: title must not be blank; scheduledUntil: scheduledUntil must be after scheduledFor; ' +
        'scheduledUntil: scheduledUntil must be in the future; componentIds: componentIds must list at least one component',
    );
  });

  it('never names a field twice for the same rule, and only known fields', () => {
    const minute = fc.integer({ min: -20_000, max: 20_000 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 220 }),
        minute,
        minute,
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 }),
        (title, s, u, componentIds) => {
          const problems = problemsOf({
            title,
            scheduledFor: at(s),
            scheduledUntil: at(u),
            componentIds,
          });
          const keys = problems.map((p) => `${p.field} ${p.rule}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const p of problems) {
            expect(['title', 'scheduledUntil', 'componentIds']).toContain(p.field);
          }
        },
      ),
    );
  });
});
