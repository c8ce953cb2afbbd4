// Starts the built back end (every service and the gateway) as child processes, the way
// `npm start`, the end-to-end tests and the benchmarks all run it. Each caller picks its
// own ports, database names and NATS server, so a test run never touches the demo stack.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SERVICES = ['identity', 'clients', 'scheduling', 'chat', 'notifications'];

/**
 * @typedef {object} StackOptions
 * @property {string} natsUrl
 * @property {string} databaseUrl   server URL; each service appends its own database
 * @property {string} databasePrefix  e.g. `tailwise` gives tailwise_identity, ...
 * @property {number} gatewayPort
 * @property {Record<string, number>} servicePorts  HTTP (health/metrics) port per service
 * @property {string} authPrivateKey  PKCS8 PEM (Ed25519)
 * @property {{ host: string, port: number }} smtp
 * @property {string} [publicUrl]
 * @property {string} [logDir]  where each process's output goes; inherits stdio when absent
 * @property {string} [logLevel]
 * @property {Record<string, string>} [env]  extra variables for every process
 * @property {string[]} [services]  which services to start (default: all)
 * @property {number[]} [extraGatewayPorts]  more gateway replicas (tests of cross-replica behaviour)
 */

/** @param {StackOptions} options */
export async function startStack(options) {
  const publicUrl = options.publicUrl ?? `http://localhost:${options.gatewayPort}`;
  const common = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: options.logLevel ?? 'info',
    NATS_URL: options.natsUrl,
    DATABASE_URL: options.databaseUrl,
    ...options.env,
  };
  /** @type {Record<string, Record<string, string>>} */
  const perApp = {
    identity: { AUTH_PRIVATE_KEY: options.authPrivateKey },
    notifications: { SMTP_HOST: options.smtp.host, SMTP_PORT: String(options.smtp.port), PUBLIC_URL: publicUrl },
    gateway: { PUBLIC_URL: publicUrl, WEB_ROOT: join(ROOT, 'dist/apps') },
  };
  const processes = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
  };
  try {
    // Services first, in parallel; each creates its database and migrates at start.
    const names = options.services ?? SERVICES;
    const started = names.map((name) =>
      startApp(name, {
        ...common,
        ...perApp[name],
        DATABASE_NAME: `${options.databasePrefix}_${name}`,
        HTTP_PORT: String(options.servicePorts[name]),
      }, options.logDir),
    );
    processes.push(...started);
    await Promise.all(started.map((p, i) => waitReady(p, options.servicePorts[names[i]])));
    const gatewayPorts = [options.gatewayPort, ...(options.extraGatewayPorts ?? [])];
    const gateways = gatewayPorts.map((port, i) =>
      startApp(i === 0 ? 'gateway' : `gateway-${i + 1}`, { ...common, ...perApp.gateway, HTTP_PORT: String(port) }, options.logDir, 'gateway'),
    );
    processes.push(...gateways);
    await Promise.all(gateways.map((g, i) => waitReady(g, gatewayPorts[i])));
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrls = [options.gatewayPort, ...(options.extraGatewayPorts ?? [])].map((port) => `http://127.0.0.1:${port}`);
  return { gatewayUrl: gatewayUrls[0], gatewayUrls, publicUrl, processes, stop };
}

/**
 * Starts one built app; `stop()` sends SIGTERM and waits for a graceful exit. `app` names the
 * build to run when `name` (its log file) differs, e.g. a second gateway replica.
 */
export function startApp(name, env, logDir, app = name) {
  const main = join(ROOT, 'dist/apps', app, 'main.js');
  let stdio = 'inherit';
  let log;
  if (logDir) {
    mkdirSync(logDir, { recursive: true });
    log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
    stdio = ['ignore', 'pipe', 'pipe'];
  }
  // STACK_NODE_ARGS adds Node flags to every app, e.g. `--cpu-prof` to profile a benchmark.
  const extra = (process.env.STACK_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, ['--enable-source-maps', ...extra, main], { cwd: ROOT, env, stdio });
  if (log) {
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  return {
    name,
    child,
    exited,
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls /health/ready until the app answers 200; fails early if the process dies. */
export async function waitReady(app, port, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  app.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${app.name} exited during start-up (see its log)`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${app.name} was not ready on port ${port} within ${timeoutMs} ms`);
}
