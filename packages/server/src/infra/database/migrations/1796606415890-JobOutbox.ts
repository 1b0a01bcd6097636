import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobOutbox1796606415890 implements MigrationInterface {
  name = 'JobOutbox1796606415890';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "job_outbox" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "name" character varying(64) NOT NULL,
                "payload" jsonb NOT NULL,
                "job_id" character varying(200) NOT NULL,
                "run_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c3ba45dab51e3016acef18d0433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "job_outbox_run_at_idx" ON "job_outbox" ("run_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."job_outbox_run_at_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "job_outbox"
        `);
  }
}
