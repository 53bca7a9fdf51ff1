/** One input that broke a rule, as the API reports it in `extensions.problems`. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/**
 * Codes the API documents in `extensions.code`, plus the two this client adds for failures that
 * never reached GraphQL: NETWORK_ERROR (no response at all) and HTTP_ERROR (a non-2xx response
 * without a GraphQL body). Other strings can still arrive (e.g. GRAPHQL_VALIDATION_FAILED).
 */
export type KeepwatchErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'OVER_CAP'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | (string & {});

/** A failed call: the first GraphQL error of the response, or the transport failure. */
export class KeepwatchApiError extends Error {
  override readonly name = 'KeepwatchApiError';

  constructor(
    readonly code: KeepwatchErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    /** HTTP status of the response, when there was one. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; problems?: unknown };
}

function isProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, rule, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof rule === 'string' && typeof message === 'string';
}

/** The error a GraphQL error object from the wire stands for; unknown shapes become INTERNAL. */
export function fromGraphQLError(error: unknown, status?: number): KeepwatchApiError {
  const { message, extensions } = (
    typeof error === 'object' && error !== null ? error : {}
  ) as WireError;
  const code = typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const problems = Array.isArray(extensions?.problems) ? extensions.problems.filter(isProblem) : [];
  const text = typeof message === 'string' && message !== '' ? message : 'GraphQL request failed';
  return new KeepwatchApiError(code, text, problems, status);
}
