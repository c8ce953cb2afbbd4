import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { dropDatabase } from '@tailwise/persistence';
import { freePort, waitFor } from '@tailwise/testing';
import { e2eEnv } from '../support/env';

const ROOT = join(__dirname, '../../../..');

/** Starts one more instance of a built service, as a cluster would start a replica. */
function startService(app: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps', app, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, NATS_URL: e2eEnv('natsUrl'), DATABASE_URL: e2eEnv('databaseUrl'), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function ready(port: number): Promise<void> {
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.ok === true,
    { timeoutMs: 30_000, intervalMs: 200, description: `service ready on ${port}` },
  );
}

test('a service creates its missing database, migrates it, serves health and metrics, and drains on SIGTERM', async () => {
  const port = await freePort();
  const databaseName = `${e2eEnv('databasePrefix')}_extra_${randomBytes(2).toString('hex')}`;
  const service = startService('chat', { DATABASE_NAME: databaseName, HTTP_PORT: String(port), SHUTDOWN_GRACE_MS: '8000' });
  try {
    await ready(port);
    const live = await fetch(`http://127.0.0.1:${port}/health/live`);
    expect(live.status).toBe(200);
    const readiness = await (await fetch(`http://127.0.0.1:${port}/health/ready`)).json();
    expect(readiness.details).toMatchObject({ nats: { status: 'up' }, database: { status: 'up' } });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('process_cpu_user_seconds_total');
    expect(metrics).toContain('tailwise_rpc_handler_seconds');

    const db = new Client({ connectionString: e2eEnv('databaseUrl').replace(/\/[^/]*$/, `/${databaseName}`) });
    await db.connect();
    const { rows } = await db.query(`SELECT to_regclass('public.outbox') AS outbox, (SELECT count(*) FROM migrations)::int AS applied`);
    await db.end();
    expect(rows[0]).toMatchObject({ outbox: 'outbox' });
    expect(rows[0].applied).toBeGreaterThanOrEqual(1);

    const started = Date.now();
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
  } finally {
    service.child.kill('SIGKILL');
    await dropDatabase(e2eEnv('databaseUrl'), databaseName);
  }
});

test('a service with bad configuration refuses to start and names the variable', async () => {
  const service = startService('identity', { AUTH_PRIVATE_KEY: '', HTTP_PORT: 'not-a-port', DATABASE_NAME: 'unused_db' });
  expect(await service.exited).not.toBe(0);
  expect(service.stderr()).toContain('AUTH_PRIVATE_KEY');
  expect(service.stderr()).toContain('HTTP_PORT');
});
