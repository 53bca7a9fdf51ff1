import {
  FindOperator,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type Repository,
} from 'typeorm';
import { DomainError } from '@keepwatch/domain';

export interface TenantOwned {
  tenantId: string;
}

type Where<E> = { [K in Exclude<keyof E, 'tenantId'>]?: E[K] | FindOperator<E[K]> };
type Patch<E> = Partial<Omit<E, 'tenantId'>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a filter value on a uuid column can match anything (a malformed id cannot). */
function isUuidMatch(value: unknown): boolean {
  if (value instanceof FindOperator) {
    return value.type !== 'in' || (value.value as unknown[]).every(isUuidMatch);
  }
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Data access that cannot forget the tenant. Every read and write adds the transaction's tenant,
 * and an `undefined` value in a filter is rejected: TypeORM silently drops undefined keys from a
 * `where`, which would turn "this id" into "every row". A malformed id matches nothing, exactly
 * like a well-formed id that does not exist.
 */
export class ScopedRepository<E extends TenantOwned> {
  constructor(
    private readonly repo: Repository<E>,
    private readonly tenantId: string,
  ) {}

  /** The scoped filter, or null when a uuid column is compared with a non-uuid value. */
  private where(where: Where<E>): FindOptionsWhere<E> | null {
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) {
        throw new Error(`Refusing a query on ${this.repo.metadata.name} with ${key} = undefined`);
      }
      const column = this.repo.metadata.findColumnWithPropertyName(key);
      if (column?.type === 'uuid' && !isUuidMatch(value)) return null;
    }
    return { ...where, tenantId: this.tenantId } as FindOptionsWhere<E>;
  }

  async find(
    where: Where<E> = {},
    options: { order?: FindOptionsOrder<E>; take?: number; skip?: number } = {},
  ): Promise<E[]> {
    const scoped = this.where(where);
    return scoped ? this.repo.find({ where: scoped, ...options }) : [];
  }

  async findOne(where: Where<E>): Promise<E | null> {
    const scoped = this.where(where);
    return scoped ? this.repo.findOne({ where: scoped }) : null;
  }

  /** The row, or NOT_FOUND naming `what` — the same answer for another tenant's id. */
  async get(where: Where<E>, what: string): Promise<E> {
    const row = await this.findOne(where);
    if (!row) throw DomainError.notFound(what);
    return row;
  }

  /** The row, locked until commit (SELECT … FOR UPDATE), or NOT_FOUND naming `what`. */
  async getForUpdate(where: Where<E>, what: string): Promise<E> {
    const scoped = this.where(where);
    const row = scoped
      ? await this.repo.findOne({ where: scoped, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!row) throw DomainError.notFound(what);
    return row;
  }

  async count(where: Where<E> = {}): Promise<number> {
    const scoped = this.where(where);
    return scoped ? this.repo.count({ where: scoped }) : 0;
  }

  async insert(values: Omit<E, 'tenantId'>): Promise<E> {
    const row = this.repo.create({ ...values, tenantId: this.tenantId } as E);
    const result = await this.repo.insert(row as never);
    return Object.assign(row, result.generatedMaps[0]);
  }

  /** Conditional update: only rows matching all of `where` change. Returns how many did. */
  async update(where: Where<E>, patch: Patch<E>): Promise<number> {
    const scoped = this.where(where);
    if (!scoped) return 0;
    const result = await this.repo.update(scoped, patch as never);
    return result.affected ?? 0;
  }

  async delete(where: Where<E>): Promise<number> {
    const scoped = this.where(where);
    if (!scoped) return 0;
    const result = await this.repo.delete(scoped);
    return result.affected ?? 0;
  }
}
