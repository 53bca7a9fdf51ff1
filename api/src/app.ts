import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { DomainError } from '@keepwatch/domain';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import { authenticate, type Auth } from './graphql/auth.js';
import type { Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { limitRules } from './graphql/limits.js';
import { observabilityPlugin } from './graphql/observability.js';
import { schema } from './graphql/schema.js';
import { serveWebSocket } from './graphql/websocket.js';
import { createMetrics } from './metrics.js';
import { SecretBox } from './secrets.js';
import { createServices, type Services } from './services.js';

export interface ApiServer {
  httpServer: Server;
  services: Services;
  /** Stops taking work, lets running requests and sockets finish, then closes. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

export async function createApiServer(deps: {
  config: Config;
  db: Database;
  log: Logger;
  clock?: () => Date;
}): Promise<ApiServer> {
  const { config, db, log } = deps;
  const services = createServices(db, {
    clock: deps.clock,
    reminderLeadMs: config.REMINDER_LEAD_MS,
    secrets: SecretBox.fromBase64(config.SECRETS_KEY),
    onError: (err) => log.error({ err }, 'jira sync failed'),
  });
  services.reminders.start(config.REMINDER_INTERVAL_MS, (err) =>
    log.error({ err }, 'communication reminders failed'),
  );
  services.jira.start(config.JIRA_SYNC_INTERVAL_MS);
  const tailer = await db.tailOutbox(
    async (rows) => {
      services.statusPageChanges.publish(rows);
      await services.events.publish(rows);
    },
    {
      pollMs: config.OUTBOX_POLL_MS,
      onError: (err) => log.error({ err }, 'outbox tailer error'),
    },
  );
  const reauthorising = setInterval(() => {
    services.events
      .reauthorise()
      .catch((err) => log.error({ err }, 'subscription re-authorisation failed'));
  }, config.SUBSCRIPTION_REAUTH_MS);
  reauthorising.unref();
  const metrics = createMetrics(db);
  const graphqlSchema = await schema();
  const rules = limitRules(config);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const websocket = serveWebSocket({
    httpServer,
    schema: graphqlSchema,
    rules,
    config,
    db,
    services,
    metrics,
    log,
  });

  const apollo = new ApolloServer<Context>({
    schema: graphqlSchema,
    validationRules: rules,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (main.ts): Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of GraphQL responses; without this Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await websocket.close();
            },
          };
        },
      },
      observabilityPlugin(metrics),
      ...(config.NODE_ENV === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: log,
      genReqId(req, res) {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (req: Request & { id: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: Response) => ({ statusCode: res.statusCode }),
      },
      customProps: (_req, res) => ({ tenantId: (res as Response).locals?.auth?.tenantId }),
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // Authentication happens before GraphQL so a bad token is refused the same way everywhere.
  const authenticateRequest = async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.locals.auth = await authenticate(req.headers.authorization, db, config.OPERATOR_SECRET);
      next();
    } catch (error) {
      if (!(error instanceof DomainError)) return next(error);
      res
        .status(401)
        .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
  };

  app.use(
    '/graphql',
    express.json({ limit: config.HTTP_BODY_LIMIT }),
    authenticateRequest,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const auth = res.locals.auth as Auth;
        let log: Logger | undefined;
        return {
          requestId: String(req.id),
          auth,
          services,
          // Made on first use: most requests never log beyond pino-http's completion line.
          get log() {
            return (log ??= req.log.child({
              tenantId: auth.kind === 'token' ? auth.tenantId : undefined,
            }));
          },
        };
      },
    }),
  );

  // Body too large, malformed JSON: a clear client error, never a stack trace.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = error.status && error.status < 500 ? error.status : 500;
      if (status === 500) req.log.error({ err: error }, 'unhandled error');
      const code =
        error.type === 'entity.too.large'
          ? 'LIMIT_EXCEEDED'
          : status === 500
            ? 'INTERNAL_SERVER_ERROR'
            : 'BAD_REQUEST';
      const message = status === 500 ? 'Internal server error' : error.message;
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    },
  );

  return {
    httpServer,
    services,
    async close() {
      clearInterval(reauthorising);
      await services.reminders.stop();
      await services.jira.stop();
      await tailer.stop();
      services.events.endAll();
      await apollo.stop();
    },
  };
}
