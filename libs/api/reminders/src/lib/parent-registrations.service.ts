import { UnitOfWork } from '@halt/api/database';
import { Injectable } from '@nestjs/common';

/**
 * The only writer of `parent_registration`: a parent's e-mail address (with consent) for the reminder of one
 * parent meeting, kept until the meeting is over — then the hourly maintenance job deletes it (its purpose served).
 */
@Injectable()
export class ParentRegistrationsService {
  constructor(private readonly uow: UnitOfWork) {}

  /** The same address twice is simply one registration; the answer does not reveal who else registered. */
  async register(sessionId: string, email: string): Promise<void> {
    await this.uow.run((m) =>
      m.query(
        `INSERT INTO parent_registration (session_id, email, consent_at) VALUES ($1, $2, now())
         ON CONFLICT (session_id, lower(email)) DO NOTHING`,
        [sessionId, email],
      ),
    );
  }

  /** Deletes the addresses of meetings that are over or will not take place; returns how many went. */
  async purgeAfterMeetings(): Promise<number> {
    const rows: { id: string }[] = await this.uow.run(
      (m) =>
        m.query(
          `WITH gone AS (
             DELETE FROM parent_registration p USING session s
              WHERE s.id = p.session_id
                AND (s.status IN ('cancelled', 'delivered', 'no_show') OR s.planned_end < now())
             RETURNING p.id)
           SELECT id FROM gone`,
        ),
      { actor: { kind: 'system', name: 'maintenance' } },
    );
    return rows.length;
  }
}
