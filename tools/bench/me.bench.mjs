// Authenticated GET /api/hq/me through the full path (gateway -> NATS -> identity ->
// PostgreSQL) against a bare Fastify + pg server running the same SQL, in the same run.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../stack/nats-server.mjs';
import { ROOT } from '../stack/stack.mjs';
import { printTable, signUp, startBenchStack } from './lib.mjs';

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

    const full = await measure('gateway -> NATS -> identity -> PostgreSQL', `${stack.gatewayUrl}/api/hq/me`, {
      authorization: `Bearer ${accessToken}`,
    });
    const base = await measure('baseline: bare Fastify + pg, same SQL', `http://127.0.0.1:${baselinePort}/me/${me.organization.id}/${me.user.id}`, {});
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

async function measure(name, url, headers) {
  // Warm up JIT, pools and caches before the measured run.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
