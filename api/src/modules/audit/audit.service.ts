import { LessThan } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import { AuditRecordEntity } from './audit-record.entity.js';

export class AuditService {
  constructor(private readonly db: Database) {}

  /** Newest first; `before` is the id of the last record of the previous page. */
  list(scope: Scope, first: number, before?: string): Promise<AuditRecordEntity[]> {
    return this.db.transaction(scope, (tx) =>
      tx.repo(AuditRecordEntity).find(before ? { id: LessThan(before) } : {}, {
        order: { id: 'DESC' },
        take: first,
      }),
    );
  }
}
