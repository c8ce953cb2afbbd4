import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Events, type NatsConnection } from 'nats';

export interface NatsServerOptions {
  /** Enables JetStream with a private store directory (default true). */
  jetstream?: boolean;
  /** The executable; defaults to `NATS_SERVER_BIN`, then `/usr/sbin/nats-server`. */
  binary?: string;
  /** How long to wait for the server to accept connections (default 10 s). */
  readyTimeoutMs?: number;
}

export interface TestNatsServer {
  url: string;
  port: number;
  /** JetStream's store directory; it survives `restart()` and is removed by `stop()`. */
  storeDir: string;
  /** Stops the server for good and removes its store directory. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops the server and starts it again on the same port and store: an outage, then recovery. */
  restart(): Promise<void>;
  /** Stops the server but keeps its port and store, for a test that acts during the outage. */
  pause(): Promise<void>;
  /** Starts a paused server again. */
  resume(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close((error) => (error ? reject(error) : resolve(port)));
    });
  });
}

/**
 * Servers not yet stopped, for a last-resort cleanup when the test process exits without
 * stopping them (a failed beforeAll, a crashed suite): kill the child, remove its store.
 */
const liveChildren = new Set<ChildProcess>();
const liveStoreDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: kill and rmSync, nothing awaited.
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
    for (const dir of liveStoreDirs) rmSync(dir, { recursive: true, force: true });
  });
}

function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

/**
 * Starts a private nats-server for one suite: its own port, its own JetStream store, so
 * tests never touch the shared server on 4222 and can stop it to simulate an outage.
 */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<TestNatsServer> {
  const jetstream = options.jetstream ?? true;
  const binary = options.binary ?? process.env['NATS_SERVER_BIN'] ?? '/usr/sbin/nats-server';
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  installExitHook();
  const storeDir = await mkdtemp(join(tmpdir(), 'tailwise-nats-'));
  liveStoreDirs.add(storeDir);
  const removeStore = async () => {
    await rm(storeDir, { recursive: true, force: true });
    liveStoreDirs.delete(storeDir);
  };

  // Readiness checks this name in INFO: if another suite's server grabbed the port first,
  // its INFO must not pass for ours.
  const serverName = `tailwise-test-${randomBytes(6).toString('hex')}`;
  let child: ChildProcess | null = null;
  let stopped = false;
  let port = 0;

  const launch = async (): Promise<void> => {
    const args = ['-a', '127.0.0.1', '-p', String(port), '-n', serverName];
    if (jetstream) args.push('-js', '-sd', storeDir);
    const proc = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    trackChild(proc);
    child = proc;
    // The server logs to stderr; keep the tail so a failed start explains itself.
    let output = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    let settled = false;
    const exited = new Promise<never>((_, reject) => {
      proc.once('error', (error) => reject(error));
      proc.once('exit', (code, signal) =>
        reject(new Error(`nats-server exited before it was ready (code ${code}, signal ${signal}):\n${output}`)),
      );
    });
    // Swallow the rejection once readiness won; exits after that are the normal stop.
    exited.catch(() => undefined);
    try {
      await Promise.race([waitUntilAcceptingClients(port, serverName, readyTimeoutMs, jetstream, () => settled), exited]);
    } catch (error) {
      await terminate(proc);
      throw error;
    } finally {
      // Ends the readiness poll when the process lost the race, so no timer outlives the start.
      settled = true;
    }
  };

  const halt = async (): Promise<void> => {
    const proc = child;
    child = null;
    if (proc) await terminate(proc);
  };

  // A port is only known free until someone else takes it; retry a race lost to another suite.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await launch();
      break;
    } catch (error) {
      if (attempt >= 3 || !/address already in use/.test(String((error as Error).message))) {
        await removeStore();
        throw error;
      }
    }
  }

  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await halt();
      await removeStore();
    },
    async pause() {
      if (stopped) throw new Error('nats-server was stopped');
      await halt();
    },
    async resume() {
      if (stopped) throw new Error('nats-server was stopped');
      if (!child) await launch();
    },
    async restart() {
      if (stopped) throw new Error('nats-server was stopped');
      await halt();
      await launch();
    },
  };
}

/** SIGTERM, then SIGKILL if the server has not exited within 5 s. */
async function terminate(proc: ChildProcess): Promise<void> {
  // No pid: the spawn itself failed (e.g. ENOENT), so there is nothing to stop.
  if (proc.pid === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Ready means a client gets INFO from *this* server (its name), not merely that the port is
 * open; with JetStream, INFO must also advertise it. nats-server enables JetStream and
 * recovers its store before it accepts clients, so JetStream API calls work from then on.
 */
async function waitUntilAcceptingClients(
  port: number,
  serverName: string,
  timeoutMs: number,
  jetstream: boolean,
  cancelled: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cancelled()) {
    const info = await readInfo(port).catch(() => null);
    if (info && info['server_name'] === serverName && (!jetstream || info['jetstream'] === true)) return;
    if (Date.now() >= deadline) throw new Error(`nats-server on port ${port} not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function readInfo(port: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host: '127.0.0.1', port });
    let buffered = '';
    const done = (error: Error | null, info?: Record<string, unknown>) => {
      socket.destroy();
      if (error) reject(error);
      else resolve(info ?? {});
    };
    socket.setTimeout(1000, () => done(new Error('no INFO from nats-server')));
    socket.once('error', (error) => done(error));
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\r\n');
      if (end < 0) return;
      const line = buffered.slice(0, end);
      if (!line.startsWith('INFO ')) return done(new Error(`unexpected greeting: ${line}`));
      try {
        done(null, JSON.parse(line.slice(5)) as Record<string, unknown>);
      } catch (error) {
        done(error as Error);
      }
    });
  });
}

/**
 * Resolves when `nc` next reports `type` (`Events.Disconnect`, `Events.Reconnect`, ...). Call
 * it before causing the event. Tests need it because nats.js drops whatever is published
 * while it is disconnected (each dial resets its outbound buffer): a test that sends right
 * after `restart()` must first wait for the reconnect, and one that acts "during the outage"
 * must wait until the client has noticed it.
 */
export async function nextStatus(nc: NatsConnection, type: Events | `${Events}`): Promise<void> {
  for await (const status of nc.status()) {
    if (status.type === type) return;
  }
  throw new Error(`NATS connection closed before it reported ${type}`);
}
