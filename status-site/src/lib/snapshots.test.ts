import { describe, expect, it } from 'vitest';
import type { SnapshotMaintenance, SnapshotPage } from './snapshot-types.ts';
import { nextBoundary } from './snapshots.ts';

const window = (scheduledFor: string, scheduledUntil: string) =>
  ({ scheduledFor, scheduledUntil }) as SnapshotMaintenance;
const page = (maintenances: SnapshotMaintenance[]) => ({ maintenances }) as SnapshotPage;
const at = (iso: string) => Date.parse(iso);

describe('nextBoundary', () => {
  it('is the next maintenance start or end after now: the page changes then with no event', () => {
    const p = page([
      window('2026-12-01T02:00:00Z', '2026-12-01T03:00:00Z'),
      window('2026-11-30T10:00:00Z', '2026-11-30T12:00:00Z'),
    ]);
    expect(nextBoundary(p, at('2026-11-30T09:00:00Z'))).toBe(at('2026-11-30T10:00:00Z'));
    expect(nextBoundary(p, at('2026-11-30T10:00:00Z'))).toBe(at('2026-11-30T12:00:00Z'));
    expect(nextBoundary(p, at('2026-11-30T13:00:00Z'))).toBe(at('2026-12-01T02:00:00Z'));
    expect(nextBoundary(p, at('2026-12-02T00:00:00Z'))).toBe(Infinity);
    expect(nextBoundary(page([]), at('2026-11-30T09:00:00Z'))).toBe(Infinity);
  });
});
