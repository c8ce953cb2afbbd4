import { MigrationInterface, QueryRunner } from "typeorm";

export class AppointmentRequests1795988931255 implements MigrationInterface {
    name = 'AppointmentRequests1795988931255'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "appointment_requests" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "clinic_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "local_date" date NOT NULL,
                "time_of_day" text NOT NULL,
                "reason_id" uuid NOT NULL,
                "message" text,
                "status" text NOT NULL,
                "decline_message" text,
                "appointment_id" uuid,
                "created_by_portal_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "answered_by_user_id" uuid,
                CONSTRAINT "PK_a54d411a88f1ed6fa9376ca5247" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "appointment_requests_client_idx" ON "appointment_requests" ("organization_id", "client_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "appointment_requests_clinic_idx" ON "appointment_requests" ("clinic_id", "status")
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_requests"
            ADD CONSTRAINT "FK_e7137f55bb5e40a0df5bfcfac4b" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_requests"
            ADD CONSTRAINT "FK_38a2f4b13a1ad243decb13012f8" FOREIGN KEY ("reason_id") REFERENCES "appointment_reasons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_requests"
            ADD CONSTRAINT "FK_0cb2bc447a1b6c469522f5636a7" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "appointment_requests" DROP CONSTRAINT "FK_0cb2bc447a1b6c469522f5636a7"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_requests" DROP CONSTRAINT "FK_38a2f4b13a1ad243decb13012f8"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_requests" DROP CONSTRAINT "FK_e7137f55bb5e40a0df5bfcfac4b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointment_requests_clinic_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointment_requests_client_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "appointment_requests"
        `);
    }

}
