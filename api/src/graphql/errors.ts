import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type FieldProblem } from '@keepwatch/domain';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...problemsOf(e.children ?? [], `${field}.`)];
  });
}

/** A thrown value as the DomainError clients see, or undefined when it is unexpected. */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof ArgumentValidationError) return DomainError.validation(problemsOf(error.extensions.validationErrors as ValidationError[]));
  return undefined;
}

/**
 * The one error formatter. Domain errors keep their code, message and field problems; errors of
 * the GraphQL layer itself (syntax, validation, limits, variable coercion) pass through; anything
 * else is an internal error whose details stay in the log (see the logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const domain = toDomainError(original);
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
  if (original instanceof GraphQLError && original.originalError === undefined) {
    return { ...formatted, extensions: { code: formatted.extensions?.code } };
  }
  if (error instanceof GraphQLError && error.originalError instanceof GraphQLError) {
    // Apollo wraps validation errors; keep the code our own rules chose (LIMIT_EXCEEDED).
    const code = error.originalError.extensions.code ?? formatted.extensions?.code;
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
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
  const original = unwrapResolverError(error);
  if (toDomainError(original)) return false;
  return !(original instanceof GraphQLError && original.originalError === undefined);
}
