// The floor of incidents-bench.mjs: the least a server can do to answer the incident list — bare
// node:http, a pg pool, ONE SQL query per request (the 20 newest incidents of the tenant with their
// latest status update, filtered by tenant_id explicitly as the superuser: no token look-up, no
// transaction, no row-level security, no GraphQL) and JSON.stringify of the same response shape.
//
// It runs as its own process (forked by the benchmark, which talks to it over IPC) so that, like
// the API, it has a core to itself instead of sharing the load generator's event loop.
import { createServer } from 'node:http';
import { pg } from './support.mjs';

const { FLOOR_DATABASE_URL, FLOOR_TENANT_ID } = process.env;
if (!FLOOR_DATABASE_URL || !FLOOR_TENANT_ID || !process.send) {
  throw new Error('Start this through incidents-bench.mjs (needs IPC, database URL and tenant id)');
}
// Same pool size as the API's default DATABASE_POOL_MAX.
const pool = new pg.Pool({ connectionString: FLOOR_DATABASE_URL, max: 10 });

// The same read as the API's listIncidents, reduced to the fields the benchmark query selects.
const SQL = `
  SELECT i.id, i.number, i.title, i.state, i.severity, i.declared_at,
         (SELECT jsonb_build_object('details', t.payload, 'occurredAt', t.occurred_at)
            FROM timeline_events t
           WHERE t.tenant_id = i.tenant_id AND t.incident_id = i.id AND t.kind = 'STATUS_UPDATE'
           ORDER BY t.seq DESC LIMIT 1) AS latest
    FROM incidents i
   WHERE i.tenant_id = $1
   ORDER BY i.declared_at DESC, i.id DESC
   LIMIT 20`;

const server = createServer((req, res) => {
  req.resume(); // the request body (the GraphQL query) is not needed, but must be consumed
  req.once('end', async () => {
    try {
      const { rows } = await pool.query(SQL, [FLOOR_TENANT_ID]);
      // Field for field what the API returns for the benchmark's query (aliases included).
      const nodes = rows.map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        state: r.state,
        severity: r.severity,
        declaredAt: r.declared_at.toISOString(),
        latestUpdate: r.latest && {
          body: r.latest.details,
          occurredAt: new Date(r.latest.occurredAt).toISOString(),
        },
      }));
      const body = JSON.stringify({ data: { incidents: { nodes } } });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    } catch (error) {
      // A 500 makes the benchmark fail rather than measure a broken floor.
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
});

server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

process.on('message', async (message) => {
  if (message !== 'stop') return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await pool.end();
  process.disconnect();
});
