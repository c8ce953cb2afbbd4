import { MigrationInterface, QueryRunner } from "typeorm";

export class Appointments1795988197666 implements MigrationInterface {
    name = 'Appointments1795988197666'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "appointments" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "clinic_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "appointment_type_id" uuid NOT NULL,
                "category" text NOT NULL,
                "local_date" date NOT NULL,
                "start_time" text NOT NULL,
                "duration_minutes" integer NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" text NOT NULL,
                "released" boolean NOT NULL DEFAULT false,
                "capacity_rule_id" uuid,
                "animal_id" uuid,
                "animal_name" text,
                "animal_species" text,
                "animal_sex" text,
                "animal_weight_kg" double precision,
                "animal_arriving_in_trap" boolean,
                "notes" text,
                "source" text NOT NULL,
                "checked_in_at" TIMESTAMP WITH TIME ZONE,
                "checked_out_at" TIMESTAMP WITH TIME ZONE,
                "revision" integer NOT NULL,
                "created_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4a437a9a27e948726b8bb3e36ad" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "appointments_organization_idx" ON "appointments" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "appointments_client_idx" ON "appointments" ("client_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "appointments_clinic_date_idx" ON "appointments" ("clinic_id", "local_date")
        `);
        await queryRunner.query(`
            CREATE TABLE "animals" (
                "id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "name" text NOT NULL,
                "species" text NOT NULL,
                "sex" text NOT NULL,
                "weight_kg" double precision,
                "arriving_in_trap" boolean NOT NULL,
                "status" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6154c334bbb19186788468bce5c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "animals_organization_idx" ON "animals" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "animals_client_idx" ON "animals" ("client_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "clients" (
                "id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "display_name" text NOT NULL,
                "status" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "clients_organization_idx" ON "clients" ("organization_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments"
            ADD CONSTRAINT "FK_5de9b36b534afa4cdfc183b9e41" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments"
            ADD CONSTRAINT "FK_a9007e2942ed679604ba1e987a1" FOREIGN KEY ("appointment_type_id") REFERENCES "appointment_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments"
            ADD CONSTRAINT "FK_e1f8cb086415d707ede1e1806bf" FOREIGN KEY ("capacity_rule_id") REFERENCES "capacity_rules"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "appointments" DROP CONSTRAINT "FK_e1f8cb086415d707ede1e1806bf"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments" DROP CONSTRAINT "FK_a9007e2942ed679604ba1e987a1"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments" DROP CONSTRAINT "FK_5de9b36b534afa4cdfc183b9e41"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."clients_organization_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "clients"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."animals_client_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."animals_organization_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "animals"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointments_clinic_date_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointments_client_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."appointments_organization_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "appointments"
        `);
    }

}
