// Runs maildev in a child process for the integration tests: maildev is ESM-only, and
// jest (CommonJS, no --experimental-vm-modules) cannot import it in the test itself.
// Usage: node maildev-process.mjs <smtp port> <mail directory>; prints the bound ports as
// one JSON line once both servers listen, and stops cleanly on SIGTERM.
const { MailDev } = await import('maildev');

const [smtpPort, mailDirectory] = process.argv.slice(2);
const maildev = new MailDev({
  smtp: Number(smtpPort),
  ip: '127.0.0.1',
  web: 0,
  webIp: '127.0.0.1',
  mailDirectory,
  silent: true,
});
const servers = await maildev.start();
process.stdout.write(
  `${JSON.stringify({ smtpPort: servers.smtp.getAddress().port, webPort: servers.api?.getAddress()?.port })}\n`,
);

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  maildev.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
// The test runner died without stopping us: do not outlive it.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
