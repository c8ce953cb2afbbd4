// Open times of one clinic over 31 days with 10,000 appointments in the month, through the
// gateway (gateway -> NATS -> scheduling -> PostgreSQL, then the availability sweep), against
// a baseline in the same run: the same computation (the service's own `openTimesInRange`)
// over the rows the service reads (hours, closures and each day's merged busy spans, which
// triggers keep in `busy_days`) fetched by one bare SQL query.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../stack/stack.mjs';
import { percentile, printTable, sampleLatencies, signUp, startBenchStack } from './lib.mjs';

const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
// March 2027: 31 days, and Chicago's clocks spring forward on the 14th.
const FROM = '2027-03-01';
const TO = '2027-03-31';
const TIME_ZONE = 'America/Chicago';
const OPENS = '07:00';
const CLOSES = '19:00';

export async function benchOpenTimes() {
  const stack = await startBenchStack(['identity', 'clients', 'scheduling']);
  const db = new pg.Pool({ connectionString: stack.databaseUrlOf('scheduling'), max: 2 });
  try {
    const { accessToken, me } = await signUp(stack.gatewayUrl, { timeZone: TIME_ZONE });
    const clinicId = me.clinics[0].id;
    const api = hq(stack.gatewayUrl, accessToken, clinicId);
    await api.waitForClinic();
    await api.put('hours', { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: weekday === 7 ? null : { opens: OPENS, closes: CLOSES } })) });
    await api.post('closures', { startDate: '2027-03-17', endDate: '2027-03-17', reason: 'Staff training' });
    const type = await api.post('appointment-types', { name: 'Exam', category: 'wellness', defaultDurationMinutes: 15, active: true });
    await seed(db, me.organization.id, clinicId, type.id);

    const { openTimesInRange, weeklyHoursFromDays } = loadServiceRules();
    const viaGateway = () => api.get(`open-times?${new URLSearchParams({ appointmentTypeId: type.id, from: FROM, to: TO })}`);
    const viaPg = async () => {
      const { rows } = await db.query(
        `SELECT (SELECT coalesce(json_agg(json_build_object('weekday', weekday, 'hours', json_build_object('opens', opens, 'closes', closes))), '[]')
                   FROM clinic_hours WHERE clinic_id = $1) AS hours,
                (SELECT coalesce(json_agg(json_build_object('startDate', start_date::text, 'endDate', end_date::text)), '[]')
                   FROM closures WHERE clinic_id = $1 AND end_date >= $2 AND start_date <= $3) AS closures,
                (SELECT coalesce(json_agg(spans), '[]') FROM busy_days
                  WHERE clinic_id = $1 AND local_date BETWEEN $2::date - 1 AND $3::date) AS busy`,
        [clinicId, FROM, TO],
      );
      const { hours, closures, busy } = rows[0];
      return openTimesInRange({
        timeZone: TIME_ZONE,
        startDate: FROM,
        endDate: TO,
        hours: weeklyHoursFromDays(hours),
        closures,
        busy: busy.flatMap((spans) => spans.flatMap((bound, i) => (i % 2 ? [] : [{ start: new Date(bound), end: new Date(spans[i + 1]), category: 'surgery' }]))),
        durationMinutes: 15,
        stepMinutes: 15,
      });
    };

    // Both paths must find the same times, or the comparison means nothing.
    const gatewayTimes = (await viaGateway()).days.reduce((n, day) => n + day.times.length, 0);
    const pgTimes = [...(await viaPg()).values()].reduce((n, times) => n + times.length, 0);
    if (gatewayTimes !== pgTimes || gatewayTimes === 0) throw new Error(`open times disagree: gateway ${gatewayTimes}, baseline ${pgTimes}`);

    const inputs = Array.from({ length: SAMPLES }, (_, i) => i);
    await sampleLatencies(inputs.slice(0, 20), viaGateway); // warm-up
    await sampleLatencies(inputs.slice(0, 20), viaPg);
    const full = await sampleLatencies(inputs, viaGateway);
    const base = await sampleLatencies(inputs, viaPg);
    const stats = (latencies) => [percentile(latencies, 50).toFixed(1), percentile(latencies, 95).toFixed(1)];
    printTable(
      `Open times: one clinic, ${FROM}..${TO} (31 days), ${APPOINTMENTS.toLocaleString('en')} appointments in the month, ${gatewayTimes} open 15-minute times, ${SAMPLES} sequential requests`,
      ['path', 'p50', 'p95', 'p95 ratio'],
      [
        ['gateway', ...stats(full), (percentile(full, 95) / percentile(base, 95)).toFixed(2)],
        ['bare pg + same computation', ...stats(base), '1.00'],
      ],
    );
    console.log('\n(ms; aim: gateway p95 under 50 ms)');
  } finally {
    await db.end();
    await stack.close();
  }
}

function hq(gatewayUrl, accessToken, clinicId) {
  const base = `${gatewayUrl}/api/hq/clinics/${clinicId}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${base}/${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw Object.assign(new Error(`${method} ${path}: ${res.status} ${await res.text()}`), { status: res.status });
    return res.json();
  };
  return {
    get: (path) => call('GET', path),
    put: (path, body) => call('PUT', path, body),
    post: (path, body) => call('POST', path, body),
    /** Scheduling learns of the clinic from identity's event, a moment after sign-up. */
    async waitForClinic() {
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          return await call('GET', 'setup');
        } catch (error) {
          if (error.status !== 404) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      throw new Error('scheduling never heard of the clinic');
    },
  };
}

/**
 * Straight into the scheduling database (booking 10,000 through the API would measure the
 * booking path instead): spread over the month, a third short exams at scattered morning
 * times (the afternoons keep open times), a sixth surgery drop-offs at opening, the rest
 * boarding and all-day stays, which the sweep must read but which do not block; one in
 * twenty cancelled.
 */
async function seed(db, organizationId, clinicId, typeId) {
  await db.query(
    `INSERT INTO appointments (organization_id, clinic_id, client_id, appointment_type_id, category, local_date, start_time,
                               duration_minutes, starts_at, ends_at, status, source, revision)
     SELECT $1, $2, md5('client' || i % 500)::uuid, $3, category, day, to_char(t, 'HH24:MI'), minutes,
            (day + t) AT TIME ZONE $5, (day + t + make_interval(mins => minutes)) AT TIME ZONE $5,
            CASE WHEN i % 20 = 0 THEN 'cancelled' ELSE 'scheduled' END, 'staff', 1
       FROM (SELECT i,
                    DATE '2027-03-01' + (i % 31) AS day,
                    (ARRAY['wellness', 'surgery', 'boarding', 'all-day', 'other', 'boarding'])[1 + i % 6] AS category,
                    CASE WHEN i % 6 = 1 THEN time '07:00' ELSE time '07:00' + make_interval(mins => (((i * 37) % 60) * 5)) END AS t,
                    CASE WHEN i % 6 IN (0, 4) THEN 5 ELSE 30 END AS minutes
               FROM generate_series(1, $4::int) AS i) s`,
    [organizationId, clinicId, typeId, APPOINTMENTS, TIME_ZONE],
  );
  await db.query('ANALYZE appointments');
}

/** The service's own availability rules, loaded from its TypeScript sources. */
function loadServiceRules() {
  process.env.TS_NODE_TRANSPILE_ONLY = 'true';
  process.env.TS_NODE_PROJECT = join(ROOT, 'apps/scheduling/tsconfig.json');
  const require = createRequire(import.meta.url);
  require('ts-node/register');
  require('../db/register-paths.js');
  return { ...require('../../apps/scheduling/src/rules/open-times.ts'), ...require('../../apps/scheduling/src/rules/clinic-days.ts') };
}
