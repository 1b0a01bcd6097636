import { MigrationInterface, QueryRunner } from 'typeorm';

/** Consents (investor introductions): every answer with its text version and time. */
export class PrivacyConsents1796800000002 implements MigrationInterface {
  name = 'PrivacyConsents1796800000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "startup_id" uuid NOT NULL, "contact_id" uuid, "purpose" character varying(32) NOT NULL, "given" boolean NOT NULL, "text_version" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_502e1c7487d91663dec93ef9170" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "privacy_consents_startup_purpose_idx" ON "privacy_consents" ("startup_id", "purpose", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_consents" ADD CONSTRAINT "FK_474a194a81fbc134dfe24e933f8" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_consents"`);
  }
}
