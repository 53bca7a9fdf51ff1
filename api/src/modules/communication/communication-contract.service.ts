import {
  assertValid,
  contractProblems,
  isRole,
  presetContract,
  type CommunicationContract,
  type FieldProblem,
  type RiskProfile,
} from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { SeverityLevelEntity } from '../severity/severity-level.entity.js';
import { severityLevels } from '../severity/severity.service.js';
import { CommunicationContractEntity } from './communication-contract.entity.js';
import type { UpdateCommunicationContractInput } from './communication-contract.input.js';

/** Every version of every contract of the tenant, oldest first (load once per transaction). */
export function contractHistory(tx: TenantTx): Promise<CommunicationContractEntity[]> {
  return tx
    .repo(CommunicationContractEntity)
    .find({}, { order: { severity: 'ASC', version: 'ASC' } });
}

/** The newest version of each severity's contract made at or before `at` (default: latest). */
export function inForce(
  history: readonly CommunicationContractEntity[],
  at?: Date,
): Map<string, CommunicationContractEntity> {
  const current = new Map<string, CommunicationContractEntity>();
  for (const row of history) {
    if (!at || row.createdAt.getTime() <= at.getTime()) current.set(row.severity, row);
  }
  return current;
}

/** The contracts in force `at` (default: now), read in one query. */
export async function contractsInForce(
  tx: TenantTx,
  at?: Date,
): Promise<Map<string, CommunicationContractEntity>> {
  return inForce(await contractHistory(tx), at);
}

/** The terms of a contract, without its bookkeeping. */
export function contractTerms(c: CommunicationContract): CommunicationContract {
  return {
    severity: c.severity,
    announcerRole: c.announcerRole,
    decisionOwnerRole: c.decisionOwnerRole,
    firstPublicUpdateMinutes: c.firstPublicUpdateMinutes,
    publicCadenceMinutes: c.publicCadenceMinutes,
    internalCadenceMinutes: c.internalCadenceMinutes,
    execSummaryMinutes: c.execSummaryMinutes,
    postmortemRequired: c.postmortemRequired,
  };
}

async function addVersion(
  tx: TenantTx,
  contract: CommunicationContract,
  previous: CommunicationContractEntity | undefined,
): Promise<CommunicationContractEntity> {
  const row = await tx.repo(CommunicationContractEntity).insert({
    ...contract,
    version: (previous?.version ?? 0) + 1,
    createdAt: new Date(),
    createdBy: tx.scope.actor.label,
  });
  await tx.audit({
    action: 'communication_contract.update',
    targetType: 'CommunicationContract',
    targetId: `${row.severity}@${row.version}`,
    ...(previous ? { before: contractTerms(previous) } : {}),
    after: contractTerms(contract),
  });
  return row;
}

/** Gives every severity of the tenant a new contract version from its risk profile's preset. */
export async function applyPreset(tx: TenantTx, profile: RiskProfile): Promise<void> {
  const current = await contractsInForce(tx);
  for (const level of await severityLevels(tx)) {
    await addVersion(tx, presetContract(profile, level.key, level.rank), current.get(level.key));
  }
}

export class CommunicationContractService {
  constructor(private readonly db: Database) {}

  current(scope: Scope): Promise<CommunicationContractEntity[]> {
    return this.db.transaction(scope, async (tx) => [...(await contractsInForce(tx)).values()]);
  }

  history(scope: Scope, severity: string): Promise<CommunicationContractEntity[]> {
    return this.db.transaction(scope, (tx) =>
      tx.repo(CommunicationContractEntity).find({ severity }, { order: { version: 'DESC' } }),
    );
  }

  /** A new version; incidents declared earlier keep being judged by the version they had. */
  update(
    scope: Scope,
    input: UpdateCommunicationContractInput,
  ): Promise<CommunicationContractEntity> {
    const problems: FieldProblem[] = [];
    for (const field of ['announcerRole', 'decisionOwnerRole'] as const) {
      if (!isRole(input[field])) {
        problems.push({
          field,
          rule: 'isRole',
          message: `${field} must be one of VIEWER, RESPONDER, COMMANDER, COMMUNICATIONS, ADMIN`,
        });
      }
    }
    const terms = { ...input, execSummaryMinutes: input.execSummaryMinutes ?? null };
    assertValid([...problems, ...contractProblems(terms as CommunicationContract)]);
    return this.db.transaction(scope, async (tx) => {
      const level = await tx
        .repo(SeverityLevelEntity)
        .get({ key: input.severity }, 'Severity level');
      const previous = (await contractsInForce(tx)).get(input.severity);
      const contract = {
        ...terms,
        // Omitted: as before (or as the preset says for a severity without a contract yet).
        postmortemRequired:
          input.postmortemRequired ?? previous?.postmortemRequired ?? level.rank <= 2,
      } as CommunicationContract;
      return addVersion(tx, contract, previous);
    });
  }

  applyPreset(scope: Scope): Promise<CommunicationContractEntity[]> {
    return this.db.transaction(scope, async (tx) => {
      await applyPreset(tx, (await tx.tenant()).riskProfile);
      return [...(await contractsInForce(tx)).values()];
    });
  }
}
