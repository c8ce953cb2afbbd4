// The benchmark's baseline: a bare Fastify + pg server answering what GET /api/hq/me
// answers, with the same queries against the same identity database, and no gateway,
// NATS, token verification or Nest in between.
import Fastify from 'fastify';
import pg from 'pg';

const [databaseUrl, port] = [process.env.BASELINE_DATABASE_URL, Number(process.env.BASELINE_PORT)];
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const app = Fastify();

app.get('/me/:organizationId/:userId', async (request, reply) => {
  const { organizationId, userId } = request.params;
  const { rows: users } = await pool.query(
    'SELECT id, email, first_name, last_name, role_id FROM staff_users WHERE id = $1 AND organization_id = $2',
    [userId, organizationId],
  );
  if (!users.length) return reply.code(404).send({ code: 'NOT_FOUND' });
  const [role, organization, clinics] = await Promise.all([
    pool.query('SELECT name, is_admin, permissions FROM roles WHERE id = $1 AND organization_id = $2', [users[0].role_id, organizationId]),
    pool.query('SELECT id, name FROM organizations WHERE id = $1', [organizationId]),
    pool.query('SELECT id, name, time_zone FROM clinics WHERE organization_id = $1 ORDER BY name', [organizationId]),
  ]);
  const u = users[0];
  return {
    user: { id: u.id, email: u.email, firstName: u.first_name, lastName: u.last_name },
    organization: organization.rows[0],
    clinics: clinics.rows.map((c) => ({ id: c.id, name: c.name, timeZone: c.time_zone })),
    role: role.rows[0].name,
    permissions: role.rows[0].permissions,
  };
});

await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
