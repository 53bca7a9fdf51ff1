import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db/database.js';

/** Prometheus metrics of one API process (a registry of its own, so tests can run several). */
export function createMetrics(db: Database) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'keepwatch_graphql_requests_total',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'keepwatch_graphql_request_duration_seconds',
    help: 'GraphQL operation latency by name and type',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const sockets = new Gauge({
    name: 'keepwatch_websocket_connections',
    help: 'Open GraphQL WebSocket connections',
    registers: [registry],
  });
  new Gauge({
    name: 'keepwatch_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = db.poolStats();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  return { registry, requests, duration, sockets };
}

export type Metrics = ReturnType<typeof createMetrics>;
