import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews of a call's applications: its reviewers (staff, mentors, external jurors), the rubric
 * and review round, the reviews, declared conflicts and the managers' pins. A reviewer once per
 * call and email address, whatever its case.
 */
export class Reviews1797100000000 implements MigrationInterface {
  name = 'Reviews1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call_reviewers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "user_id" uuid, "mentor_id" uuid, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "locale" character varying(2) NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "stages" text array NOT NULL DEFAULT '{}', "max_load" integer NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_faaface09c80f747d9f242436db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_reviewers_call_idx" ON "call_reviewers"  ("call_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_reviewers_call_email_key" ON "call_reviewers" ("call_id", lower("email"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_rubrics" ("call_id" uuid NOT NULL, "criteria" jsonb NOT NULL, "reviewers_per_application" integer NOT NULL DEFAULT '3', "review_deadline" TIMESTAMP WITH TIME ZONE, "committee_order" uuid array, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95ded3aa1ce959b588f74c8e356" PRIMARY KEY ("call_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "scores" jsonb NOT NULL DEFAULT '{}', "recommendation" character varying(16), "comment" text, "overall" double precision, "submitted_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reviews_reviewer_idx" ON "reviews"  ("reviewer_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reviews_application_reviewer_key" ON "reviews"  ("application_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_conflicts" ("application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "note" text, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bcdac3e86c1cd8f094fc5510e33" PRIMARY KEY ("application_id", "reviewer_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_pins" ("application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, CONSTRAINT "PK_f82b7db4fff72f7737419e32b18" PRIMARY KEY ("application_id", "reviewer_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_pins_reviewer_idx" ON "review_pins"  ("reviewer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewers" ADD CONSTRAINT "FK_a7df96a52541ab879a4e925806f" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_rubrics" ADD CONSTRAINT "FK_95ded3aa1ce959b588f74c8e356" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_414daf69b1c74f190324c9069ac" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_92e950a2513a79bb3fab273c92e" FOREIGN KEY ("reviewer_id") REFERENCES "call_reviewers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_conflicts" ADD CONSTRAINT "FK_b9a5be0f76009cf28e58e4f530e" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_conflicts" ADD CONSTRAINT "FK_ad4ac302af5582e06c166699f4b" FOREIGN KEY ("reviewer_id") REFERENCES "call_reviewers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_pins" ADD CONSTRAINT "FK_5e9f03cf66a81f2e0a4777556da" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_pins" ADD CONSTRAINT "FK_b76dc61bb3ce4ecf796dfd8007e" FOREIGN KEY ("reviewer_id") REFERENCES "call_reviewers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_pins" DROP CONSTRAINT "FK_b76dc61bb3ce4ecf796dfd8007e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_pins" DROP CONSTRAINT "FK_5e9f03cf66a81f2e0a4777556da"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_conflicts" DROP CONSTRAINT "FK_ad4ac302af5582e06c166699f4b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_conflicts" DROP CONSTRAINT "FK_b9a5be0f76009cf28e58e4f530e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" DROP CONSTRAINT "FK_92e950a2513a79bb3fab273c92e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" DROP CONSTRAINT "FK_414daf69b1c74f190324c9069ac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_rubrics" DROP CONSTRAINT "FK_95ded3aa1ce959b588f74c8e356"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewers" DROP CONSTRAINT "FK_a7df96a52541ab879a4e925806f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."review_pins_reviewer_idx"`);
    await queryRunner.query(`DROP TABLE "review_pins"`);
    await queryRunner.query(`DROP TABLE "review_conflicts"`);
    await queryRunner.query(`DROP INDEX "public"."reviews_application_reviewer_key"`);
    await queryRunner.query(`DROP INDEX "public"."reviews_reviewer_idx"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP TABLE "review_rubrics"`);
    await queryRunner.query(`DROP INDEX "public"."call_reviewers_call_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."call_reviewers_call_idx"`);
    await queryRunner.query(`DROP TABLE "call_reviewers"`);
  }
}
