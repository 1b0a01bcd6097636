import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingRuns1795865612887 implements MigrationInterface {
  name = 'MatchingRuns1795865612887';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'queued', "parameters" jsonb NOT NULL, "progress" smallint NOT NULL DEFAULT '0', "step" text, "error" text, "total_score" numeric(14,3), "stats" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "matching_runs_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_c0bebed77bb3aa81e48b4654d40" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "matching_runs_cohort_id_idx" ON "matching_runs"  ("cohort_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "mentor_id" uuid, "investor_id" uuid, "score" numeric(6,3) NOT NULL, "parts" jsonb NOT NULL, "rank" smallint NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'proposed', "pinned" boolean NOT NULL DEFAULT false, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_proposals_investor_key" UNIQUE ("run_id", "startup_id", "investor_id"), CONSTRAINT "match_proposals_mentor_key" UNIQUE ("run_id", "startup_id", "mentor_id"), CONSTRAINT "match_proposals_partner_check" CHECK (("mentor_id" IS NULL) <> ("investor_id" IS NULL)), CONSTRAINT "PK_37eb97a731845dfc2f9dee1c4ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "match_proposals_cohort_id_idx" ON "match_proposals"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "match_proposals_investor_id_idx" ON "match_proposals"  ("investor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "match_proposals_mentor_id_idx" ON "match_proposals"  ("mentor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "match_proposals_startup_id_idx" ON "match_proposals"  ("startup_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "mentor_id" uuid, "investor_id" uuid, "rule" character varying(8) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_rules_investor_key" UNIQUE ("cohort_id", "startup_id", "investor_id"), CONSTRAINT "match_rules_mentor_key" UNIQUE ("cohort_id", "startup_id", "mentor_id"), CONSTRAINT "match_rules_partner_check" CHECK (("mentor_id" IS NULL) <> ("investor_id" IS NULL)), CONSTRAINT "PK_b00f746163bdb37a9a4bfd1a1dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "match_rules_investor_id_idx" ON "match_rules"  ("investor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "match_rules_mentor_id_idx" ON "match_rules"  ("mentor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "match_rules_startup_id_idx" ON "match_rules"  ("startup_id") `,
    );
    // Hand-written: one queued or running run per (cohort, kind), even when two starts race.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "matching_runs_active_key" ON "matching_runs" ("cohort_id", "kind") WHERE "status" IN ('queued', 'running')`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_runs" ADD CONSTRAINT "FK_d3477c5fb6aab89446addcb2abd" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD CONSTRAINT "FK_4879ebee1e3e23e31c7b66f986b" FOREIGN KEY ("run_id") REFERENCES "matching_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD CONSTRAINT "FK_e27a2299c09ca87fb77530a1323" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD CONSTRAINT "FK_1d2162b1765f95dc2bf277feeff" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD CONSTRAINT "FK_a25c71253834bce54d10d30c9fb" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD CONSTRAINT "FK_74bf3d1e2549867ad62d8424695" FOREIGN KEY ("investor_id") REFERENCES "investors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" ADD CONSTRAINT "FK_6a2bd50d2e23d9bb531bda4ce10" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" ADD CONSTRAINT "FK_4e1b269a70255a17b0ebe5081b3" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" ADD CONSTRAINT "FK_ed94e33a7ba51875d0925fad575" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" ADD CONSTRAINT "FK_87f1182f6ef2aed8d418b1358dd" FOREIGN KEY ("investor_id") REFERENCES "investors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_rules" DROP CONSTRAINT "FK_87f1182f6ef2aed8d418b1358dd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" DROP CONSTRAINT "FK_ed94e33a7ba51875d0925fad575"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" DROP CONSTRAINT "FK_4e1b269a70255a17b0ebe5081b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_rules" DROP CONSTRAINT "FK_6a2bd50d2e23d9bb531bda4ce10"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" DROP CONSTRAINT "FK_74bf3d1e2549867ad62d8424695"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" DROP CONSTRAINT "FK_a25c71253834bce54d10d30c9fb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" DROP CONSTRAINT "FK_1d2162b1765f95dc2bf277feeff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" DROP CONSTRAINT "FK_e27a2299c09ca87fb77530a1323"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" DROP CONSTRAINT "FK_4879ebee1e3e23e31c7b66f986b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_runs" DROP CONSTRAINT "FK_d3477c5fb6aab89446addcb2abd"`,
    );
    await queryRunner.query(`DROP INDEX "public"."matching_runs_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."match_rules_startup_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_rules_mentor_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_rules_investor_id_idx"`);
    await queryRunner.query(`DROP TABLE "match_rules"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposals_startup_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposals_mentor_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposals_investor_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposals_cohort_id_idx"`);
    await queryRunner.query(`DROP TABLE "match_proposals"`);
    await queryRunner.query(`DROP INDEX "public"."matching_runs_cohort_id_idx"`);
    await queryRunner.query(`DROP TABLE "matching_runs"`);
  }
}
