import { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkTokens1795869216781 implements MigrationInterface {
  name = 'LinkTokens1795869216781';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "startup_figures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "startup_id" uuid NOT NULL, "month" character(7) NOT NULL, "revenue_eur" bigint, "customers" integer, "team_size" integer, "funding_raised_eur" bigint, "highlights" text, "asks" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df4a3d14d2d6882f6102dd919d3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "startup_figures_startup_month_key" ON "startup_figures"  ("startup_id", "month") `,
    );
    await queryRunner.query(
      `CREATE TABLE "link_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "purpose" character varying(32) NOT NULL, "subject_type" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "extra" jsonb NOT NULL DEFAULT '{}', "single_use" boolean NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "uses" integer NOT NULL DEFAULT '0', "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af579a5188d3dfebc6bb1a4f6fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "link_tokens_subject_idx" ON "link_tokens"  ("subject_type", "subject_id", "purpose") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "link_tokens_token_hash_key" ON "link_tokens"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "startup_figures" ADD CONSTRAINT "FK_03c3e8f4132e68ccd2d03791357" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "startup_figures" DROP CONSTRAINT "FK_03c3e8f4132e68ccd2d03791357"`,
    );
    await queryRunner.query(`DROP INDEX "public"."link_tokens_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."link_tokens_subject_idx"`);
    await queryRunner.query(`DROP TABLE "link_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."startup_figures_startup_month_key"`);
    await queryRunner.query(`DROP TABLE "startup_figures"`);
  }
}
