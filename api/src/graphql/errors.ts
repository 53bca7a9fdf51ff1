import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type FieldProblem } from '@keepwatch/domain';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/** class-validator's findings as field problems (nested fields as `parent.child`). */
export function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message,
    }));
    return [...own, ...problemsOf(e.children ?? [], `${field}.`)];
  });
}

/** A thrown value as the DomainError clients see, or undefined when it is unexpected. */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof ArgumentValidationError)
    return DomainError.validation(
      problemsOf(error.extensions.validationErrors as ValidationError[]),
    );
  return undefined;
}

/** Errors about the request as a whole (syntax, validation, limits, variables): no field path. */
function isRequestError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.path === undefined;
}

/**
 * The one error formatter. Domain errors keep their code, message and field problems; errors about
 * the request itself pass through (a limit rule's LIMIT_EXCEEDED survives Apollo's wrapping);
 * anything else is an internal error whose details stay in the log (see the logging plugin).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const domain = toDomainError(unwrapResolverError(error));
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: domain.code,
        ...(domain.problems.length > 0 ? { problems: domain.problems } : {}),
      },
    };
  }
  if (isRequestError(error)) {
    const inner =
      error.originalError instanceof GraphQLError ? error.originalError.extensions.code : undefined;
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: inner ?? formatted.extensions?.code },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Whether an error is unexpected and so worth logging in full. */
export function isUnexpected(error: unknown): boolean {
  return !toDomainError(unwrapResolverError(error)) && !isRequestError(error);
}
