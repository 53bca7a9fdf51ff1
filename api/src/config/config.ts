import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's git-ignored data folder (the same from src/ and dist/). */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));

/**
 * The only place that reads process.env. Validated once at start; a bad value stops the process
 * with a message naming the variable. Every variable is documented in .env.example.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Application role connection (owns nothing, no BYPASSRLS). Unset: an embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  /** Owner role connection used for migrations only. */
  DATABASE_OWNER_URL: z.string().url().optional(),
  /** Local state: the embedded PostgreSQL cluster and the demo token. */
  DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Seed the demo tenant on first start: `auto` does so with the embedded database only. */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Seals stored credentials (a tenant's Jira API token): 32 bytes, base64 (`openssl rand -base64
   * 32`). Unset: the embedded-database setup keeps one in DATA_DIR; otherwise none can be stored.
   */
  SECRETS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  /** Guards the operator-only mutations (creating tenants). Unset: those mutations are disabled. */
  OPERATOR_SECRET: z.string().min(24).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  HTTP_BODY_LIMIT: z.string().default('100kb'),
  WS_MAX_PAYLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  /** How long a token's identity may be reused without a database look-up (0: never). */
  TOKEN_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
  /** How often each API process looks for communication reminders to send (0: never). */
  REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  /** How often each API process retries due Jira syncs of action items (0: never). */
  JIRA_SYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(30_000),
  /** How long before a promised update COMMUNICATION_DUE_SOON goes out. */
  REMINDER_LEAD_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(5 * 60_000),
  /** Fallback poll of the outbox when no NOTIFY arrives. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(1000),
  /** How often open subscriptions re-check that their token still authenticates. */
  SUBSCRIPTION_REAUTH_MS: z.coerce.number().int().min(100).default(30_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' and orchestrators' conventions.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
