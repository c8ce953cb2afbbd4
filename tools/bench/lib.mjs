// Shared pieces of the benchmarks: a private stack (own NATS, throwaway databases), a
// signed-up organization, latency sampling and percentile reports.
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { checkPostgres } from '../stack/prerequisites.mjs';
import { dropDatabase } from '../stack/databases.mjs';
import { freePort, startPrivateNats } from '../stack/nats-server.mjs';
import { ROOT, startStack } from '../stack/stack.mjs';

export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function build(projects) {
  if (process.env.SKIP_BUILD) return;
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts gateway + the given services on a private NATS and fresh databases; `close()` removes
 * it all. Email goes to `smtpPort` (a mail catcher the benchmark starts) or nowhere.
 */
export async function startBenchStack(services, { smtpPort = 1 } = {}) {
  const problem = await checkPostgres(databaseUrl);
  if (problem) throw new Error(problem);
  const prefix = `bench_${randomBytes(3).toString('hex')}`;
  const nats = await startPrivateNats();
  const gatewayPort = await freePort();
  const servicePorts = Object.fromEntries(await Promise.all(services.map(async (s) => [s, await freePort()])));
  const { privateKey } = generateKeyPairSync('ed25519');
  const stack = await startStack({
    services,
    natsUrl: nats.url,
    databaseUrl,
    databasePrefix: prefix,
    gatewayPort,
    servicePorts,
    authPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    smtp: { host: '127.0.0.1', port: smtpPort },
    logDir: join(ROOT, 'tmp/bench-logs', prefix),
    logLevel: 'warn',
  });
  return {
    gatewayUrl: stack.gatewayUrl,
    databaseUrlOf: (service) => databaseUrl.replace(/\/[^/]*$/, `/${prefix}_${service}`),
    async close() {
      await stack.stop();
      await nats.stop();
      for (const service of services) await dropDatabase(databaseUrl, `${prefix}_${service}`);
    },
  };
}

/** Signs a fresh organization up and returns its admin's session and `me`. */
export async function signUp(gatewayUrl, { timeZone = 'America/Chicago' } = {}) {
  const tag = randomBytes(4).toString('hex');
  const res = await fetch(`${gatewayUrl}/api/hq/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizationName: `Bench ${tag}`,
      clinicName: 'Bench Clinic',
      timeZone,
      firstName: 'Bench',
      lastName: 'Mark',
      email: `bench-${tag}@example.test`,
      password: 'Bench!pass1',
    }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const session = await res.json();
  const me = await (await fetch(`${gatewayUrl}/api/hq/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })).json();
  return { accessToken: session.accessToken, me };
}

/** Load from autocannon after a warm-up; throws on any non-2xx answer or error. */
export async function measureThroughput(name, url, headers, { connections, durationSeconds }) {
  // Warm up JIT, pools and caches before the measured run.
  await autocannon({ url, headers, connections, duration: 2 });
  const result = await autocannon({ url, headers, connections, duration: durationSeconds });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Runs `call` for each input, one at a time, and returns each call's latency in ms. */
export async function sampleLatencies(inputs, call) {
  const latencies = [];
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    await call(input);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return latencies;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function printTable(title, header, rows) {
  console.log(`\n${title}\n`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
