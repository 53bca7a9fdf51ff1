import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../metrics.js';
import type { Context } from './context.js';
import { isUnexpected } from './errors.js';

/** Counts and times every operation, and logs unexpected errors in full (clients see a generic one). */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const stop = process.hrtime.bigint();
      let failed = false;
      return {
        async didEncounterErrors({ errors, contextValue }) {
          failed = true;
          for (const error of errors) {
            if (isUnexpected(error))
              contextValue.log.error({ err: error }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ operationName, operation }) {
          const labels = {
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'invalid',
          };
          metrics.requests.inc({ ...labels, outcome: failed ? 'error' : 'ok' });
          metrics.duration.observe(labels, Number(process.hrtime.bigint() - stop) / 1e9);
        },
      };
    },
  };
}
