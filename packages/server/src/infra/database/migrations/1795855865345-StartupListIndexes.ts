import { MigrationInterface, QueryRunner } from 'typeorm';

export class StartupListIndexes1795855865345 implements MigrationInterface {
  name = 'StartupListIndexes1795855865345';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."startups_status_name_idx"`);
    await queryRunner.query(
      `CREATE INDEX "startups_sectors_idx" ON "startups" USING gin ("sectors") `,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_status_founded_on_idx" ON "startups"  ("status", "founded_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_status_created_at_idx" ON "startups"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_status_stage_idx" ON "startups"  ("status", "stage", "id") `,
    );
    // Written by hand: expression indexes (TypeORM cannot express them). The list sorts names
    // and cities case-insensitively and filters cities with lower(city) = lower($1).
    await queryRunner.query(
      `CREATE INDEX "startups_status_name_lower_idx" ON "startups" ("status", lower("name"), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "startups_status_city_lower_idx" ON "startups" ("status", lower("city"), "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."startups_status_city_lower_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_status_name_lower_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_status_stage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_status_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_status_founded_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."startups_sectors_idx"`);
    // Reviewed: the generator listed the columns as ("name", "status"); the original is (status, name).
    await queryRunner.query(
      `CREATE INDEX "startups_status_name_idx" ON "startups" USING btree ("status", "name") `,
    );
  }
}
