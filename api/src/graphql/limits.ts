import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config/config.js';

/** Re-reports a limit rejection with the documented LIMIT_EXCEEDED code. */
function asLimitExceeded(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'LIMIT_EXCEEDED' },
    }),
  );
}

/** Validation rules that refuse abusive documents before any resolver runs (HTTP and WebSocket). */
export function limitRules(config: Config): ValidationRule[] {
  const common = { propagateOnRejection: false, onReject: [asLimitExceeded] };
  return [
    maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ...common }),
    maxAliasesRule({ n: config.GRAPHQL_MAX_ALIASES, ...common }),
    costLimitRule({ maxCost: config.GRAPHQL_MAX_COST, ...common }),
  ];
}
