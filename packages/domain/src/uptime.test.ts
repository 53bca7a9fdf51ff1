import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_STATUSES, type ComponentStatus } from './component.js';
import {
  overallUptime,
  UPTIME_DAYS,
  uptimeByDay,
  type StatusChange,
  type UptimeDay,
} from './uptime.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
// Day 0 is 2026-03-29, the night Europe moves its clocks: irrelevant in UTC.
const D0 = Date.UTC(2026, 2, 29);
const at = (day: number, hours = 0) => new Date(D0 + day * DAY + hours * HOUR);
const change = (status: ComponentStatus, day: number, hours = 0): StatusChange => ({
  status,
  since: at(day, hours),
});

// Listed long ago; "now" is the very end of day 0, so the last entry is day 0, fully measured.
const longAgo = at(-1000);
const endOfDay0 = new Date(at(1).getTime() - 1);
const byDate = (days: UptimeDay[]) => new Map(days.map((d) => [d.date, d]));

describe('uptimeByDay', () => {
  it('gives exactly `days` consecutive UTC days, oldest first, ending today', () => {
    const days = uptimeByDay([], longAgo, at(0, 13));
    expect(days).toHaveLength(UPTIME_DAYS);
    expect(days[0]!.date).toBe('2025-12-30');
    expect(days.at(-1)!.date).toBe('2026-03-29');
    expect(uptimeByDay([], longAgo, at(0, 13), 3).map((d) => d.date)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('is 1 every day for a component that was always operational', () => {
    for (const day of uptimeByDay([], longAgo, endOfDay0)) {
      expect(day).toEqual({ date: day.date, ratio: 1, worstStatus: 'OPERATIONAL' });
    }
  });

  it.each([
    ['a 6 h major outage', 'MAJOR_OUTAGE', 6, 0.75],
    ['a 10 h partial outage', 'PARTIAL_OUTAGE', 10, 1 - (0.3 * 10) / 24],
    ['12 h of degraded performance', 'DEGRADED_PERFORMANCE', 12, 1],
    ['12 h of maintenance', 'UNDER_MAINTENANCE', 12, 1],
  ] as [string, ComponentStatus, number, number][])(
    '%s → %s that day',
    (_, status, hours, expected) => {
      const history = [change(status, -2, 3), change('OPERATIONAL', -2, 3 + hours)];
      const days = byDate(uptimeByDay(history, longAgo, endOfDay0));
      expect(days.get('2026-03-27')).toEqual({
        date: '2026-03-27',
        ratio: expected,
        worstStatus: status,
      });
      expect(days.get('2026-03-26')!.ratio).toBe(1);
      expect(days.get('2026-03-28')).toEqual({
        date: '2026-03-28',
        ratio: 1,
        worstStatus: 'OPERATIONAL',
      });
    },
  );

  it('splits an outage across midnight over both days', () => {
    const history = [change('MAJOR_OUTAGE', -1, 18), change('OPERATIONAL', 0, 12)];
    const [before, after] = uptimeByDay(history, longAgo, at(1, 12), 3);
    expect(before).toEqual({ date: '2026-03-28', ratio: 0.75, worstStatus: 'MAJOR_OUTAGE' });
    expect(after).toEqual({ date: '2026-03-29', ratio: 0.5, worstStatus: 'MAJOR_OUTAGE' });
  });

  it('measures the listing day only from the listing, and has no data before it', () => {
    const history = [change('MAJOR_OUTAGE', -1, 18), change('OPERATIONAL', -1, 21)];
    const days = uptimeByDay(history, at(-1, 12), endOfDay0, 4);
    expect(days).toEqual([
      { date: '2026-03-26', ratio: null, worstStatus: null },
      { date: '2026-03-27', ratio: null, worstStatus: null },
      // 3 h down out of the 12 h since listing.
      { date: '2026-03-28', ratio: 0.75, worstStatus: 'MAJOR_OUTAGE' },
      { date: '2026-03-29', ratio: 1, worstStatus: 'OPERATIONAL' },
    ]);
  });

  it('counts a status set before the listing from the listing on', () => {
    const history = [change('PARTIAL_OUTAGE', -5), change('OPERATIONAL', 0, 6)];
    const [day] = uptimeByDay(history, at(0, 0), at(0, 12), 1);
    expect(day).toEqual({ date: '2026-03-29', ratio: 0.85, worstStatus: 'PARTIAL_OUTAGE' });
  });

  it('measures today only up to now, and ignores changes after now', () => {
    const history = [
      change('MAJOR_OUTAGE', 0, 6),
      change('OPERATIONAL', 0, 7),
      change('MAJOR_OUTAGE', 0, 9),
    ];
    const days = uptimeByDay(history, longAgo, at(0, 8), 2);
    expect(days.at(-1)).toEqual({ date: '2026-03-29', ratio: 0.875, worstStatus: 'MAJOR_OUTAGE' });
    const before = uptimeByDay([change('MAJOR_OUTAGE', 0, 9)], longAgo, at(0, 8), 1);
    expect(before).toEqual([{ date: '2026-03-29', ratio: 1, worstStatus: 'OPERATIONAL' }]);
  });

  it('has no data for today at the stroke of midnight, nor anywhere when listed after now', () => {
    expect(uptimeByDay([], longAgo, at(0), 2)).toEqual([
      { date: '2026-03-28', ratio: 1, worstStatus: 'OPERATIONAL' },
      { date: '2026-03-29', ratio: null, worstStatus: null },
    ]);
    expect(uptimeByDay([], at(1), at(0, 12), 2).map((d) => d.ratio)).toEqual([null, null]);
  });

  it('sorts changes given out of order', () => {
    const ordered = [
      change('DEGRADED_PERFORMANCE', -3, 1),
      change('MAJOR_OUTAGE', -3, 2),
      change('PARTIAL_OUTAGE', -2, 20),
      change('OPERATIONAL', -1, 4),
    ];
    const shuffled = [ordered[2]!, ordered[0]!, ordered[3]!, ordered[1]!];
    expect(uptimeByDay(shuffled, longAgo, endOfDay0)).toEqual(
      uptimeByDay(ordered, longAgo, endOfDay0),
    );
  });

  it('reports the worst status in force each day', () => {
    const history = [
      change('DEGRADED_PERFORMANCE', -3, 1),
      change('UNDER_MAINTENANCE', -3, 2),
      change('OPERATIONAL', -3, 3),
      change('PARTIAL_OUTAGE', -2, 20),
      change('DEGRADED_PERFORMANCE', -1, 4),
      change('OPERATIONAL', -1, 5),
    ];
    expect(uptimeByDay(history, longAgo, endOfDay0, 4).map((d) => d.worstStatus)).toEqual([
      'DEGRADED_PERFORMANCE',
      'PARTIAL_OUTAGE',
      'PARTIAL_OUTAGE',
      'OPERATIONAL',
    ]);
  });

  it('rounds down to 4 decimals, so a minute of downtime never shows as 100%', () => {
    const history = [change('MAJOR_OUTAGE', 0, 1), change('OPERATIONAL', 0, 1 + 1 / 60)];
    // 1 − 1/1440 = 0.999305…
    expect(uptimeByDay(history, longAgo, endOfDay0, 1)[0]!.ratio).toBe(0.9993);
  });

  // A random history around a random listing and a random now, over a short window.
  const scenario = fc.record({
    changes: fc.array(
      fc.record({
        status: fc.constantFrom(...COMPONENT_STATUSES),
        offset: fc.integer({ min: -20 * DAY, max: 2 * DAY }),
      }),
      { maxLength: 20 },
    ),
    listed: fc.integer({ min: -20 * DAY, max: 2 * DAY }),
    now: fc.integer({ min: 0, max: 3 * DAY }),
    days: fc.integer({ min: 1, max: 15 }),
  });

  it('gives ratios in [0, 1] or null, `days` consecutive dates ending today', () => {
    fc.assert(
      fc.property(scenario, ({ changes, listed, now, days }) => {
        const history = changes.map((c) => ({ status: c.status, since: new Date(D0 + c.offset) }));
        const result = uptimeByDay(history, new Date(D0 + listed), new Date(D0 + now), days);
        expect(result).toHaveLength(days);
        expect(result.at(-1)!.date).toBe(new Date(D0 + now).toISOString().slice(0, 10));
        result.forEach((day, i) => {
          if (i > 0) {
            const previous = Date.parse(result[i - 1]!.date);
            expect(Date.parse(day.date) - previous).toBe(DAY);
          }
          if (day.ratio === null) {
            expect(day.worstStatus).toBeNull();
          } else {
            expect(day.ratio).toBeGreaterThanOrEqual(0);
            expect(day.ratio).toBeLessThanOrEqual(1);
            expect(day.worstStatus).not.toBeNull();
            // Below 1 exactly when an outage was in force.
            const outage =
              day.worstStatus === 'PARTIAL_OUTAGE' || day.worstStatus === 'MAJOR_OUTAGE';
            expect(day.ratio < 1).toBe(outage);
          }
        });
      }),
    );
  });

  it('always gives 1 for a history that is all OPERATIONAL', () => {
    fc.assert(
      fc.property(scenario, ({ changes, listed, now, days }) => {
        const history = changes.map((c) => ({
          status: 'OPERATIONAL' as const,
          since: new Date(D0 + c.offset),
        }));
        for (const day of uptimeByDay(history, new Date(D0 + listed), new Date(D0 + now), days)) {
          if (day.ratio !== null) expect(day.ratio).toBe(1);
        }
      }),
    );
  });
});

describe('overallUptime', () => {
  const day = (ratio: number | null): UptimeDay => ({
    date: '2026-03-29',
    ratio,
    worstStatus: ratio === null ? null : 'OPERATIONAL',
  });

  it('is the mean of the days with data, rounded down to 4 decimals', () => {
    expect(overallUptime([day(null), day(1), day(0.75), day(null)])).toBe(0.875);
    expect(overallUptime([day(1), day(1), day(0.9999)])).toBe(0.9999);
    expect(overallUptime([day(0.1), day(0.2)])).toBe(0.15);
  });

  it('is null when no day has data', () => {
    expect(overallUptime([])).toBeNull();
    expect(overallUptime([day(null), day(null)])).toBeNull();
  });

  it('lies between the worst and best day, and is 1 only when every day is', () => {
    const ratio = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
    fc.assert(
      fc.property(fc.array(fc.option(ratio), { minLength: 1 }), (ratios) => {
        const known = ratios.filter((r): r is number => r !== null);
        const overall = overallUptime(ratios.map(day));
        if (known.length === 0) {
          expect(overall).toBeNull();
          return;
        }
        expect(overall).toBeGreaterThanOrEqual(Math.min(...known));
        expect(overall).toBeLessThanOrEqual(Math.max(...known));
        expect(overall === 1).toBe(known.every((r) => r === 1));
      }),
    );
  });
});
