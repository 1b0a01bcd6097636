import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy: access reports held for download until they expire, and the minimal records that
 * erasures leave (kinds, when, by whom, counts; no personal data).
 */
export class PrivacyReportsErasures1796800000000 implements MigrationInterface {
  name = 'PrivacyReportsErasures1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_access_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(16) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "locale" character varying(2) NOT NULL, "records" jsonb NOT NULL, "counts" jsonb, "content" jsonb, "html" text, "error" text, "requested_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c4fbe983bfe1e0237f789b800be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "privacy_access_reports_expires_at_idx" ON "privacy_access_reports" ("expires_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "privacy_erasures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kinds" character varying(16) array NOT NULL, "reason" character varying(16) NOT NULL, "counts" jsonb NOT NULL, "queued_jobs" integer NOT NULL DEFAULT '0', "erased_by" uuid, "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be9b5f7dfdd3a4ba7330a583bae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "privacy_erasures_erased_at_idx" ON "privacy_erasures" ("erased_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_erasures"`);
    await queryRunner.query(`DROP TABLE "privacy_access_reports"`);
  }
}
