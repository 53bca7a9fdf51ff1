export * from './generated/graphql.js';
export { createKeepwatchClient, webSocketUrl } from './client.js';
export type { KeepwatchClient, KeepwatchClientOptions } from './client.js';
export { KeepwatchApiError, fromGraphQLError } from './errors.js';
export type { FieldProblem, KeepwatchErrorCode } from './errors.js';
