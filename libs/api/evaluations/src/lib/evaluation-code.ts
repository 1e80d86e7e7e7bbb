import { randomBytes } from 'node:crypto';
import type { SessionEvaluationDto } from '@halt/contracts';
import { classCodeFrom } from '@halt/domain';
import type { EntityManager } from 'typeorm';

/** A row of `evaluation_code`. */
export interface EvaluationCodeRow {
  session_id: string;
  code: string;
  audience: 'pupil' | 'parent';
  answer_limit: number;
  answers: number;
  teacher_token: string;
  teacher_answered: boolean;
  opens_at: Date;
  closes_at: Date;
}

const DAY = 86_400_000;

/**
 * The class code of a delivered session, made on first use: pupils (or, for a parent meeting, parents) answer
 * with it from the session's start until `openDays` after its end, at most as many times as pupils were
 * reached. Also holds the teacher's link. Null while the session is not delivered.
 */
export async function ensureEvaluationCode(
  m: EntityManager,
  sessionId: string,
  openDays: number,
): Promise<EvaluationCodeRow | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [existing]: EvaluationCodeRow[] = await m.query(`SELECT * FROM evaluation_code WHERE session_id = $1`, [
      sessionId,
    ]);
    if (existing) return existing;
    const [s]: { kind: string; status: string; planned_start: Date; planned_end: Date; pupils_reached: number }[] =
      await m.query(`SELECT kind, status, planned_start, planned_end, pupils_reached FROM session WHERE id = $1`, [
        sessionId,
      ]);
    if (!s || s.status !== 'delivered' || !s.planned_start) return null;
    // ON CONFLICT without a target also absorbs the (very unlikely) clash of two random codes: then try again.
    await m.query(
      `INSERT INTO evaluation_code (session_id, code, audience, answer_limit, teacher_token, opens_at, closes_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [
        sessionId,
        classCodeFrom(randomBytes(7)),
        s.kind === 'parent_meeting' ? 'parent' : 'pupil',
        s.pupils_reached ?? 0,
        randomBytes(24).toString('base64url'),
        new Date(s.planned_start),
        new Date(new Date(s.planned_end).getTime() + openDays * DAY),
      ],
    );
  }
  throw new Error(`no class code could be made for session ${sessionId}`);
}

/** The public addresses of a code: the pupils' form and the teacher's link. */
export function evaluationUrls(publicUrl: string, row: Pick<EvaluationCodeRow, 'code' | 'teacher_token'>) {
  return {
    classCodeUrl: `${publicUrl}/evaluatie/${row.code}`,
    teacherUrl: `${publicUrl}/evaluatie/docent/${row.teacher_token}`,
  };
}

export function toSessionEvaluation(publicUrl: string, row: EvaluationCodeRow, now: Date): SessionEvaluationDto {
  return {
    sessionId: row.session_id,
    classCode: row.code,
    ...evaluationUrls(publicUrl, row),
    audience: row.audience,
    limit: row.answer_limit,
    answers: row.answers,
    teacherAnswered: row.teacher_answered,
    opensAt: new Date(row.opens_at).toISOString(),
    closesAt: new Date(row.closes_at).toISOString(),
    open: now.getTime() >= new Date(row.opens_at).getTime() && now.getTime() < new Date(row.closes_at).getTime(),
  };
}
