import { randomUUID } from 'node:crypto';
import { DEFAULT_OPEN_ACTION_CAP } from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import { OPERATOR_ACTOR, type Scope } from '../../db/scope.js';
import { issueToken, type IssuedToken } from '../access/issue-token.js';
import { createDefaultFactorCategories } from '../postmortem/postmortem.service.js';
import { applyPreset } from '../communication/communication-contract.service.js';
import { createDefaultSeverityLevels } from '../severity/severity.service.js';
import type { CreateTenantInput } from './create-tenant.input.js';
import { TenantEntity } from './tenant.entity.js';
import type { UpdateTenantInput } from './update-tenant.input.js';

const view = (t: TenantEntity) => ({
  slug: t.slug,
  name: t.name,
  riskProfile: t.riskProfile,
  statusPagePublic: t.statusPagePublic,
  statusPageHost: t.statusPageHost,
  timeZone: t.timeZone,
  openActionCap: t.openActionCap,
});

export class TenantService {
  constructor(private readonly db: Database) {}

  /** Operator bootstrap: a tenant and its first ADMIN token, in one transaction. */
  async create(input: CreateTenantInput): Promise<{ tenant: TenantEntity; admin: IssuedToken }> {
    const id = randomUUID();
    return this.db.transaction(
      { tenantId: id, actor: OPERATOR_ACTOR, role: 'ADMIN' },
      async (tx) => {
        const tenant = await tx.saveTenant(
          Object.assign(new TenantEntity(), {
            id,
            slug: input.slug,
            name: input.name.trim(),
            riskProfile: input.riskProfile,
            statusPagePublic: true,
            statusPageHost: null,
            timeZone: 'UTC',
            openActionCap: DEFAULT_OPEN_ACTION_CAP,
          }),
        );
        await tx.audit({
          action: 'tenant.create',
          targetType: 'Tenant',
          targetId: id,
          after: view(tenant),
        });
        await createDefaultSeverityLevels(tx);
        await applyPreset(tx, tenant.riskProfile);
        await createDefaultFactorCategories(tx);
        const admin = await issueToken(tx, { name: 'bootstrap admin', role: 'ADMIN' });
        return { tenant, admin };
      },
    );
  }

  current(scope: Scope): Promise<TenantEntity> {
    return this.db.transaction(scope, (tx) => tx.tenant());
  }

  update(scope: Scope, input: UpdateTenantInput): Promise<TenantEntity> {
    return this.db.transaction(scope, async (tx) => {
      const before = await tx.tenant();
      const after = await tx.saveTenant(
        Object.assign(new TenantEntity(), before, {
          name: input.name?.trim() ?? before.name,
          riskProfile: input.riskProfile ?? before.riskProfile,
          statusPagePublic: input.statusPagePublic ?? before.statusPagePublic,
          statusPageHost:
            input.statusPageHost === undefined
              ? before.statusPageHost
              : (input.statusPageHost?.toLowerCase() ?? null),
          timeZone: input.timeZone ?? before.timeZone,
          openActionCap: input.openActionCap ?? before.openActionCap,
        }),
      );
      await tx.audit({
        action: 'tenant.update',
        targetType: 'Tenant',
        targetId: before.id,
        before: view(before),
        after: view(after),
      });
      tx.emit({ type: 'TENANT_UPDATED', incidentId: null, payload: {} });
      return after;
    });
  }
}
