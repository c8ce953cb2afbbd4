import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateNotifications1795445857231 implements MigrationInterface {
    name = 'CreateNotifications1795445857231'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "sent_emails" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "kind" text NOT NULL,
                "organization_id" uuid,
                "to_address" text NOT NULL,
                "subject" text NOT NULL,
                "event_id" uuid,
                "message_id" text NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7ee1d2a6cf19f1f169b980fb3d2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "sent_emails_organization_sent_idx" ON "sent_emails" ("organization_id", "sent_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "sent_emails_kind_event_key" ON "sent_emails" ("kind", "event_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."sent_emails_kind_event_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sent_emails_organization_sent_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "sent_emails"
        `);
    }

}
