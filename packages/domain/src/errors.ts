/**
 * The one error type that crosses layers. `code` is the stable, documented value clients switch on
 * (it becomes `extensions.code` in GraphQL); `field` names the input that broke a rule.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'OVER_CAP',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(problems: FieldProblem[]): DomainError {
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new DomainError('VALIDATION_FAILED', `Invalid input — ${summary}`, problems);
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }
}

/** Throws VALIDATION_FAILED when any problem was found; otherwise returns nothing. */
export function assertValid(problems: FieldProblem[]): void {
  if (problems.length > 0) throw DomainError.validation(problems);
}
