import { MigrationInterface, QueryRunner } from 'typeorm';
import { CATALOGUE_SEED } from './catalogue-seed';

/** The offer catalogue, with Halt's standard offer (admins maintain it afterwards; re-running adds nothing). */
export class OfferCatalogue1764403200000 implements MigrationInterface {
  name = 'OfferCatalogue1764403200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offer (
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_offer PRIMARY KEY,
        code text NOT NULL CONSTRAINT uq_offer_code UNIQUE CONSTRAINT ck_offer_code CHECK (code ~ '^[a-z0-9][a-z0-9-]{2,79}$'),
        type text NOT NULL CONSTRAINT ck_offer_type
          CHECK (type IN ('voorlichting', 'klassendialoog', 'schoolspreekuur', 'jongerenrechtbank', 'ouderbijeenkomst', 'halt-jrb')),
        title text NOT NULL CONSTRAINT ck_offer_title CHECK (char_length(title) BETWEEN 3 AND 120),
        description text NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        levels text[] NOT NULL CONSTRAINT ck_offer_levels
          CHECK (cardinality(levels) > 0 AND levels <@ ARRAY['po-7-8', 'vo-1-2', 'vo-3-4', 'mbo', 'so-vso']::text[]),
        duration_minutes integer NOT NULL CONSTRAINT ck_offer_duration CHECK (duration_minutes BETWEEN 15 AND 480),
        max_pupils_per_group integer NOT NULL CONSTRAINT ck_offer_max_pupils CHECK (max_pupils_per_group BETWEEN 1 AND 400),
        staff_needed integer NOT NULL CONSTRAINT ck_offer_staff_needed CHECK (staff_needed BETWEEN 1 AND 4),
        required_skill text NOT NULL,
        price_euro_cents integer NOT NULL CONSTRAINT ck_offer_price_euro CHECK (price_euro_cents >= 0),
        price_credits integer NOT NULL CONSTRAINT ck_offer_price_credits CHECK (price_credits >= 0),
        parent_meeting_possible boolean NOT NULL DEFAULT false,
        online_possible boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_offer_type ON offer (type)`);
    await q.query(`CREATE INDEX ix_offer_levels ON offer USING gin (levels)`);
    await q.query(`CREATE INDEX ix_offer_topics ON offer USING gin (topics)`);

    for (const o of CATALOGUE_SEED) {
      await q.query(
        `INSERT INTO offer (code, type, title, description, topics, levels, duration_minutes, max_pupils_per_group,
                            staff_needed, required_skill, price_euro_cents, price_credits, parent_meeting_possible, online_possible)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (code) DO NOTHING`,
        [
          o.code,
          o.type,
          o.title,
          o.description,
          o.topics,
          o.levels,
          o.durationMinutes,
          o.maxPupilsPerGroup,
          o.staffNeeded,
          o.requiredSkill,
          o.priceEuroCents,
          o.priceCredits,
          o.parentMeetingPossible,
          o.onlinePossible,
        ],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer`);
  }
}
