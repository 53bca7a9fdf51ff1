/**
 * Times for readers: always UTC, and the page's own time zone beside it when that differs.
 * Intl (ICU's time zone database) does the zone arithmetic, so daylight saving is handled.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, withDate: boolean, withYear = true): Intl.DateTimeFormat {
  const key = `${zone}|${withDate}|${withYear}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      ...(withDate
        ? { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }
        : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(zone === 'UTC' ? {} : { timeZoneName: 'short' }),
    });
    formatters.set(key, f);
  }
  return f;
}

const dayOf = (date: Date, zone: string) =>
  formatter(zone, true)
    .formatToParts(date)
    .filter((p) => p.type === 'day' || p.type === 'month')
    .map((p) => p.value)
    .join(' ');

/**
 * "30 Nov 2026, 14:35 UTC (15:35 CET)"; without `withDate`, "14:35 UTC (15:35 CET)". The local
 * part names its day when that differs from UTC's ("(1 Dec, 01:35 AEDT)").
 */
export function formatMoment(iso: string, zone: string, withDate = true): string {
  const date = new Date(iso);
  const utc = `${formatter('UTC', withDate).format(date)} UTC`;
  if (zone === 'UTC') return utc;
  const otherDay = dayOf(date, zone) !== dayOf(date, 'UTC');
  return `${utc} (${formatter(zone, otherDay, false).format(date)})`;
}

/** "30 Nov 2026" in UTC: the day a history entry is filed under. */
export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(iso),
  );
}

const MONTH = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

/** "November 2026": the UTC month of a time, or of a month key ("2026-11"). */
export function formatMonth(isoOrMonth: string): string {
  const iso = /^\d{4}-\d{2}$/.test(isoOrMonth) ? `${isoOrMonth}-01T00:00:00Z` : isoOrMonth;
  return MONTH.format(new Date(iso));
}

/** Whole minutes, at least 1 ("in 7 min", "overdue by 3 min"). */
export const minutes = (ms: number): number => Math.max(1, Math.round(ms / 60_000));

/** How a promised update reads at `now`: before the time, a countdown; after it, how late. */
export function promiseWords(
  dueAt: number,
  now: number,
): { lead: string; tail: string; overdue: boolean } {
  const ms = dueAt - now;
  return ms > 0
    ? { lead: 'Next update by', tail: ` (in ${minutes(ms)} min)`, overdue: false }
    : { lead: `Update overdue by ${minutes(-ms)} min, promised for`, tail: '', overdue: true };
}

/** "3 min ago", "2 h 5 min ago": the age of a stale snapshot. */
export function age(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 60_000));
  if (total < 1) return 'less than a minute ago';
  const h = Math.floor(total / 60);
  return h > 0 ? `${h} h ${total % 60} min ago` : `${total} min ago`;
}
