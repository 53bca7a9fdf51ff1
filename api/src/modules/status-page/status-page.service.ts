import { isValidSlug, worstStatus } from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import { listComponents } from '../component/component.service.js';
import { Component } from '../component/component.type.js';
import type { StatusPage } from './status-page.type.js';

export class StatusPageService {
  constructor(private readonly db: Database) {}

  /** The public view of the tenant at `slug`, or null when there is none. */
  async bySlug(slug: string): Promise<StatusPage | null> {
    if (!isValidSlug(slug)) return null;
    const tenantId = await this.db.tenantIdBySlug(slug);
    if (!tenantId) return null;
    const actor = { kind: 'SYSTEM' as const, label: 'public status page' };
    return this.db.transaction({ tenantId, actor, role: 'VIEWER' }, async (tx) => {
      const [tenant, components] = await Promise.all([tx.tenant(), listComponents(tx)]);
      return {
        slug: tenant.slug,
        name: tenant.name,
        status: worstStatus(components.map((c) => c.status)),
        components: components.map(Component.from),
        asOf: new Date(),
      };
    });
  }
}
