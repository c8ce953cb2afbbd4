import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { APPOINTMENT_CATEGORIES, APPOINTMENT_STATUSES, HOLDING_STATUSES, SCHEDULING_SUBJECTS, type AppointmentType } from '@tailwise/contracts';
import { blocksTime, type AppointmentCategory } from '../src/rules/open-times';
import { schedulingService } from './fixtures';

// `busy_days` is kept by triggers on `appointments`: whatever is inserted, updated or deleted,
// and however (one row or many per statement), each day's spans must be exactly the merged
// blocking appointments of that day, as the open-times sweep would merge them.

const DATES = ['2027-03-01', '2027-03-02', '2027-03-03'];
const MINUTE_MS = 60_000;

interface Row {
  date: string;
  start: number;
  end: number;
  category: AppointmentCategory;
  status: (typeof APPOINTMENT_STATUSES)[number];
}

const row: fc.Arbitrary<Row> = fc
  .record({
    date: fc.constantFrom(...DATES),
    // Minutes from the date's UTC midnight, on a coarse grid so that touching and equal bounds are common.
    start: fc.integer({ min: -24, max: 60 }).map((n) => n * 30),
    length: fc.constantFrom(0, 15, 30, 60, 90, 600),
    category: fc.constantFrom(...APPOINTMENT_CATEGORIES),
    status: fc.constantFrom(...APPOINTMENT_STATUSES),
  })
  .map(({ date, start, length, category, status }) => {
    const midnight = Date.parse(`${date}T00:00:00Z`);
    return { date, start: midnight + start * MINUTE_MS, end: midnight + (start + length) * MINUTE_MS, category, status };
  });

/** The oracle: per date, the holding blocking appointments sorted and merged, touching ones joined. */
function mergedByDate(rows: readonly Row[]): Record<string, number[]> {
  const result: Record<string, number[]> = {};
  for (const date of DATES) {
    const spans = rows
      .filter((r) => r.date === date && HOLDING_STATUSES.includes(r.status) && blocksTime(r.category))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: number[] = [];
    for (const span of spans) {
      const last = merged.length - 1;
      if (last > 0 && span.start <= merged[last]) merged[last] = Math.max(merged[last], span.end);
      else merged.push(span.start, span.end);
    }
    if (merged.length > 0) result[date] = merged;
  }
  return result;
}

describe('busy_days (PostgreSQL triggers)', () => {
  const service = schedulingService();

  it('holds each day’s merged blocking spans after any mix of inserts, updates and deletes', async () => {
    const { clinicId, organizationId, admin } = await service.clinicCreated();
    const type = await service.call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, admin, {
      clinicId,
      appointmentType: { name: 'Exam', category: 'wellness', defaultDurationMinutes: 30 },
    });
    const db = service.dataSource;
    const insert = (rows: Row[]) =>
      db.query(
        `INSERT INTO appointments (id, organization_id, clinic_id, client_id, appointment_type_id, category, local_date, start_time,
                                   duration_minutes, starts_at, ends_at, status, source, revision)
         SELECT id, $1, $2, $3, $4, category, local_date, '00:00', 5, to_timestamp(s / 1000.0), to_timestamp(e / 1000.0), status, 'staff', 1
           FROM unnest($5::uuid[], $6::text[], $7::date[], $8::float8[], $9::float8[], $10::text[])
                AS r(id, category, local_date, s, e, status)`,
        [organizationId, clinicId, randomUUID(), type.id, rows.map(() => randomUUID()), rows.map((r) => r.category), rows.map((r) => r.date), rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => r.status)],
      );
    const stored = async () => {
      const found: { local_date: string; spans: number[] }[] = await db.query(`SELECT local_date::text, spans FROM busy_days WHERE clinic_id = $1`, [clinicId]);
      return Object.fromEntries(found.map((f) => [f.local_date, f.spans]));
    };
    const current = async (): Promise<Row[]> =>
      (
        await db.query(
          `SELECT local_date::text AS date, date_part('epoch', starts_at) * 1000 AS start, date_part('epoch', ends_at) * 1000 AS end, category, status
             FROM appointments WHERE clinic_id = $1`,
          [clinicId],
        )
      ).map((r: Row) => ({ ...r, start: Number(r.start), end: Number(r.end) }));

    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 30 }),
        fc.array(row, { maxLength: 5 }),
        fc.constantFrom(...APPOINTMENT_STATUSES),
        async (many, oneByOne, newStatus) => {
          await db.query(`DELETE FROM appointments WHERE clinic_id = $1`, [clinicId]);
          expect(await stored()).toEqual({});
          await insert(many); // one statement, many days
          for (const single of oneByOne) await insert([single]);
          expect(await stored()).toEqual(mergedByDate(await current()));
          // Status changes and moves to another day, several rows per statement.
          await db.query(`UPDATE appointments SET status = $2 WHERE clinic_id = $1 AND category IN ('surgery', 'boarding')`, [clinicId, newStatus]);
          await db.query(
            `UPDATE appointments SET local_date = local_date + 1, starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day'
              WHERE clinic_id = $1 AND local_date = $2`,
            [clinicId, DATES[0]],
          );
          expect(await stored()).toEqual(mergedByDate(await current()));
          await db.query(`DELETE FROM appointments WHERE clinic_id = $1 AND category = 'wellness'`, [clinicId]);
          expect(await stored()).toEqual(mergedByDate(await current()));
        },
      ),
      { numRuns: 25 },
    );
  });
});
