import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateClients1795450276226 implements MigrationInterface {
    name = 'CreateClients1795450276226'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "clients" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "status" text NOT NULL DEFAULT 'active',
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "display_name" text NOT NULL,
                "sort_name" text NOT NULL,
                "search_name" text NOT NULL,
                "email" text COLLATE "C",
                "primary_phone" text,
                "assigned_staff_user_id" uuid,
                "details" jsonb NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "clients_organization_email_idx" ON "clients" ("organization_id", "email")
        `);
        await queryRunner.query(`
            CREATE INDEX "clients_organization_assigned_sort_idx" ON "clients" (
                "organization_id",
                "assigned_staff_user_id",
                "sort_name",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "clients_organization_sort_idx" ON "clients" ("organization_id", "sort_name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "animals" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "name" text NOT NULL,
                "sort_name" text NOT NULL,
                "search_name" text NOT NULL,
                "species" text NOT NULL,
                "sex" text NOT NULL,
                "altered" text NOT NULL,
                "breed" text,
                "colour" text,
                "date_of_birth" date,
                "estimated_age_months" integer,
                "weight_kg" double precision,
                "microchip" text COLLATE "C",
                "status" text NOT NULL,
                "arriving_in_trap" boolean NOT NULL DEFAULT false,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6154c334bbb19186788468bce5c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "animals_organization_microchip_key" ON "animals" ("organization_id", "microchip")
            WHERE microchip IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "animals_client_name_idx" ON "animals" ("client_id", "sort_name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "client_phones" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "client_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "type" text NOT NULL,
                "number" text NOT NULL,
                "digits" text NOT NULL,
                CONSTRAINT "PK_3181b355647814ff8cd8ad7728f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "client_phones_organization_digits_idx" ON "client_phones" ("organization_id", "digits")
        `);
        await queryRunner.query(`
            CREATE INDEX "client_phones_client_idx" ON "client_phones" ("client_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "client_activity" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "animal_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_name" text,
                "action" text NOT NULL,
                "changes" jsonb,
                "summary" text NOT NULL,
                CONSTRAINT "PK_bdf8ab9d6d3900ad7c5fe413de5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "client_activity_client_at_idx" ON "client_activity" ("client_id", "at")
        `);
        await queryRunner.query(`
            ALTER TABLE "animals"
            ADD CONSTRAINT "FK_ece672512ea08836c14ad1500b8" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "client_phones"
            ADD CONSTRAINT "FK_6e22d73120616b907ee488f1373" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "client_activity"
            ADD CONSTRAINT "FK_a0e92ea60ff238218993ce7a20a" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "client_activity" DROP CONSTRAINT "FK_a0e92ea60ff238218993ce7a20a"
        `);
        await queryRunner.query(`
            ALTER TABLE "client_phones" DROP CONSTRAINT "FK_6e22d73120616b907ee488f1373"
        `);
        await queryRunner.query(`
            ALTER TABLE "animals" DROP CONSTRAINT "FK_ece672512ea08836c14ad1500b8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."client_activity_client_at_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "client_activity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."client_phones_client_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."client_phones_organization_digits_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "client_phones"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."animals_client_name_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."animals_organization_microchip_key"
        `);
        await queryRunner.query(`
            DROP TABLE "animals"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."clients_organization_sort_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."clients_organization_assigned_sort_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."clients_organization_email_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "clients"
        `);
    }

}
