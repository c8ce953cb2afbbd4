// The benchmark's baseline: a bare Fastify + pg server answering what GET /api/hq/me
// answers, with the same SQL against the same identity database, and no gateway,
// NATS, token verification or Nest in between.
import Fastify from 'fastify';
import pg from 'pg';

const [databaseUrl, port] = [process.env.BASELINE_DATABASE_URL, Number(process.env.BASELINE_PORT)];
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const app = Fastify();

// The same SQL as StaffRepository.profile (apps/identity/src/staff/staff.repository.ts).
const STAFF_PROFILE_SQL = `
  SELECT u.id, u.email, u.first_name, u.last_name, u.disabled_at,
         r.name AS role_name, r.is_admin, r.permissions,
         o.id AS organization_id, o.name AS organization_name,
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'timeZone', c.time_zone) ORDER BY c.name)
                   FROM clinics c WHERE c.organization_id = u.organization_id), '[]') AS clinics
  FROM staff_users u
  JOIN roles r ON r.id = u.role_id AND r.organization_id = u.organization_id
  JOIN organizations o ON o.id = u.organization_id
  WHERE u.id = $1 AND u.organization_id = $2`;

app.get('/me/:organizationId/:userId', async (request, reply) => {
  const { organizationId, userId } = request.params;
  const { rows } = await pool.query(STAFF_PROFILE_SQL, [userId, organizationId]);
  const row = rows[0];
  if (!row || row.disabled_at) return reply.code(404).send({ code: 'NOT_FOUND' });
  return {
    user: { id: row.id, email: row.email, firstName: row.first_name, lastName: row.last_name },
    organization: { id: row.organization_id, name: row.organization_name },
    clinics: row.clinics,
    role: row.role_name,
    permissions: row.permissions,
  };
});

await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
