import { worstStatus, type ComponentStatus } from './component.js';

/** A component entered `status` at `since` and stayed in it until its next change. */
export interface StatusChange {
  status: ComponentStatus;
  since: Date;
}

/** How many days of uptime a status page shows. */
export const UPTIME_DAYS = 90;

/**
 * The method of `uptimeByDay` and `overallUptime`, shown verbatim to the public next to the
 * figures. Keep it true to the code below.
 */
export const UPTIME_METHOD =
  "Each UTC day's uptime is the share of the day (from the component's listing, and up to now for today) that it was not in an outage: a major outage counts as fully down, a partial outage as 30% down (the weighting Atlassian Statuspage uses), degraded performance and maintenance as up. " +
  'Days before the component was listed have no data, figures are rounded down to 0.01%, and the overall figure is the average of the days with data.';

export interface UptimeDay {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  /** 0–1, rounded down to 4 decimals; null when no part of the day was measured. */
  ratio: number | null;
  /** The worst status in force during the measured part of the day; null when none was. */
  worstStatus: ComponentStatus | null;
}

const DAY_MS = 24 * 3600_000;
/** Ratios are kept in these units (0.0001 = 0.01%) so that rounding stays exact. */
const UNITS = 10_000;

/**
 * A component's uptime per UTC day: exactly `days` entries, oldest first, the last one the UTC day
 * containing `now`.
 *
 * - `history` may come in any order; it is sorted by `since` (changes at the same instant keep
 *   input order, so the last one listed wins). Before the first change the component is
 *   OPERATIONAL. Changes after `now` are not known yet and count for nothing.
 * - A day is measured from midnight (or `listedAt`, if later) up to the next midnight (or `now`,
 *   if earlier). A day with nothing measured has ratio and worstStatus null.
 * - ratio = 1 − (majorMs + 0.3 × partialMs) / measuredMs, where majorMs and partialMs are the
 *   measured milliseconds spent in MAJOR_OUTAGE and PARTIAL_OUTAGE. DEGRADED_PERFORMANCE and
 *   UNDER_MAINTENANCE count as up. The ratio is rounded down to 4 decimals (0.01%), so a day with
 *   any downtime never shows as 1.
 * - worstStatus is the worst status in force for a non-zero stretch of the measured part.
 */
export function uptimeByDay(
  history: readonly StatusChange[],
  listedAt: Date,
  now: Date,
  days = UPTIME_DAYS,
): UptimeDay[] {
  const sorted = [...history].sort((a, b) => a.since.getTime() - b.since.getTime());
  // The timeline as back-to-back segments: [start, end) in one status.
  const segments: { status: ComponentStatus; start: number; end: number }[] = [];
  let status: ComponentStatus = 'OPERATIONAL';
  let start = -Infinity;
  for (const change of sorted) {
    segments.push({ status, start, end: change.since.getTime() });
    status = change.status;
    start = change.since.getTime();
  }
  segments.push({ status, start, end: Infinity });

  const nowMs = now.getTime();
  const listedMs = listedAt.getTime();
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const result: UptimeDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const dayStart = today - i * DAY_MS;
    const date = new Date(dayStart).toISOString().slice(0, 10);
    const from = Math.max(dayStart, listedMs);
    const to = Math.min(dayStart + DAY_MS, nowMs);
    if (!(to > from)) {
      result.push({ date, ratio: null, worstStatus: null });
      continue;
    }
    let majorMs = 0;
    let partialMs = 0;
    const seen: ComponentStatus[] = [];
    for (const s of segments) {
      const overlap = Math.min(s.end, to) - Math.max(s.start, from);
      if (overlap <= 0) continue;
      seen.push(s.status);
      if (s.status === 'MAJOR_OUTAGE') majorMs += overlap;
      if (s.status === 'PARTIAL_OUTAGE') partialMs += overlap;
    }
    // In tenths of a millisecond, all integers: 1 − (10·major + 3·partial) / (10·measured).
    const measured10 = 10 * (to - from);
    const down10 = 10 * majorMs + 3 * partialMs;
    const ratio = Math.floor(((measured10 - down10) * UNITS) / measured10) / UNITS;
    result.push({ date, ratio, worstStatus: worstStatus(seen) });
  }
  return result;
}

/**
 * The uptime over a run of days: the plain mean of the days with data (each day weighs the same,
 * however much of it was measured), rounded down to 4 decimals; null when no day has data.
 */
export function overallUptime(days: readonly UptimeDay[]): number | null {
  let sum = 0;
  let count = 0;
  for (const day of days) {
    if (day.ratio === null) continue;
    sum += Math.round(day.ratio * UNITS);
    count++;
  }
  return count === 0 ? null : Math.floor(sum / count) / UNITS;
}
