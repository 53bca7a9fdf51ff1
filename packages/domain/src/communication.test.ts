import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  communicationStatus,
  contractProblems,
  presetContract,
  type CommunicationContract,
  type CommunicationFact,
} from './communication.js';

const T0 = Date.UTC(2026, 2, 29, 0, 30); // the night Europe moves its clocks: irrelevant in UTC
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const sev1 = presetContract('CONSUMER', 'SEV1', 1); // first 10, public every 30, internal 15
const sev3 = presetContract('CONSUMER', 'SEV3', 3); // first 30, public every 120, internal 60
const regulated = presetContract('REGULATED', 'SEV1', 1); // exec summary within 60

const declared = (c: CommunicationContract = sev1): CommunicationFact => ({
  kind: 'DECLARED',
  at: at(0),
  contract: c,
});
const pub = (m: number): CommunicationFact => ({ kind: 'PUBLIC_UPDATE', at: at(m) });
const internal = (m: number): CommunicationFact => ({ kind: 'INTERNAL_UPDATE', at: at(m) });

describe('communicationStatus', () => {
  it('promises the first public update after declaration, then one per cadence', () => {
    expect(communicationStatus([declared()], at(3)).nextPublicUpdate).toEqual({
      dueAt: at(10),
      overdueByMs: 0,
    });
    const s = communicationStatus([declared(), pub(8)], at(20));
    expect(s.nextPublicUpdate).toEqual({ dueAt: at(38), overdueByMs: 0 });
    expect(s.nextInternalUpdate).toEqual({ dueAt: at(23), overdueByMs: 0 });
    expect(s.breaches).toEqual([]);
  });

  it('says honestly how overdue a promise is, and lists it as an open breach', () => {
    const s = communicationStatus([declared()], at(17));
    expect(s.nextPublicUpdate).toEqual({ dueAt: at(10), overdueByMs: 7 * 60_000 });
    expect(s.breaches).toContainEqual({
      promise: 'PUBLIC_UPDATE',
      dueAt: at(10),
      keptAt: null,
      lateByMs: 7 * 60_000,
      open: true,
    });
  });

  it('records a late update as a kept breach', () => {
    const s = communicationStatus([declared(), pub(14)], at(15));
    expect(s.breaches).toEqual([
      {
        promise: 'PUBLIC_UPDATE',
        dueAt: at(10),
        keptAt: at(14),
        lateByMs: 4 * 60_000,
        open: false,
      },
    ]);
  });

  it('keeps the internal cadence with any update', () => {
    const s = communicationStatus([declared(), internal(12), pub(9)], at(13));
    expect(s.nextInternalUpdate.dueAt).toEqual(at(27));
  });

  it('requires an executive summary only where the contract does', () => {
    expect(communicationStatus([declared()], at(1)).execSummary.dueAt).toBeNull();
    expect(communicationStatus([declared(regulated)], at(1)).execSummary.dueAt).toEqual(at(60));
    const kept = communicationStatus(
      [declared(regulated), { kind: 'EXEC_SUMMARY', at: at(45) }],
      at(70),
    );
    expect(kept.execSummary.dueAt).toBeNull();
    expect(kept.breaches.filter((b) => b.promise === 'EXEC_SUMMARY')).toEqual([]);
  });

  it('re-derives promises from a new severity at the moment of the change', () => {
    const escalated = communicationStatus(
      [declared(sev3), { kind: 'SEVERITY_CHANGED', at: at(5), contract: sev1 }],
      at(6),
    );
    expect(escalated.nextPublicUpdate.dueAt).toEqual(at(15));
    const overdue = communicationStatus(
      [declared(sev1), { kind: 'SEVERITY_CHANGED', at: at(12), contract: sev3 }],
      at(13),
    );
    expect(overdue.nextPublicUpdate).toEqual({ dueAt: at(10), overdueByMs: 3 * 60_000 });
  });

  it('stops the clocks at resolution and keeps what was missed as breaches', () => {
    const s = communicationStatus([declared(), { kind: 'RESOLVED', at: at(25) }, pub(40)], at(90));
    expect(s.nextPublicUpdate).toEqual({ dueAt: null, overdueByMs: 0 });
    expect(s.breaches).toEqual(
      expect.arrayContaining([
        {
          promise: 'PUBLIC_UPDATE',
          dueAt: at(10),
          keptAt: null,
          lateByMs: 15 * 60_000,
          open: false,
        },
        {
          promise: 'INTERNAL_UPDATE',
          dueAt: at(15),
          keptAt: null,
          lateByMs: 10 * 60_000,
          open: false,
        },
      ]),
    );
  });

  // A random incident: declaration, then updates, maybe a severity change and a resolution.
  const incident = fc
    .record({
      updates: fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.boolean()), {
        maxLength: 12,
      }),
      change: fc.option(
        fc.tuple(fc.integer({ min: 0, max: 600 }), fc.constantFrom(sev1, sev3, regulated)),
      ),
      resolvedAt: fc.option(fc.integer({ min: 0, max: 700 })),
      now: fc.integer({ min: 0, max: 800 }),
      contract: fc.constantFrom(sev1, sev3, regulated),
    })
    .map(({ updates, change, resolvedAt, now, contract }) => {
      const facts: CommunicationFact[] = [declared(contract)];
      for (const [m, isPublic] of updates) facts.push(isPublic ? pub(m) : internal(m));
      if (change) facts.push({ kind: 'SEVERITY_CHANGED', at: at(change[0]), contract: change[1] });
      if (resolvedAt !== null) facts.push({ kind: 'RESOLVED', at: at(resolvedAt) });
      return { facts, now: at(Math.max(now, ...updates.map(([m]) => m))) };
    });

  it('never reports a breach kept before its deadline, nor a negative lateness', () => {
    fc.assert(
      fc.property(incident, ({ facts, now }) => {
        for (const b of communicationStatus(facts, now).breaches) {
          expect(b.lateByMs).toBeGreaterThan(0);
          if (b.keptAt) expect(b.keptAt.getTime()).toBeGreaterThan(b.dueAt.getTime());
        }
      }),
    );
  });

  it('turns every promise overdue at resolution into a closed breach, and promises nothing after', () => {
    fc.assert(
      fc.property(incident, ({ facts, now }) => {
        const resolved = facts.find((f) => f.kind === 'RESOLVED');
        if (!resolved || resolved.at > now) return;
        const before = communicationStatus(
          facts.filter((f) => f.kind !== 'RESOLVED'),
          resolved.at,
        );
        const after = communicationStatus(facts, now);
        expect(after.nextPublicUpdate.dueAt).toBeNull();
        expect(after.nextInternalUpdate.dueAt).toBeNull();
        expect(after.breaches.every((b) => !b.open)).toBe(true);
        for (const promise of ['nextPublicUpdate', 'nextInternalUpdate', 'execSummary'] as const) {
          if (before[promise].overdueByMs > 0) {
            expect(after.breaches).toContainEqual(
              expect.objectContaining({ keptAt: null, lateByMs: before[promise].overdueByMs }),
            );
          }
        }
      }),
    );
  });

  it('depends only on durations: shifting every time shifts every answer by the same amount', () => {
    fc.assert(
      fc.property(incident, fc.integer({ min: -1e6, max: 1e6 }), ({ facts, now }, shiftMinutes) => {
        const shift = (d: Date) => new Date(d.getTime() + shiftMinutes * 60_000);
        const moved = communicationStatus(
          facts.map((f) => ({ ...f, at: shift(f.at) })),
          shift(now),
        );
        const base = communicationStatus(facts, now);
        expect(moved.nextPublicUpdate.dueAt?.getTime() ?? null).toBe(
          base.nextPublicUpdate.dueAt ? shift(base.nextPublicUpdate.dueAt).getTime() : null,
        );
        expect(moved.breaches.map((b) => b.lateByMs)).toEqual(base.breaches.map((b) => b.lateByMs));
      }),
    );
  });
});

describe('contracts', () => {
  it('has presets where consumer readers hear first and regulated tenants summarise', () => {
    expect(presetContract('CONSUMER', 'SEV1', 1)).toMatchObject({
      firstPublicUpdateMinutes: 10,
      publicCadenceMinutes: 30,
    });
    expect(presetContract('REGULATED', 'SEV2', 2).execSummaryMinutes).toBe(120);
    expect(presetContract('REGULATED', 'SEV3', 3).execSummaryMinutes).toBeNull();
  });

  it('names durations that are not positive whole minutes or exceed a week', () => {
    const bad = {
      ...sev1,
      firstPublicUpdateMinutes: 0,
      publicCadenceMinutes: 0.5,
      internalCadenceMinutes: 20_000,
    };
    expect(contractProblems(bad).map((p) => [p.field, p.rule])).toEqual([
      ['firstPublicUpdateMinutes', 'min'],
      ['publicCadenceMinutes', 'min'],
      ['internalCadenceMinutes', 'max'],
    ]);
    expect(contractProblems(sev1)).toEqual([]);
  });
});
