import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log of staff access to personal records and exports (who, when, what, which). */
export class PrivacyAudit1797200000000 implements MigrationInterface {
  name = 'PrivacyAudit1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "action" character varying(8) NOT NULL, "record_kind" character varying(24), "record_id" uuid, "export_file" character varying(64), "filter_query" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_privacy_audit" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "privacy_audit_at_idx" ON "privacy_audit" ("at")`);
    await queryRunner.query(
      `CREATE INDEX "privacy_audit_user_idx" ON "privacy_audit" ("user_id", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "privacy_audit_record_idx" ON "privacy_audit" ("record_id", "at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_audit"`);
  }
}
