import { MigrationInterface, QueryRunner } from "typeorm";

export class ClinicSetup1795982117423 implements MigrationInterface {
    name = 'ClinicSetup1795982117423'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "clinics" (
                "id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "name" text NOT NULL,
                "time_zone" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5513b659e4d12b01a8ab3956abc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "clinics_organization_idx" ON "clinics" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "appointment_types" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "clinic_id" uuid NOT NULL,
                "name" text NOT NULL,
                "name_key" text NOT NULL,
                "category" text NOT NULL,
                "default_duration_minutes" integer NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_18229fb868163d74004f114aaa6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "appointment_types_clinic_name_key" ON "appointment_types" ("clinic_id", "name_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "appointment_reasons" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "clinic_id" uuid NOT NULL,
                "name" text NOT NULL,
                "description" text,
                "is_default" boolean NOT NULL DEFAULT false,
                "appointment_type_id" uuid NOT NULL,
                "is_active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e18ed23353770a07977dea3c1dd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "appointment_reasons_clinic_default_key" ON "appointment_reasons" ("clinic_id")
            WHERE is_default
        `);
        await queryRunner.query(`
            CREATE INDEX "appointment_reasons_clinic_idx" ON "appointment_reasons" ("clinic_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "capacity_rules" (
                "id" uuid NOT NULL,
                "clinic_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "label" text NOT NULL,
                "species" text,
                "sex" text,
                "min_weight_kg" double precision,
                "max_weight_kg" double precision,
                "places_per_day" integer NOT NULL,
                CONSTRAINT "PK_138fe577bd8c6aa8d961840bf92" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "capacity_rules_clinic_position_idx" ON "capacity_rules" ("clinic_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "clinic_hours" (
                "clinic_id" uuid NOT NULL,
                "weekday" smallint NOT NULL,
                "opens" text NOT NULL,
                "closes" text NOT NULL,
                CONSTRAINT "PK_68438cb58700410788f84830559" PRIMARY KEY ("clinic_id", "weekday")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "closures" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "clinic_id" uuid NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "reason" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_46899be9fc60da350bc4d55a2de" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "closures_clinic_dates_idx" ON "closures" ("clinic_id", "start_date", "end_date")
        `);
        await queryRunner.query(`
            CREATE TABLE "clinic_portal_options" (
                "clinic_id" uuid NOT NULL,
                "allow_requests" boolean NOT NULL,
                "request_label" text NOT NULL,
                "request_notification_email" text,
                "allow_self_scheduling" boolean NOT NULL,
                "show_office_hours" boolean NOT NULL,
                "office_hours_text" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d7a51b2f0866883221ca1b49dd2" PRIMARY KEY ("clinic_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_types"
            ADD CONSTRAINT "FK_d3ef49d60fdce1162d11e71673a" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_reasons"
            ADD CONSTRAINT "FK_057da61582ba6273c6d77203cc0" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_reasons"
            ADD CONSTRAINT "FK_b30b89794c9619673e8fd1e9e64" FOREIGN KEY ("appointment_type_id") REFERENCES "appointment_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "capacity_rules"
            ADD CONSTRAINT "FK_6bb284293e7724c9e078f9cb28a" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "clinic_hours"
            ADD CONSTRAINT "FK_3938e7a8896165794653d6ad75f" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "closures"
            ADD CONSTRAINT "FK_d94d223f90aeadfa92f7bda1e9f" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "clinic_portal_options"
            ADD CONSTRAINT "FK_d7a51b2f0866883221ca1b49dd2" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "clinic_portal_options" DROP CONSTRAINT "FK_d7a51b2f0866883221ca1b49dd2"
        `);
        await queryRunner.query(`
            ALTER TABLE "closures" DROP CONSTRAINT "FK_d94d223f90aeadfa92f7bda1e9f"
        `);
        await queryRunner.query(`
            ALTER TABLE "clinic_hours" DROP CONSTRAINT "FK_3938e7a8896165794653d6ad75f"
        `);
        await queryRunner.query(`
            ALTER TABLE "capacity_rules" DROP CONSTRAINT "FK_6bb284293e7724c9e078f9cb28a"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_reasons" DROP CONSTRAINT "FK_b30b89794c9619673e8fd1e9e64"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_reasons" DROP CONSTRAINT "FK_057da61582ba6273c6d77203cc0"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointment_types" DROP CONSTRAINT "FK_d3ef49d60fdce1162d11e71673a"
        `);
        await queryRunner.query(`
            DROP TABLE "clinic_portal_options"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."closures_clinic_dates_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "closures"
        `);
        await queryRunner.query(`
            DROP TABLE "clinic_hours"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."capacity_rules_clinic_position_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "capacity_rules"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointment_reasons_clinic_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointment_reasons_clinic_default_key"
        `);
        await queryRunner.query(`
            DROP TABLE "appointment_reasons"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointment_types_clinic_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "appointment_types"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."clinics_organization_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "clinics"
        `);
    }

}
