// Checks that PostgreSQL and NATS answer before anything starts, and says how to start
// them when they do not, instead of letting every service fail with a stack trace.
import { createConnection } from 'node:net';
import pg from 'pg';

const HOW_TO_START = {
  postgres:
    'Start PostgreSQL, e.g. `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
    '(Debian) or `docker run -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15`, or set DATABASE_URL.',
  nats:
    'Start NATS with JetStream, e.g. `nats-server -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server` ' +
    'or `docker run -p 4222:4222 nats:2.10 -js`, or set NATS_URL.',
};

export async function checkPostgres(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL is not reachable at ${redact(databaseUrl)} (${error.message}).\n  ${HOW_TO_START.postgres}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkNats(natsUrl) {
  const url = new URL(natsUrl.split(',')[0]);
  const ok = await new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 4222), timeout: 3000 });
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('INFO') && data.toString().includes('"jetstream":true'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
  return ok ? null : `NATS with JetStream is not reachable at ${natsUrl}.\n  ${HOW_TO_START.nats}`;
}

function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
