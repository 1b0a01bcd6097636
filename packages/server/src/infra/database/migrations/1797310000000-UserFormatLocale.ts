import { MigrationInterface, QueryRunner } from 'typeorm';

/** A staff member's choice of date format (de, en-GB, en-US) from the web app's language menu. */
export class UserFormatLocale1797310000000 implements MigrationInterface {
  name = 'UserFormatLocale1797310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "format_locale" character varying(5)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "format_locale"`);
  }
}
