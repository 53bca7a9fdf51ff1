import 'reflect-metadata';
import { createApiServer } from './app.js';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/open.js';
import { createLogger } from './logger.js';
import { localSecretsKey } from './secrets.js';
import { seedDemo } from './seed/demo.js';
import { createServices } from './services.js';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const database = await openDatabase(config);
// A local setup keeps its own key beside its data; elsewhere SECRETS_KEY is set (or none is).
const secretsKey =
  config.SECRETS_KEY ?? (database.embedded ? await localSecretsKey(config.DATA_DIR) : undefined);
const server = await createApiServer({
  config: { ...config, SECRETS_KEY: secretsKey },
  db: database.db,
  log,
});

const seed = config.SEED_DEMO === 'true' || (config.SEED_DEMO === 'auto' && database.embedded);
const demoToken = seed
  ? await seedDemo(database.db, createServices(database.db), config.DATA_DIR)
  : undefined;

server.httpServer.listen(config.API_PORT, config.HOST, () => {
  const url = `http://localhost:${config.API_PORT}/graphql`;
  log.info({ url, embeddedDatabase: database.embedded }, 'Keepwatch API listening');
  if (demoToken) log.info({ demoTenant: 'demo', demoToken }, 'demo tenant ready');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'draining connections');
  const timer = setTimeout(() => {
    log.error('shutdown grace period over; exiting');
    process.exit(1);
  }, config.SHUTDOWN_GRACE_MS);
  await server.close();
  log.info('HTTP and WebSocket connections drained');
  await database.close();
  log.info('database closed');
  clearTimeout(timer);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
