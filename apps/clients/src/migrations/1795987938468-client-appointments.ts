import { MigrationInterface, QueryRunner } from "typeorm";

export class ClientAppointments1795987938468 implements MigrationInterface {
    name = 'ClientAppointments1795987938468'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "client_appointments" (
                "appointment_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "local_date" date NOT NULL,
                "status" text NOT NULL,
                "deleted" boolean NOT NULL,
                "revision" integer NOT NULL,
                CONSTRAINT "PK_c4a6402f16065df34c9bf85b1c8" PRIMARY KEY ("appointment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "client_appointments_client_idx" ON "client_appointments" ("client_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."client_appointments_client_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "client_appointments"
        `);
    }

}
