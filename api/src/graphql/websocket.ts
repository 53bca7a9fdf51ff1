import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { Metrics } from '../metrics.js';
import { hashToken } from '../modules/access/token-secret.js';
import { IncidentEventStream } from '../modules/incident-events/incident-event-stream.js';
import type { Services } from '../services.js';
import { authenticate, type TokenAuth } from './auth.js';
import type { Context } from './context.js';
import { DocumentCache } from './document-cache.js';
import { formatError } from './errors.js';

async function* mapAsyncIterable<T, R>(source: AsyncIterable<T>, map: (item: T) => R | Promise<R>) {
  for await (const item of source) yield await map(item);
}

type Connection = {
  auth?: TokenAuth;
  tokenHash?: Buffer;
};

/**
 * GraphQL over WebSocket (graphql-transport-ws) on the HTTP server's /graphql path. The token comes
 * in `connection_init`; a connection without a valid one is closed with 4403. Operations get the
 * same validation and limits as over HTTP.
 */
export function serveWebSocket(deps: {
  httpServer: Server;
  schema: GraphQLSchema;
  rules: ValidationRule[];
  config: Config;
  db: Database;
  services: Services;
  metrics: Metrics;
  log: Logger;
}): { close(): Promise<void> } {
  const { schema, config, db, services, metrics, log } = deps;
  const documents = new DocumentCache(schema, deps.rules);
  const wsServer = new WebSocketServer({
    server: deps.httpServer,
    path: '/graphql',
    maxPayload: config.WS_MAX_PAYLOAD_BYTES,
  });
  wsServer.on('connection', (socket) => {
    metrics.sockets.inc();
    socket.on('close', () => metrics.sockets.dec());
  });

  const server = useServer<Record<string, unknown>, Connection>(
    {
      schema,
      connectionInitWaitTimeout: config.WS_CONNECTION_INIT_TIMEOUT_MS,
      async onConnect(ctx) {
        const header = ctx.connectionParams?.authorization;
        // No token: an anonymous connection, for public subscriptions only (see authChecker).
        if (header === undefined) return true;
        if (typeof header !== 'string') return false;
        try {
          const auth = await authenticate(header, db, config.OPERATOR_SECRET);
          if (auth.kind !== 'token') return false;
          ctx.extra.auth = auth;
          ctx.extra.tokenHash = hashToken(header.replace(/^Bearer /, ''));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe(ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] {
        const document = documents.compile(payload.query);
        if (!('kind' in document)) return document;
        const requestId = randomUUID();
        const auth = ctx.extra.auth;
        let logger: Logger | undefined;
        const contextValue: Context = {
          requestId,
          auth: auth ?? { kind: 'anonymous' },
          services,
          tokenHash: ctx.extra.tokenHash,
          // Made on first use: a pino child costs kilobytes, and most subscriptions never log.
          get log() {
            return (logger ??= log.child({ requestId, tenantId: auth?.tenantId }));
          },
        };
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
      // Subscribers with the same query share one execution per incident event (EventHub).
      async subscribe(args: ExecutionArgs) {
        const source = await createSourceEventStream(args);
        if (source instanceof IncidentEventStream) {
          const { after: _after, ...variables } = args.variableValues ?? {};
          const key = JSON.stringify([
            source.tenantId,
            source.incidentId,
            documents.text(args.document),
            args.operationName,
            variables,
          ]);
          return source.results(args, key);
        }
        if (Symbol.asyncIterator in source) {
          return mapAsyncIterable(source, (event) => execute({ ...args, rootValue: event }));
        }
        return source;
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!('errors' in result) || !result.errors) return result;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) };
      },
    },
    wsServer,
  );

  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
