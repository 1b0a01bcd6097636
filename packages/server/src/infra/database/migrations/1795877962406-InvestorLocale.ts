import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvestorLocale1795877962406 implements MigrationInterface {
  name = 'InvestorLocale1795877962406';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "investors" ADD "locale" character varying(2) NOT NULL DEFAULT 'de'`,
    );
    await queryRunner.query(
      `ALTER TABLE "investors" ADD CONSTRAINT "investors_locale_check" CHECK ("locale" IN ('de', 'en'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "investors" DROP CONSTRAINT "investors_locale_check"`);
    await queryRunner.query(`ALTER TABLE "investors" DROP COLUMN "locale"`);
  }
}
