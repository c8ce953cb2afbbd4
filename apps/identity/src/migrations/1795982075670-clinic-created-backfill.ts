import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clinics created before `events.identity.clinic.created` existed: one such event each, through
 * the outbox, so services that keep a list of clinics (scheduling) learn about them. The
 * envelope is the one `enqueueEvent` writes; its id is the row's id (the Nats-Msg-Id).
 */
export class ClinicCreatedBackfill1795982075670 implements MigrationInterface {
  name = 'ClinicCreatedBackfill1795982075670';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO "outbox" ("id", "subject", "envelope", "created_at")
      SELECT e.id, 'events.identity.clinic.created',
        jsonb_build_object(
          'id', e.id,
          'subject', 'events.identity.clinic.created',
          'version', 1,
          'occurredAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'data', jsonb_build_object(
            'clinicId', e.clinic_id,
            'organizationId', e.organization_id,
            'name', e.name,
            'timeZone', e.time_zone)),
        clock_timestamp()
      FROM (
        SELECT gen_random_uuid() AS id, c.id AS clinic_id, c.organization_id, c.name, c.time_zone, c.created_at
        FROM "clinics" c
        ORDER BY c.created_at, c.id
      ) e`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Published events cannot be called back; unpublished ones are simply not sent.
    await q.query(`DELETE FROM "outbox" WHERE "subject" = 'events.identity.clinic.created' AND "published_at" IS NULL`);
  }
}
