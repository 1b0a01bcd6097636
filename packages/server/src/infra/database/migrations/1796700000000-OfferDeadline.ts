import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mentor offer's own deadline: a reminder sent late (after an outage) extends it, so that the
 * deadline the email states is the one that holds. Open offers get the deadline they had, counted
 * from `offered_at` with the configured expiry (the default, 14 days, when none is set).
 */
export class OfferDeadline1796700000000 implements MigrationInterface {
  name = 'OfferDeadline1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD "expires_at" TIMESTAMP WITH TIME ZONE`,
    );
    const days = Number.parseInt(process.env.OFFER_EXPIRY_DAYS ?? '', 10);
    await queryRunner.query(
      `UPDATE "match_proposals" SET "expires_at" = "offered_at" + make_interval(days => $1)
       WHERE "status" = 'offered' AND "mentor_id" IS NOT NULL AND "offered_at" IS NOT NULL`,
      [Number.isInteger(days) && days > 0 ? days : 14],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_proposals" DROP COLUMN "expires_at"`);
  }
}
