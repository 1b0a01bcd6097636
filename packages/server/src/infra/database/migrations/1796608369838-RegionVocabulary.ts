import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionVocabulary1796608369838 implements MigrationInterface {
  name = 'RegionVocabulary1796608369838';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "investors" ADD "unmapped_regions" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "vocabulary_terms" ADD "parent" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vocabulary_terms" DROP COLUMN "parent"`);
    await queryRunner.query(`ALTER TABLE "investors" DROP COLUMN "unmapped_regions"`);
  }
}
