import { MigrationInterface, QueryRunner } from "typeorm";

export class StaffUsersAndPasswordTokens1795978302656 implements MigrationInterface {
    name = 'StaffUsersAndPasswordTokens1795978302656'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "password_tokens" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "audience" text NOT NULL,
                "user_id" uuid NOT NULL,
                "purpose" text NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_816120c39410c02dabd34b8672b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "password_tokens_hash_key" ON "password_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "password_tokens_user_idx" ON "password_tokens" ("audience", "user_id", "purpose")
        `);
        await queryRunner.query(`
            ALTER TABLE "staff_users"
            ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "staff_users"
            ALTER COLUMN "password_hash" DROP NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "staff_users"
            ALTER COLUMN "password_hash"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "staff_users" DROP COLUMN "last_sign_in_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."password_tokens_user_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."password_tokens_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "password_tokens"
        `);
    }

}
