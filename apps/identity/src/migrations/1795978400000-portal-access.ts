import { MigrationInterface, QueryRunner } from "typeorm";

export class PortalAccess1795978400000 implements MigrationInterface {
    name = 'PortalAccess1795978400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "portal_access_history" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "email" text,
                "by_name" text,
                "invitation_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_4f2117715e8bfcea4d282a14c6a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_access_history_client_at_idx" ON "portal_access_history" ("organization_id", "client_id", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_accounts" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c06ed8450a5c1814fb44285e507" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_links" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "portal_account_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "status" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_b1bb82b3e588a5030649b3dc95b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "portal_links_account_organization_key" ON "portal_links" ("portal_account_id", "organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "portal_links_client_key" ON "portal_links" ("organization_id", "client_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_users" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "portal_account_id" uuid NOT NULL,
                "email" text NOT NULL,
                "name" text NOT NULL,
                "password_hash" text,
                "permissions" text array NOT NULL DEFAULT '{}',
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_05a331e256443e6ceca53561ead" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "portal_users_email_key" ON "portal_users" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_users_account_idx" ON "portal_users" ("portal_account_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_invitations" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "client_name" text NOT NULL,
                "kind" text NOT NULL,
                "email" text NOT NULL,
                "token_hash" text NOT NULL,
                "invited_by_user_id" uuid,
                "invited_by_name" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0e042c82439f64a25152e73b065" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "portal_invitations_token_hash_key" ON "portal_invitations" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_invitations_client_idx" ON "portal_invitations" ("organization_id", "client_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."portal_invitations_client_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_invitations_token_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_users_account_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_users_email_key"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_users"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_links_client_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_links_account_organization_key"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_links"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_accounts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_access_history_client_at_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_access_history"
        `);
    }

}
