// `npm start`: builds everything and runs the whole of Tailwise on this machine's
// PostgreSQL and NATS, with a mail catcher, a demo organization, and Ctrl-C to stop.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { checkNats, checkPostgres } from '../stack/prerequisites.mjs';
import { ROOT, startStack } from '../stack/stack.mjs';
import { DEMO, DEMO_PORTAL, seedDemo } from './demo.mjs';

const env = process.env;
const settings = {
  databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
  gatewayPort: Number(env.PORT ?? 3000),
  smtpPort: Number(env.MAIL_SMTP_PORT ?? 1025),
  mailWebPort: Number(env.MAIL_WEB_PORT ?? 1080),
};
const stateDir = join(ROOT, '.tailwise');

async function main() {
  const problems = (await Promise.all([checkPostgres(settings.databaseUrl), checkNats(settings.natsUrl)])).filter(Boolean);
  if (problems.length) {
    console.error(`Tailwise cannot start:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }

  if (!env.SKIP_BUILD) {
    console.log('Building (cached after the first time)...');
    execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { cwd: ROOT, stdio: 'inherit' });
  }

  mkdirSync(join(stateDir, 'mail'), { recursive: true });
  const { MailDev } = await import('maildev');
  const maildev = new MailDev({
    smtp: settings.smtpPort,
    web: settings.mailWebPort,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    mailDirectory: join(stateDir, 'mail'),
    silent: true,
  });
  await maildev.start();

  const stack = await startStack({
    natsUrl: settings.natsUrl,
    databaseUrl: settings.databaseUrl,
    databasePrefix: 'tailwise',
    gatewayPort: settings.gatewayPort,
    servicePorts: { identity: 3101, clients: 3102, scheduling: 3103, chat: 3104, notifications: 3105 },
    authPrivateKey: devSigningKey(),
    smtp: { host: '127.0.0.1', port: settings.smtpPort },
    logDir: join(stateDir, 'logs'),
    logLevel: env.LOG_LEVEL ?? 'info',
  }).catch(async (error) => {
    await maildev.stop();
    console.error(`${error.message}\nLogs: ${join(stateDir, 'logs')}`);
    process.exit(1);
  });

  const seeded = await seedDemo(stack.gatewayUrl, `http://127.0.0.1:${settings.mailWebPort}`);
  const base = `http://localhost:${settings.gatewayPort}`;
  console.log(`
Tailwise is running.
  HQ (staff)      ${base}/
  Portal          ${base}/portal/
  API docs        ${base}/api/docs
  Mail catcher    http://localhost:${settings.mailWebPort}
  Logs            ${join(stateDir, 'logs')}

Demo sign-in (HQ):     ${DEMO.email} / ${DEMO.password}${seeded ? '  (demo organization created now)' : ''}
Demo sign-in (Portal): ${DEMO_PORTAL.email} / ${DEMO_PORTAL.password}
Press Ctrl-C to stop.`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await stack.stop();
    await maildev.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** One Ed25519 key per checkout, kept in .tailwise/ (git-ignored), so sessions survive restarts. */
function devSigningKey() {
  const file = join(stateDir, 'dev-signing-key.pem');
  if (!existsSync(file)) {
    mkdirSync(stateDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
