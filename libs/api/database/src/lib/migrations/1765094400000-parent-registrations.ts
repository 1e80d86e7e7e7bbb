import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parents who want a reminder of a parent meeting leave only an e-mail address (with consent) on a public
 * page whose address holds a secret per meeting. The addresses are deleted once the meeting is over.
 */
export class ParentRegistrations1765094400000 implements MigrationInterface {
  name = 'ParentRegistrations1765094400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session ADD COLUMN parent_token text`);
    await q.query(
      `UPDATE session SET parent_token = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') WHERE kind = 'parent_meeting'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_session_parent_token ON session (parent_token) WHERE parent_token IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE parent_registration (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_parent_registration PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_parent_registration_session REFERENCES session (id) ON DELETE CASCADE,
        email text NOT NULL CONSTRAINT ck_parent_registration_email CHECK (char_length(email) BETWEEN 3 AND 254),
        consent_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_parent_registration_email ON parent_registration (session_id, lower(email))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE parent_registration`);
    await q.query(`DROP INDEX uq_session_parent_token`);
    await q.query(`ALTER TABLE session DROP COLUMN parent_token`);
  }
}
