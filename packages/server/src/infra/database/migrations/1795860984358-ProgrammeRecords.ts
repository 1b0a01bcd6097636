import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeRecords1795860984358 implements MigrationInterface {
  name = 'ProgrammeRecords1795860984358';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "investors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "contact_name" character varying(200), "email" character varying(320) NOT NULL, "type" character varying(16) NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "stages" text array NOT NULL DEFAULT '{}', "ticket_min_eur" bigint, "ticket_max_eur" bigint, "regions" text array NOT NULL DEFAULT '{}', "intros_per_round" smallint NOT NULL DEFAULT '3', "status" character varying(16) NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ab129212e4ce89e68d6a27ea4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mentors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "phone" character varying(40), "company" character varying(200), "job_title" character varying(200), "bio" text, "expertise" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "stages" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "city" character varying(120), "capacity" smallint NOT NULL DEFAULT '2', "available_from" date, "available_until" date, "status" character varying(16) NOT NULL DEFAULT 'active', "tags" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67a614446eab992e4d0580afebf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'planning', "capacity" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cohorts_programme_id_idx" ON "cohorts"  ("programme_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_startups" ("cohort_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'applied', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21a03fadba4bf4c3e732cd2c683" PRIMARY KEY ("cohort_id", "startup_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cohort_startups_startup_id_idx" ON "cohort_startups"  ("startup_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_mentors" ("cohort_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e35be0074cf2a0e4ec8e533bef8" PRIMARY KEY ("cohort_id", "mentor_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cohort_mentors_mentor_id_idx" ON "cohort_mentors"  ("mentor_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "FK_741206cb885eb1016401af41b4e" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_startups" ADD CONSTRAINT "FK_c24d117a1faa675ccc8f7dd0c30" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_startups" ADD CONSTRAINT "FK_1f32528d633022a8f7ba4626a32" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_mentors" ADD CONSTRAINT "FK_2cb99581b86e823ad33fb70d552" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_mentors" ADD CONSTRAINT "FK_87b9a69ea56f40308c1412e04d5" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: expression indexes and the rules TypeORM cannot express.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentors_email_lower_key" ON "mentors" (lower("email"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "investors_email_lower_key" ON "investors" (lower("email"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentors" ADD CONSTRAINT "mentors_capacity_check" CHECK ("capacity" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "investors" ADD CONSTRAINT "investors_ticket_range_check" CHECK ("ticket_min_eur" IS NULL OR "ticket_max_eur" IS NULL OR "ticket_min_eur" <= "ticket_max_eur")`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_dates_check" CHECK ("starts_on" <= "ends_on")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "cohorts_dates_check"`);
    await queryRunner.query(
      `ALTER TABLE "investors" DROP CONSTRAINT "investors_ticket_range_check"`,
    );
    await queryRunner.query(`ALTER TABLE "mentors" DROP CONSTRAINT "mentors_capacity_check"`);
    await queryRunner.query(`DROP INDEX "investors_email_lower_key"`);
    await queryRunner.query(`DROP INDEX "mentors_email_lower_key"`);
    await queryRunner.query(
      `ALTER TABLE "cohort_mentors" DROP CONSTRAINT "FK_87b9a69ea56f40308c1412e04d5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_mentors" DROP CONSTRAINT "FK_2cb99581b86e823ad33fb70d552"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_startups" DROP CONSTRAINT "FK_1f32528d633022a8f7ba4626a32"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_startups" DROP CONSTRAINT "FK_c24d117a1faa675ccc8f7dd0c30"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" DROP CONSTRAINT "FK_741206cb885eb1016401af41b4e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."cohort_mentors_mentor_id_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_mentors"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_startups_startup_id_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_startups"`);
    await queryRunner.query(`DROP INDEX "public"."cohorts_programme_id_idx"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
    await queryRunner.query(`DROP TABLE "programmes"`);
    await queryRunner.query(`DROP TABLE "mentors"`);
    await queryRunner.query(`DROP TABLE "investors"`);
  }
}
