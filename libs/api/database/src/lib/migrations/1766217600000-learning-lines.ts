import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Doorlopende leerlijnen (Halt's meerjarenplan 2024–2027: the offer comes together in continuous learning lines).
 * A line is a series of catalogue offers across levels; each step is one offer at one level. Owned by the
 * catalogue module. The database keeps a line's order and one step per level: `(line, position)` and
 * `(line, level)` are unique, a step's level is one the offer is given at (trigger).
 *
 * Seeded from the catalogue (catalogue-seed.ts), following the themes the offers carry:
 * - Online veiligheid: "Online veiligheid" in PO groep 7–8 and VO klas 1–2, then "Sexting en grooming" in VO klas
 *   3–4 and MBO (both carry the topic "online veiligheid");
 * - Weerbaar tegen ondermijning: "Ondermijning (Preventie met Gezag)" in PO groep 7–8 and VO klas 1–2, then
 *   "Ondermijning in de werksfeer" in MBO;
 * - Samen veilig: "Groepsdruk" in PO groep 7–8, "Wapenbezit" in VO klas 1–2 and the "Halt + Jongerenrechtbank"
 *   offer in VO klas 3–4.
 * A step whose offer is missing (renamed by an admin) is left out. Written as the `migration` actor, so audited.
 */
const LINES: { code: string; name: string; description: string; steps: [string, string][] }[] = [
  {
    code: 'online-veiligheid',
    name: 'Online veiligheid',
    description:
      'Van veilig online gedrag in groep 7–8 naar het delen van beelden, sexting en grooming in de bovenbouw en het mbo.',
    steps: [
      ['po-7-8', 'voorlichting-online-veiligheid'],
      ['vo-1-2', 'voorlichting-online-veiligheid'],
      ['vo-3-4', 'voorlichting-sexting-grooming'],
      ['mbo', 'voorlichting-sexting-grooming'],
    ],
  },
  {
    code: 'ondermijning',
    name: 'Weerbaar tegen ondermijning',
    description:
      'Signalen van ronselen herkennen in groep 7–8 en de brugklas, en criminele klussen in baan of stage in het mbo.',
    steps: [
      ['po-7-8', 'voorlichting-ondermijning-preventie-met-gezag'],
      ['vo-1-2', 'voorlichting-ondermijning-preventie-met-gezag'],
      ['mbo', 'voorlichting-ondermijning-werksfeer'],
    ],
  },
  {
    code: 'samen-veilig',
    name: 'Samen veilig',
    description: 'Nee zeggen tegen de groep in groep 7–8, wapenbezit in klas 1–2 en een echte zitting in klas 3–4.',
    steps: [
      ['po-7-8', 'voorlichting-groepsdruk'],
      ['vo-1-2', 'voorlichting-wapenbezit'],
      ['vo-3-4', 'halt-jrb-combinatie'],
    ],
  },
];

export class LearningLines1766217600000 implements MigrationInterface {
  name = 'LearningLines1766217600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_line (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_learning_line PRIMARY KEY,
        code text NOT NULL CONSTRAINT uq_learning_line_code UNIQUE
          CONSTRAINT ck_learning_line_code CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CONSTRAINT ck_learning_line_name CHECK (char_length(name) BETWEEN 2 AND 80),
        description text NOT NULL DEFAULT '',
        position integer NOT NULL CONSTRAINT uq_learning_line_position UNIQUE
      )`);
    await q.query(`
      CREATE TABLE learning_line_step (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_learning_line_step PRIMARY KEY,
        line_id uuid NOT NULL CONSTRAINT fk_learning_line_step_line REFERENCES learning_line (id) ON DELETE CASCADE,
        position integer NOT NULL CONSTRAINT ck_learning_line_step_position CHECK (position >= 1),
        level text NOT NULL
          CONSTRAINT ck_learning_line_step_level CHECK (level IN ('po-7-8', 'vo-1-2', 'vo-3-4', 'mbo', 'so-vso')),
        offer_id uuid NOT NULL CONSTRAINT fk_learning_line_step_offer REFERENCES offer (id),
        CONSTRAINT uq_learning_line_step_position UNIQUE (line_id, position),
        CONSTRAINT uq_learning_line_step_level UNIQUE (line_id, level)
      )`);
    // A step's level must be one its offer is given at.
    await q.query(`
      CREATE FUNCTION learning_line_step_level_of_offer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM offer o WHERE o.id = NEW.offer_id AND NEW.level = ANY (o.levels)) THEN
          RAISE EXCEPTION 'learning_line_step: offer % is not given at level %', NEW.offer_id, NEW.level
            USING ERRCODE = '23514', CONSTRAINT = 'ck_learning_line_step_offer_level';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_learning_line_step_level BEFORE INSERT OR UPDATE ON learning_line_step
      FOR EACH ROW EXECUTE FUNCTION learning_line_step_level_of_offer()`);
    await q.query(`
      CREATE TRIGGER tr_learning_line_audit AFTER INSERT OR UPDATE OR DELETE ON learning_line
      FOR EACH ROW EXECUTE FUNCTION audit_row('LearningLine', 'id', '')`);
    await q.query(`
      CREATE TRIGGER tr_learning_line_step_audit AFTER INSERT OR UPDATE OR DELETE ON learning_line_step
      FOR EACH ROW EXECUTE FUNCTION audit_row('LearningLineStep', 'id', '')`);

    await q.query(`SELECT set_config('halt.actor_kind', 'migration', true)`);
    for (const [i, line] of LINES.entries()) {
      const [{ id }] = (await q.query(
        `INSERT INTO learning_line (code, name, description, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [line.code, line.name, line.description, i + 1],
      )) as { id: string }[];
      let position = 0;
      for (const [level, code] of line.steps) {
        const offered = (await q.query(`SELECT id FROM offer WHERE code = $1 AND $2 = ANY (levels)`, [
          code,
          level,
        ])) as { id: string }[];
        if (offered.length === 0) continue;
        position += 1;
        await q.query(`INSERT INTO learning_line_step (line_id, position, level, offer_id) VALUES ($1, $2, $3, $4)`, [
          id,
          position,
          level,
          offered[0].id,
        ]);
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE learning_line_step`);
    await q.query(`DROP TABLE learning_line`);
    await q.query(`DROP FUNCTION learning_line_step_level_of_offer()`);
  }
}
