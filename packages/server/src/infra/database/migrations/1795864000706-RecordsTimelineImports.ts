import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordsTimelineImports1795864000706 implements MigrationInterface {
  name = 'RecordsTimelineImports1795864000706';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "actor_id" uuid, "actor_label" character varying(200), "body" text, "changes" jsonb, "data" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" uuid, CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "activities_created_at_idx" ON "activities"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activities_subject_idx" ON "activities"  ("subject_type", "subject_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "startup_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "startup_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "role" character varying(120), "phone" character varying(40), "is_founder" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_619aa0e291e5f5e5d8ac981ace3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "file_name" character varying(255) NOT NULL, "content" text, "delimiter" character varying(1) NOT NULL, "headers" text array NOT NULL, "mapping" jsonb NOT NULL DEFAULT '{}', "rows" jsonb, "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "progress" smallint NOT NULL DEFAULT '0', "created_count" integer NOT NULL DEFAULT '0', "updated_count" integer NOT NULL DEFAULT '0', "rejected_count" integer NOT NULL DEFAULT '0', "error" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "import_jobs_created_at_idx" ON "import_jobs"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "source" character varying(16) NOT NULL DEFAULT 'manual', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentorships_startup_id_idx" ON "mentorships"  ("startup_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mentorships_mentor_id_idx" ON "mentorships"  ("mentor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_filters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "list" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "query" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d30e30ca883a3bd014c9ed983ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "startups" ADD "tags" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "investors" ADD "tags" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "investors" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "mentors" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "startups_tags_idx" ON "startups" USING gin ("tags") `);
    await queryRunner.query(`CREATE INDEX "investors_tags_idx" ON "investors" USING gin ("tags") `);
    await queryRunner.query(
      `CREATE INDEX "mentors_expertise_idx" ON "mentors" USING gin ("expertise") `,
    );
    await queryRunner.query(`CREATE INDEX "mentors_tags_idx" ON "mentors" USING gin ("tags") `);
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_78e06b2e7a3bd9b9239de4aa285" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "startup_contacts" ADD CONSTRAINT "FK_fcf9402b28aa4cb396521a98aec" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD CONSTRAINT "FK_c1e1a770077399d5c20cb404cbf" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_e6229594bb906765e210724ef14" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_8499d703f46486352a9cbb74830" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_54ff14b29432a4b4a78df075b90" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_filters" ADD CONSTRAINT "FK_1072cc58f972749123491fcd776" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: expression and partial indexes, which TypeORM cannot express. The finder
    // expressions are copied from search/finder-expressions.ts (a migration never changes after it lands).
    await queryRunner.query(
      `CREATE FUNCTION kohorte_tags_text(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string(tags, ' '), '') $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_finder_trgm_idx" ON "startups" USING gin ((lower(name || ' ' || coalesce(city, '') || ' ' || kohorte_tags_text(tags))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentors_finder_trgm_idx" ON "mentors" USING gin ((lower(full_name || ' ' || email || ' ' || coalesce(company, '') || ' ' || coalesce(city, '') || ' ' || kohorte_tags_text(tags))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "investors_finder_trgm_idx" ON "investors" USING gin ((lower(name || ' ' || coalesce(contact_name, '') || ' ' || email || ' ' || kohorte_tags_text(tags))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "cohorts_finder_trgm_idx" ON "cohorts" USING gin ((lower(name)) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "startup_contacts_finder_trgm_idx" ON "startup_contacts" USING gin ((lower(full_name || ' ' || email)) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentors_status_name_lower_idx" ON "mentors" ("status", lower("full_name"), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "investors_status_name_lower_idx" ON "investors" ("status", lower("name"), "id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "startup_contacts_startup_email_key" ON "startup_contacts" ("startup_id", lower("email"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "startup_contacts_email_lower_idx" ON "startup_contacts" (lower("email"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentorships_live_key" ON "mentorships" ("cohort_id", "startup_id", "mentor_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "saved_filters_user_list_name_key" ON "saved_filters" ("user_id", "list", lower("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "saved_filters_user_list_name_key"`);
    await queryRunner.query(`DROP INDEX "mentorships_live_key"`);
    await queryRunner.query(`DROP INDEX "startup_contacts_email_lower_idx"`);
    await queryRunner.query(`DROP INDEX "startup_contacts_startup_email_key"`);
    await queryRunner.query(`DROP INDEX "investors_status_name_lower_idx"`);
    await queryRunner.query(`DROP INDEX "mentors_status_name_lower_idx"`);
    await queryRunner.query(`DROP INDEX "startup_contacts_finder_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "cohorts_finder_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "investors_finder_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "mentors_finder_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "startups_finder_trgm_idx"`);
    await queryRunner.query(`DROP FUNCTION kohorte_tags_text(text[])`);
    await queryRunner.query(
      `ALTER TABLE "saved_filters" DROP CONSTRAINT "FK_1072cc58f972749123491fcd776"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" DROP CONSTRAINT "FK_54ff14b29432a4b4a78df075b90"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" DROP CONSTRAINT "FK_8499d703f46486352a9cbb74830"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" DROP CONSTRAINT "FK_e6229594bb906765e210724ef14"`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" DROP CONSTRAINT "FK_c1e1a770077399d5c20cb404cbf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "startup_contacts" DROP CONSTRAINT "FK_fcf9402b28aa4cb396521a98aec"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" DROP CONSTRAINT "FK_78e06b2e7a3bd9b9239de4aa285"`,
    );
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "cohorts_capacity_check"`);
    await queryRunner.query(`DROP INDEX "public"."mentors_tags_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mentors_expertise_idx"`);
    await queryRunner.query(`DROP INDEX "public"."investors_tags_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_tags_idx"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "investors" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "investors" DROP COLUMN "tags"`);
    await queryRunner.query(`ALTER TABLE "startups" DROP COLUMN "tags"`);
    await queryRunner.query(`DROP TABLE "saved_filters"`);
    await queryRunner.query(`DROP INDEX "public"."mentorships_mentor_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mentorships_startup_id_idx"`);
    await queryRunner.query(`DROP TABLE "mentorships"`);
    await queryRunner.query(`DROP INDEX "public"."import_jobs_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
    await queryRunner.query(`DROP TABLE "startup_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."activities_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activities_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "activities"`);
  }
}
