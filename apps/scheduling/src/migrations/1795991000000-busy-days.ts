import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `busy_days`: per clinic and local date, the union of the times its appointments block, as
 * sorted disjoint spans (epoch ms: start, end, start, end, …). Open times read 31 short rows
 * instead of every appointment of the month. Statement triggers keep it in step with every
 * write to `appointments`, in the writer's transaction, whatever code path writes.
 *
 * The statuses that hold a time are HOLDING_STATUSES and the categories that do not block are
 * the ones `blocksTime` names (libs/contracts, apps/scheduling/src/rules/open-times.ts):
 * changing either needs a migration that replaces `busy_days_refresh` and refreshes every day.
 */
export class BusyDays1795991000000 implements MigrationInterface {
  name = 'BusyDays1795991000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "busy_days" (
        "clinic_id" uuid NOT NULL,
        "local_date" date NOT NULL,
        "spans" double precision[] NOT NULL,
        CONSTRAINT "busy_days_pkey" PRIMARY KEY ("clinic_id", "local_date")
      )
    `);
    // Touching appointments merge (a start equal to the running end), as the open-times sweep
    // merges them; an appointment of no length stays a span of no length and still blocks a
    // slot running across it.
    await queryRunner.query(`
      CREATE FUNCTION busy_days_refresh(clinic_ids uuid[], dates date[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM busy_days b
         USING unnest(clinic_ids, dates) AS d(clinic_id, local_date)
         WHERE b.clinic_id = d.clinic_id AND b.local_date = d.local_date;
        WITH days AS (
          SELECT DISTINCT clinic_id, local_date FROM unnest(clinic_ids, dates) AS d(clinic_id, local_date)
        ), blocking AS (
          SELECT a.clinic_id, a.local_date,
                 date_part('epoch', a.starts_at) * 1000 AS s, date_part('epoch', a.ends_at) * 1000 AS e
            FROM appointments a JOIN days d ON d.clinic_id = a.clinic_id AND d.local_date = a.local_date
           WHERE a.status IN ('scheduled', 'checked-in', 'checked-out', 'no-show')
             AND a.category NOT IN ('boarding', 'all-day')
             AND a.ends_at >= a.starts_at
        ), breaks AS (
          SELECT *, CASE WHEN s <= max(e) OVER (PARTITION BY clinic_id, local_date ORDER BY s, e
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                         THEN 0 ELSE 1 END AS starts_span
            FROM blocking
        ), numbered AS (
          SELECT *, sum(starts_span) OVER (PARTITION BY clinic_id, local_date ORDER BY s, e) AS span FROM breaks
        ), merged AS (
          SELECT clinic_id, local_date, min(s) AS s, max(e) AS e FROM numbered GROUP BY clinic_id, local_date, span
        )
        INSERT INTO busy_days (clinic_id, local_date, spans)
        SELECT clinic_id, local_date, array_agg(bound ORDER BY s, part)
          FROM merged, LATERAL (VALUES (1, s), (2, e)) AS bounds(part, bound)
         GROUP BY clinic_id, local_date;
      $$
    `);
    // One refresh per statement over the days it touched (a bulk insert refreshes each day once).
    await queryRunner.query(`
      CREATE FUNCTION busy_days_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM busy_days_refresh(array_agg(clinic_id), array_agg(local_date)) FROM (SELECT DISTINCT clinic_id, local_date FROM new_rows) d;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM busy_days_refresh(array_agg(clinic_id), array_agg(local_date)) FROM (SELECT DISTINCT clinic_id, local_date FROM old_rows) d;
        ELSE
          -- Only rows whose time, day, status or category changed: releasing, check-in and
          -- check-out times, animals and revisions leave the day's spans as they were.
          PERFORM busy_days_refresh(array_agg(clinic_id), array_agg(local_date))
             FROM (SELECT o.clinic_id, o.local_date FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE (o.clinic_id, o.local_date, o.starts_at, o.ends_at, o.status, o.category)
                          IS DISTINCT FROM (n.clinic_id, n.local_date, n.starts_at, n.ends_at, n.status, n.category)
                   UNION
                   SELECT n.clinic_id, n.local_date FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE (o.clinic_id, o.local_date, o.starts_at, o.ends_at, o.status, o.category)
                          IS DISTINCT FROM (n.clinic_id, n.local_date, n.starts_at, n.ends_at, n.status, n.category)) d;
        END IF;
        RETURN NULL;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER busy_days_after_insert AFTER INSERT ON appointments
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION busy_days_after_write()
    `);
    await queryRunner.query(`
      CREATE TRIGGER busy_days_after_update AFTER UPDATE ON appointments
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION busy_days_after_write()
    `);
    await queryRunner.query(`
      CREATE TRIGGER busy_days_after_delete AFTER DELETE ON appointments
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION busy_days_after_write()
    `);
    await queryRunner.query(`
      SELECT busy_days_refresh(array_agg(clinic_id), array_agg(local_date))
        FROM (SELECT DISTINCT clinic_id, local_date FROM appointments) d
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER busy_days_after_delete ON appointments`);
    await queryRunner.query(`DROP TRIGGER busy_days_after_update ON appointments`);
    await queryRunner.query(`DROP TRIGGER busy_days_after_insert ON appointments`);
    await queryRunner.query(`DROP FUNCTION busy_days_after_write()`);
    await queryRunner.query(`DROP FUNCTION busy_days_refresh(uuid[], date[])`);
    await queryRunner.query(`DROP TABLE "busy_days"`);
  }
}
