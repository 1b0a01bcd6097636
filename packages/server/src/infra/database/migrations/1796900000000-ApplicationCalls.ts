import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls for applications (one per cohort), the applications they get and their uploaded decks
 * (bytea: in PostgreSQL, so that backups include them). One application per call and email
 * address, whatever its case. Screening finds an application's duplicates among the startups by
 * their website's host (`https://www.firma.de/x` → `firma.de`), through an expression index.
 */
export class ApplicationCalls1796900000000 implements MigrationInterface {
  name = 'ApplicationCalls1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" jsonb NOT NULL, "intro" jsonb NOT NULL, "confirmation" jsonb NOT NULL, "consent" jsonb NOT NULL, "consent_version" integer NOT NULL DEFAULT '1', "profile_fields" text array NOT NULL DEFAULT '{}', "questions" jsonb NOT NULL DEFAULT '[]', "retention_days" integer NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "calls_retention_check" CHECK ("retention_days" > 0), CONSTRAINT "calls_dates_check" CHECK ("opens_at" < "closes_at"), CONSTRAINT "PK_d9171d91f8dd1a649659f1b6a20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "calls_cohort_id_key" ON "calls" ("cohort_id") `);
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "locale" character varying(2) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "founder_name" character varying(200), "profile" jsonb NOT NULL DEFAULT '{}', "answers" jsonb NOT NULL DEFAULT '{}', "eligibility" character varying(16) NOT NULL DEFAULT 'pending', "eligibility_by" uuid, "eligibility_reason" text, "consent_version" integer, "consented_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "startup_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "applications_call_status_idx" ON "applications" ("call_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "applications_call_email_key" ON "applications" ("call_id", lower("email"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "question_key" character varying(64) NOT NULL, "file_name" character varying(255) NOT NULL, "size_bytes" integer NOT NULL, "pages" integer NOT NULL, "content" bytea NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8a3698602709b159d830d7be21" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "application_files_question_key" ON "application_files" ("application_id", "question_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_website_host_idx" ON "startups" (lower(regexp_replace(substring(website from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)'), '^www\\.', '')))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "FK_7f395535ffd8220c463b5c5acd7" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_0e6ecc995b9e74940f8bdd5c438" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_files" ADD CONSTRAINT "FK_fdd370473973704026fbcde34a1" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "application_files"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP TABLE "calls"`);
    await queryRunner.query(`DROP INDEX "startups_website_host_idx"`);
  }
}
