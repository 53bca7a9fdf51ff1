import { DEFAULT_SEVERITY_LEVELS } from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { SeverityLevelEntity } from './severity-level.entity.js';
import type { UpdateSeverityLevelInput } from './update-severity-level.input.js';

/** The tenant's scale, most severe first. */
export function severityLevels(tx: TenantTx): Promise<SeverityLevelEntity[]> {
  return tx.repo(SeverityLevelEntity).find({}, { order: { rank: 'ASC' } });
}

/** A new tenant starts with the default SEV1–SEV4 scale. */
export async function createDefaultSeverityLevels(tx: TenantTx): Promise<void> {
  const levels = tx.repo(SeverityLevelEntity);
  for (const level of DEFAULT_SEVERITY_LEVELS) await levels.insert({ ...level });
}

const view = (l: SeverityLevelEntity) => ({
  name: l.name,
  description: l.description,
  criteria: l.criteria,
});

export class SeverityService {
  constructor(private readonly db: Database) {}

  list(scope: Scope): Promise<SeverityLevelEntity[]> {
    return this.db.transaction(scope, severityLevels);
  }

  update(scope: Scope, input: UpdateSeverityLevelInput): Promise<SeverityLevelEntity> {
    return this.db.transaction(scope, async (tx) => {
      const levels = tx.repo(SeverityLevelEntity);
      const before = await levels.get({ key: input.key }, 'Severity level');
      const after = {
        ...before,
        name: input.name?.trim() ?? before.name,
        description: input.description?.trim() ?? before.description,
        criteria: input.criteria ? { ...input.criteria } : before.criteria,
      };
      await levels.update(
        { key: input.key },
        { name: after.name, description: after.description, criteria: after.criteria },
      );
      await tx.audit({
        action: 'severity_level.update',
        targetType: 'SeverityLevel',
        targetId: input.key,
        before: view(before),
        after: view(after),
      });
      return after;
    });
  }
}
