import { MigrationInterface, QueryRunner } from 'typeorm';

/** Retention periods per kind of data, as admins set them (no row: kept until erased by hand). */
export class PrivacyRetention1796800000001 implements MigrationInterface {
  name = 'PrivacyRetention1796800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_retention" ("kind" character varying(32) NOT NULL, "days" integer, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e2afa09d63fed9b4ec0c4c8a30" PRIMARY KEY ("kind"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_retention"`);
  }
}
