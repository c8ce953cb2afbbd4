// What the portal's link check costs: a portal user's GET of a linked organization's animals
// (gateway: token, active-link check; then NATS -> clients -> PostgreSQL) against the same
// client's animals read by staff through the same gateway and service, in the same run.
import { freePort } from '../stack/nats-server.mjs';
import { measureThroughput, printTable, signUp, startBenchStack } from './lib.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ANIMALS = 10;

export async function benchPortalLinks() {
  const { MailDev } = await import('maildev');
  const [smtpPort, webPort] = await Promise.all([freePort(), freePort()]);
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  await maildev.start();
  const stack = await startBenchStack(['identity', 'clients', 'notifications'], { smtpPort });
  try {
    const { accessToken, me } = await signUp(stack.gatewayUrl);
    const staff = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const post = async (path, body, headers = staff) => {
      const res = await fetch(`${stack.gatewayUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const client = await post('/api/hq/clients', {
      kind: 'volume',
      organizationName: 'Bench Rescue',
      contactFirstName: 'Bench',
      contactLastName: 'Rescue',
      phones: [{ type: 'work', number: '(312) 555-0142', primary: true }],
      physicalAddress: { line1: '1 Main St', city: 'Chicago', region: 'IL', postalCode: '60601', country: 'US' },
    });
    for (let i = 0; i < ANIMALS; i++) await post(`/api/hq/clients/${client.id}/animals`, { name: `Cat ${i}`, species: 'cat', sex: 'female' });
    const email = `rescue-${client.id.slice(0, 8)}@example.test`;
    await post(`/api/hq/clients/${client.id}/portal-access/invitations`, { email });
    const session = await post(
      '/api/portal/auth/invitation/new-account',
      { token: await invitationToken(`http://127.0.0.1:${webPort}`, email), name: 'Bench Rescue', password: 'Bench!pass1' },
      { 'content-type': 'application/json' },
    );

    const load = { connections: CONNECTIONS, durationSeconds: DURATION_S };
    const portal = await measureThroughput(
      'portal: token + active-link check -> clients',
      `${stack.gatewayUrl}/api/portal/organizations/${me.organization.id}/animals`,
      { authorization: `Bearer ${session.accessToken}` },
      load,
    );
    const hq = await measureThroughput('baseline: staff, same animals, same path', `${stack.gatewayUrl}/api/hq/clients/${client.id}/animals`, { authorization: `Bearer ${accessToken}` }, load);
    printTable(
      `${ANIMALS} animals of one client, ${CONNECTIONS} connections, ${DURATION_S} s each`,
      ['path', 'req/s', 'p50 ms', 'p99 ms'],
      [portal, hq].map((r) => [r.name, r.rps.toFixed(0), r.p50, r.p99]),
    );
    console.log(`\nthroughput ratio (portal / staff): ${(portal.rps / hq.rps).toFixed(2)}  (aim: >= 0.90)`);
  } finally {
    await stack.close();
    await maildev.stop();
  }
}

async function invitationToken(mailUrl, email) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const emails = await (await fetch(`${mailUrl}/api/email`)).json();
    const match = emails
      .filter((m) => m.to.some((t) => t.address === email))
      .map((m) => /#token=([A-Za-z0-9_%-]+)/.exec(m.text ?? ''))
      .find(Boolean);
    if (match) return decodeURIComponent(match[1]);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no invitation email to ${email}`);
}
