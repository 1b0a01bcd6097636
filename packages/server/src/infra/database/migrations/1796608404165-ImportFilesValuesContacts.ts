import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportFilesValuesContacts1796608404165 implements MigrationInterface {
  name = 'ImportFilesValuesContacts1796608404165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_value_mappings" ("domain" character varying(64) NOT NULL, "value" character varying(200) NOT NULL, "key" character varying(64) NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c99e3ce05399be4347786ffca39" PRIMARY KEY ("domain", "value"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD "format" character varying(8) NOT NULL DEFAULT 'csv'`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "encoding" character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD "sheets" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "sheet" character varying(255)`);
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD "locale" character varying(2) NOT NULL DEFAULT 'de'`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "cohort_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD "membership_status" character varying(16)`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "values" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD CONSTRAINT "FK_39f0f63eeb8d039507928d78838" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_value_mappings" ADD CONSTRAINT "FK_380d48a7d1bd4b5ce62878f0c37" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "import_value_mappings" DROP CONSTRAINT "FK_380d48a7d1bd4b5ce62878f0c37"`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" DROP CONSTRAINT "FK_39f0f63eeb8d039507928d78838"`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "values"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "membership_status"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "cohort_id"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "locale"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "sheet"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "sheets"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "encoding"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "format"`);
    await queryRunner.query(`DROP TABLE "import_value_mappings"`);
  }
}
