import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API process when a session or a user changes (sign-out, expiry moved, a user
 * disabled or given another role), whoever changed it — the app, a script or an operator's SQL:
 * the processes keep resolved sessions in memory and drop them on this notice (SessionCache).
 * Sent on commit, once per statement; inserting a session changes no one's cached session.
 */
export class SessionChangeNotices1797250000000 implements MigrationInterface {
  name = 'SessionChangeNotices1797250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "notify_sessions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kohorte_sessions_changed', '');
  RETURN NULL;
END
$$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "sessions_changed" AFTER UPDATE OR DELETE OR TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "notify_sessions_changed"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "users_changed" AFTER UPDATE OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "notify_sessions_changed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_changed" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "sessions_changed" ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION "notify_sessions_changed"()`);
  }
}
