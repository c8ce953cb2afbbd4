import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CaughtEmail {
  id: string;
  subject: string;
  to: { address: string; name?: string }[];
  from: { address: string; name?: string }[];
  text?: string;
  html?: string;
  headers: Record<string, string | string[]>;
}

export interface TestMaildev {
  smtpPort: number;
  /** Every email the server has caught since it started, in arrival order. */
  emails(): Promise<CaughtEmail[]>;
  /** Stops the server and removes its mail directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts a private maildev: SMTP on `smtpPort` (0 for any free port), its web API on a free port. */
export async function startMaildev(smtpPort = 0): Promise<TestMaildev> {
  const mailDirectory = await mkdtemp(join(tmpdir(), 'tailwise-maildev-'));
  const child = spawn(process.execPath, [join(__dirname, 'maildev-process.mjs'), String(smtpPort), mailDirectory], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    }
    await rm(mailDirectory, { recursive: true, force: true });
  };
  try {
    const ports = await readPorts(child);
    const api = `http://127.0.0.1:${ports.webPort}/api`;
    return {
      smtpPort: ports.smtpPort,
      async emails() {
        const response = await fetch(`${api}/email`);
        if (!response.ok) throw new Error(`maildev answered ${response.status}`);
        return (await response.json()) as CaughtEmail[];
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readPorts(child: ChildProcess): Promise<{ smtpPort: number; webPort: number }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`maildev did not start within 10 s:\n${stderr}`)), 10_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // maildev prints its own banner first; ours is the JSON line.
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { smtpPort: number; webPort: number });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`maildev exited before it was ready (code ${code}, signal ${signal}):\n${stderr}`));
    });
  });
}
