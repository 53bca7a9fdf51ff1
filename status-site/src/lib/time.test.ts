import { describe, expect, it } from 'vitest';
import { age, formatMoment, formatMonth, minutes, promiseWords } from './time.ts';

describe('formatMoment', () => {
  it.each([
    ['2026-11-30T14:35:00Z', 'UTC', true, '30 Nov 2026, 14:35 UTC'],
    ['2026-11-30T14:35:00Z', 'UTC', false, '14:35 UTC'],
    ['2026-11-30T14:35:00Z', 'Europe/Paris', false, '14:35 UTC (15:35 CET)'],
    // Summer time: the same zone is two hours ahead.
    ['2026-07-01T14:35:00Z', 'Europe/Paris', false, '14:35 UTC (16:35 CEST)'],
    // The local day differs from UTC's: it is named.
    [
      '2026-11-30T23:30:00Z',
      'Australia/Sydney',
      true,
      '30 Nov 2026, 23:30 UTC (1 Dec, 10:30 GMT+11)',
    ],
    ['2026-11-30T02:00:00Z', 'America/New_York', false, '02:00 UTC (29 Nov, 21:00 GMT-5)'],
  ])('%s in %s', (iso, zone, withDate, expected) => {
    expect(formatMoment(iso, zone, withDate)).toBe(expected);
  });

  it('crosses the spring-forward gap in Europe/Paris correctly', () => {
    // 29 March 2026: clocks jump from 02:00 to 03:00 local (01:00 UTC).
    expect(formatMoment('2026-03-29T00:59:00Z', 'Europe/Paris', false)).toBe(
      '00:59 UTC (01:59 CET)',
    );
    expect(formatMoment('2026-03-29T01:00:00Z', 'Europe/Paris', false)).toBe(
      '01:00 UTC (03:00 CEST)',
    );
  });
});

describe('promiseWords', () => {
  const due = Date.parse('2026-11-30T14:35:00Z');
  it.each([
    [-12 * 60_000, 'Next update by', ' (in 12 min)', false],
    [-10_000, 'Next update by', ' (in 1 min)', false],
    [0, 'Update overdue by 1 min, promised for', '', true],
    [7 * 60_000, 'Update overdue by 7 min, promised for', '', true],
  ])('%i ms after the promise', (offset, lead, tail, overdue) => {
    expect(promiseWords(due, due + offset)).toEqual({ lead, tail, overdue });
  });
});

describe('formatMonth', () => {
  it('names the UTC month of a time or a month key', () => {
    expect(formatMonth('2026-11')).toBe('November 2026');
    // 23:30 on 30 November in New York is already December in UTC.
    expect(formatMonth('2026-12-01T04:30:00Z')).toBe('December 2026');
  });
});

describe('minutes and age', () => {
  it('rounds to whole minutes, never below one', () => {
    expect([minutes(0), minutes(89_000), minutes(91_000)]).toEqual([1, 1, 2]);
  });
  it('reads a snapshot age', () => {
    expect([age(30_000), age(3 * 60_000), age(125 * 60_000)]).toEqual([
      'less than a minute ago',
      '3 min ago',
      '2 h 5 min ago',
    ]);
  });
});
