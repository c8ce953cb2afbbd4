// Authenticated GET /api/hq/me through the full path (gateway -> NATS -> identity ->
// PostgreSQL) against a bare Fastify + pg server running the same SQL, in the same run.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../stack/nats-server.mjs';
import { ROOT } from '../stack/stack.mjs';
import { measureThroughput, printTable, signUp, startBenchStack } from './lib.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

export async function benchMe() {
  const stack = await startBenchStack(['identity']);
  let baseline;
  try {
    const { accessToken, me } = await signUp(stack.gatewayUrl);
    const baselinePort = await freePort();
    baseline = fork(join(ROOT, 'tools/bench/baseline-server.mjs'), {
      env: { ...process.env, BASELINE_DATABASE_URL: stack.databaseUrlOf('identity'), BASELINE_PORT: String(baselinePort) },
    });
    await new Promise((resolve) => baseline.once('message', resolve));

    const load = { connections: CONNECTIONS, durationSeconds: DURATION_S };
    const full = await measureThroughput('gateway -> NATS -> identity -> PostgreSQL', `${stack.gatewayUrl}/api/hq/me`, {
      authorization: `Bearer ${accessToken}`,
    }, load);
    const base = await measureThroughput('baseline: bare Fastify + pg, same SQL', `http://127.0.0.1:${baselinePort}/me/${me.organization.id}/${me.user.id}`, {}, load);
    printTable(
      `GET /api/hq/me, ${CONNECTIONS} connections, ${DURATION_S} s each`,
      ['path', 'req/s', 'p50 ms', 'p99 ms'],
      [full, base].map((r) => [r.name, r.rps.toFixed(0), r.p50, r.p99]),
    );
    console.log(`\nthroughput ratio (full path / baseline): ${(full.rps / base.rps).toFixed(2)}  (aim: >= 0.50)`);
  } finally {
    baseline?.kill('SIGTERM');
    await stack.close();
  }
}
