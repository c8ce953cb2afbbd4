// `npm run bench`: measures authenticated GET /api/hq/me through the full path
// (gateway -> NATS -> identity -> PostgreSQL) against a bare Fastify + pg baseline running
// the same queries, in the same run on the same machine, and prints the ratio.
import { execFileSync, fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { checkPostgres } from '../stack/prerequisites.mjs';
import { freePort, startPrivateNats } from '../stack/nats-server.mjs';
import { ROOT, startStack } from '../stack/stack.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const problem = await checkPostgres(databaseUrl);
if (problem) throw new Error(problem);
if (!process.env.SKIP_BUILD) {
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'gateway', 'identity', '--output-style=static'], { cwd: ROOT, stdio: 'inherit' });
}

const prefix = `bench_${randomBytes(3).toString('hex')}`;
const nats = await startPrivateNats();
const [gatewayPort, identityPort, baselinePort] = await Promise.all([freePort(), freePort(), freePort()]);
const { privateKey } = generateKeyPairSync('ed25519');
const stack = await startStack({
  services: ['identity'],
  natsUrl: nats.url,
  databaseUrl,
  databasePrefix: prefix,
  gatewayPort,
  servicePorts: { identity: identityPort },
  authPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  smtp: { host: '127.0.0.1', port: 1 },
  logDir: join(ROOT, 'tmp/bench-logs', prefix),
  logLevel: 'warn',
});
let baseline;
try {
  const session = await signUp(stack.gatewayUrl);
  const me = await (await fetch(`${stack.gatewayUrl}/api/hq/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })).json();

  baseline = fork(join(ROOT, 'tools/bench/baseline-server.mjs'), {
    env: { ...process.env, BASELINE_DATABASE_URL: databaseUrl.replace(/\/[^/]*$/, `/${prefix}_identity`), BASELINE_PORT: String(baselinePort) },
  });
  await new Promise((resolve) => baseline.once('message', resolve));

  const full = await measure('gateway -> NATS -> identity -> PostgreSQL', `${stack.gatewayUrl}/api/hq/me`, {
    authorization: `Bearer ${session.accessToken}`,
  });
  const base = await measure('baseline: bare Fastify + pg', `http://127.0.0.1:${baselinePort}/me/${me.organization.id}/${me.user.id}`, {});
  report([full, base]);
} finally {
  baseline?.kill('SIGTERM');
  await stack.stop();
  await nats.stop();
  const { dropDatabase } = await import('../stack/databases.mjs');
  await dropDatabase(databaseUrl, `${prefix}_identity`);
}

async function signUp(gatewayUrl) {
  const tag = randomBytes(4).toString('hex');
  const res = await fetch(`${gatewayUrl}/api/hq/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizationName: `Bench ${tag}`,
      clinicName: 'Bench Clinic',
      timeZone: 'America/Chicago',
      firstName: 'Bench',
      lastName: 'Mark',
      email: `bench-${tag}@example.test`,
      password: 'Bench!pass1',
    }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return res.json();
}

async function measure(name, url, headers) {
  // Warm up JIT, pools and caches before the measured run.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function report([full, base]) {
  console.log(`\nGET /api/hq/me, ${CONNECTIONS} connections, ${DURATION_S} s each\n`);
  console.log('path'.padEnd(44), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8));
  for (const r of [full, base]) {
    console.log(r.name.padEnd(44), r.rps.toFixed(0).padStart(8), String(r.p50).padStart(8), String(r.p99).padStart(8));
  }
  const ratio = full.rps / base.rps;
  console.log(`\nthroughput ratio (full path / baseline): ${ratio.toFixed(2)}  (aim: >= 0.50)`);
}
