import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalFollowUpTimes1795873992219 implements MigrationInterface {
  name = 'ProposalFollowUpTimes1795873992219';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD "offered_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_proposals" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Offers already out count from when their mentor was told (the offer email's outbox row).
    await queryRunner.query(
      `UPDATE "match_proposals" p SET "offered_at" = COALESCE((SELECT min(o."created_at") FROM "mail_outbox" o WHERE o."key" = 'mentor-offer.' || p."id"), p."decided_at", p."created_at") WHERE p."status" = 'offered'`,
    );
    await queryRunner.query(
      `UPDATE "match_proposals" p SET "reminded_at" = (SELECT min(o."created_at") FROM "mail_outbox" o WHERE o."key" = 'mentor-offer-reminder.' || p."id") WHERE p."status" = 'offered'`,
    );
    await queryRunner.query(
      `CREATE INDEX "match_proposals_open_offer_idx" ON "match_proposals"  ("offered_at") WHERE "status" IN ('startup-asked', 'offered')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_proposals_open_offer_idx"`);
    await queryRunner.query(`ALTER TABLE "match_proposals" DROP COLUMN "reminded_at"`);
    await queryRunner.query(`ALTER TABLE "match_proposals" DROP COLUMN "offered_at"`);
  }
}
