import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795855110375 implements MigrationInterface {
  name = 'InitialSchema1795855110375';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(16) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'de', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(512), CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "sessions_expires_at_idx" ON "sessions"  ("expires_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "startups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "one_liner" character varying(280), "description" text, "website" character varying(2048), "founded_on" date, "stage" character varying(64), "sectors" text array NOT NULL DEFAULT '{}', "team_size" integer, "city" character varying(120), "funding_raised_eur" bigint, "funding_sought_eur" bigint, "languages" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL DEFAULT 'active', "archived_at" TIMESTAMP WITH TIME ZONE, "profile_completeness" smallint, "scored_revision" integer, "revision" integer NOT NULL DEFAULT '1', "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3f4c6833156641c6dfdbee31b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_status_updated_at_idx" ON "startups"  ("status", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_status_name_idx" ON "startups"  ("status", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "vocabulary_terms" ("kind" character varying(16) NOT NULL, "key" character varying(64) NOT NULL, "label_de" character varying(120) NOT NULL, "label_en" character varying(120) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_2687dedc19906fe46a502c20b2f" PRIMARY KEY ("kind", "key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: indexes TypeORM cannot express (expression and operator class).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "users_email_lower_key" ON "users" (lower("email"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_search_trgm_idx" ON "startups" USING gin ((lower(coalesce(name, '') || ' ' || coalesce(one_liner, '') || ' ' || coalesce(description, ''))) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "startups_search_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "users_email_lower_key"`);
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`,
    );
    await queryRunner.query(`DROP TABLE "vocabulary_terms"`);
    await queryRunner.query(`DROP INDEX "public"."startups_status_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_status_updated_at_idx"`);
    await queryRunner.query(`DROP TABLE "startups"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_expires_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
