import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Demo questions: the owner's own writes, each with the transitions it went through (no outbox: nothing to send). */
const DEMO = [
  {
    gemeente: 'Utrecht',
    title: 'Vuurwerkoverlast in Overvecht',
    situation: 'Rond de jaarwisseling gooien groepjes jongeren vuurwerk naar bussen en hulpverleners.',
    urgency: 'urgent',
    groups: 3,
    participants: 60,
    states: ['submitted'],
  },
  {
    gemeente: 'Utrecht',
    title: 'Online oplichting onder jongeren in de wijk',
    situation: 'Jongeren worden benaderd om hun bankpas uit te lenen; de wijkagent ziet het vaker.',
    urgency: 'within_month',
    groups: 2,
    participants: 45,
    states: ['submitted', 'intake_planned'],
  },
] as const;

@Injectable()
export class MaatwerkDemo {
  /** Adds the demo questions on a database without maatwerk questions; returns the number added. */
  async seed(m: EntityManager, today: string): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM maatwerk_question`);
    if (n > 0) return 0;
    let added = 0;
    for (const d of DEMO) {
      const [mu] = await m.query(`SELECT id FROM municipality WHERE name = $1`, [d.gemeente]);
      if (!mu) continue;
      const [{ seq }] = await m.query(`SELECT nextval('maatwerk_question_number_seq') AS seq`);
      const from = new Date(`${today}T12:00:00Z`);
      const iso = (days: number) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
      const intake = d.states.includes('intake_planned' as never) ? new Date(from.getTime() + 5 * 86_400_000) : null;
      const [{ id }] = await m.query(
        `INSERT INTO maatwerk_question (reference, requester_kind, requester_id, municipality_id, title, situation, levels,
                group_count, participant_count, urgency, preferred_from, preferred_to, contact_name, contact_email, status,
                intake_at, intake_mode, intake_place, intake_version)
         VALUES ($1, 'gemeente', $2, $2, $3, $4, '{vo-1-2}', $5, $6, $7, $8, $9, 'Sanne de Wit', 'jeugd@utrecht.gemeente.example',
                 $10, $11, $12, $13, $14) RETURNING id`,
        [
          `MW-${today.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
          mu.id,
          d.title,
          d.situation,
          d.groups,
          d.participants,
          d.urgency,
          iso(42),
          iso(90),
          d.states.at(-1),
          intake?.toISOString() ?? null,
          intake ? 'location' : null,
          intake ? 'Stadskantoor Utrecht' : null,
          intake ? 1 : 0,
        ],
      );
      let previous: string | null = null;
      for (const state of d.states) {
        await m.query(
          `INSERT INTO maatwerk_transition (question_id, from_state, to_state, event) VALUES ($1, $2, $3, $4)`,
          [id, previous, state, state === 'submitted' ? 'submit' : 'plan_intake'],
        );
        previous = state;
      }
      added++;
    }
    return added;
  }
}
