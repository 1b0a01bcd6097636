import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795869166536 implements MigrationInterface {
  name = 'MailOutbox1795869166536';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(200), "recipient" character varying(320) NOT NULL, "recipient_name" character varying(200), "locale" character varying(2) NOT NULL, "template" character varying(64) NOT NULL, "data" jsonb NOT NULL, "subject_type" character varying(16), "subject_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" smallint NOT NULL DEFAULT '0', "last_error" text, "provider_message_id" character varying(300), "subject" text, "text" text, "html" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_outbox_status_created_at_idx" ON "mail_outbox"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mail_outbox_key_key" ON "mail_outbox"  ("key") WHERE "key" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_status_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
