import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and processed-events tables; every service lists this among its migrations. */
export class MessagingTables1763900000000 implements MigrationInterface {
  name = 'MessagingTables1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox" (
      "id" uuid NOT NULL,
      "subject" text NOT NULL,
      "envelope" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "published_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_outbox" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "outbox_unpublished_idx" ON "outbox" ("created_at") WHERE published_at IS NULL`);
    await q.query(`CREATE TABLE "processed_events" (
      "consumer" text NOT NULL,
      "event_id" uuid NOT NULL,
      "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_processed_events" PRIMARY KEY ("consumer", "event_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "processed_events"`);
    await q.query(`DROP TABLE "outbox"`);
  }
}
