import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dropDatabase } from '@tailwise/persistence';
import { freePort, startNatsServer } from '@tailwise/testing';
import { E2E_ENV } from './env';

const SERVICES = ['identity', 'clients', 'scheduling', 'chat', 'notifications'] as const;

/** The part of tools/stack/stack.mjs (plain JS, shared with `npm start`) used here. */
interface StackModule {
  startStack(options: {
    natsUrl: string;
    databaseUrl: string;
    databasePrefix: string;
    gatewayPort: number;
    servicePorts: Record<string, number>;
    authPrivateKey: string;
    smtp: { host: string; port: number };
    logDir?: string;
    logLevel?: string;
    env?: Record<string, string>;
    extraGatewayPorts?: number[];
  }): Promise<{ gatewayUrl: string; gatewayUrls: string[]; stop(): Promise<void> }>;
}

/**
 * Boots a private copy of the whole system: its own nats-server, mail catcher, databases
 * (prefixed e2e_<random>) and ports, so a test run never touches `npm start`'s demo.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = join(__dirname, '../../../..');
  const { startStack } = (await import(pathToFileURL(join(root, 'tools/stack/stack.mjs')).href)) as StackModule;
  const { MailDev } = await import('maildev');

  const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databasePrefix = `e2e_${randomBytes(3).toString('hex')}`;
  const nats = await startNatsServer();
  const [smtpPort, mailWebPort, gatewayPort, secondGatewayPort, ...servicePorts] = await Promise.all(
    Array.from({ length: 4 + SERVICES.length }, () => freePort()),
  );
  const maildev = new MailDev({ smtp: smtpPort, web: mailWebPort, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  await maildev.start();

  const { privateKey } = generateKeyPairSync('ed25519');
  const authPrivateKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const stack = await startStack({
    natsUrl: nats.url,
    databaseUrl,
    databasePrefix,
    gatewayPort,
    // A second replica: Close Access done through one gateway must reach the other's requests.
    extraGatewayPorts: [secondGatewayPort],
    servicePorts: Object.fromEntries(SERVICES.map((s, i) => [s, servicePorts[i]])),
    authPrivateKey,
    smtp: { host: '127.0.0.1', port: smtpPort },
    logDir: join(root, 'tmp/e2e-logs', databasePrefix),
    logLevel: 'warn',
    env: {
      // Tests of the per-address limit come from their own loopback address (127.0.0.2).
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: '20',
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '5',
    },
  });

  process.env[E2E_ENV.baseUrl] = stack.gatewayUrl;
  process.env[E2E_ENV.secondGatewayUrl] = stack.gatewayUrls[1];
  process.env[E2E_ENV.mailUrl] = `http://127.0.0.1:${mailWebPort}`;
  process.env[E2E_ENV.databaseUrl] = databaseUrl;
  process.env[E2E_ENV.databasePrefix] = databasePrefix;
  process.env[E2E_ENV.natsUrl] = nats.url;
  // The run's own throwaway key: token tests mint expired, wrong-audience and cross-tenant tokens.
  process.env[E2E_ENV.authPrivateKey] = authPrivateKey;

  return async () => {
    await stack.stop();
    await maildev.stop();
    await nats.stop();
    await Promise.all(SERVICES.map((s) => dropDatabase(databaseUrl, `${databasePrefix}_${s}`)));
  };
}
