import type { MySessionDto, ReportSessionRequest } from '@halt/contracts';
import { sessionLifecycle } from '@halt/domain';

/** Most pupils one session can reach, as the API takes it. */
export const PUPILS_REACHED_MAX = 2000;
/** Longest reason for a session that did not take place. */
export const NO_SHOW_REASON_MAX = 500;

/** A specialist's sessions as the page shows them: to report first, then planned, reported and cancelled. */
export interface SessionGroups {
  toReport: MySessionDto[];
  planned: MySessionDto[];
  reported: MySessionDto[];
  cancelled: MySessionDto[];
}

const byStart = (a: MySessionDto, b: MySessionDto) => a.plannedStart.localeCompare(b.plannedStart);

/**
 * Sorts sessions into the page's sections. Sessions in `reportedNow` (just reported on this page) stay among
 * the ones to report, so what was just done — and the class code that comes with it — stays in view.
 */
export function groupSessions(
  sessions: readonly MySessionDto[],
  reportedNow: ReadonlySet<string> = new Set(),
): SessionGroups {
  const groups: SessionGroups = { toReport: [], planned: [], reported: [], cancelled: [] };
  for (const s of sessions) {
    if (s.toReport || reportedNow.has(s.id)) groups.toReport.push(s);
    else if (s.status === 'cancelled') groups.cancelled.push(s);
    // Ended otherwise: delivered, or did not take place.
    else if (sessionLifecycle.isFinal(s.status)) groups.reported.push(s);
    else groups.planned.push(s);
  }
  groups.toReport.sort(byStart);
  groups.planned.sort(byStart);
  groups.reported.sort((a, b) => byStart(b, a));
  groups.cancelled.sort((a, b) => byStart(b, a));
  return groups;
}

/** The list with one session replaced by its newer version (as a report returned it). */
export function replaceSession(sessions: readonly MySessionDto[], updated: MySessionDto): MySessionDto[] {
  return sessions.map((s) => (s.id === updated.id ? updated : s));
}

/** Why a number of pupils reached cannot be sent, or null: a whole number from 0 to 2,000. */
export function pupilsReachedProblem(value: number | string | null | undefined): 'required' | 'range' | null {
  if (value === null || value === undefined || value === '') return 'required';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > PUPILS_REACHED_MAX) return 'range';
  return null;
}

/** The body of `POST /api/sessions/:id/report`. */
export function toReportRequest(
  outcome: ReportSessionRequest['outcome'],
  pupilsReached: number | string | null,
  reason: string,
): ReportSessionRequest {
  if (outcome === 'delivered') return { outcome, pupilsReached: Number(pupilsReached) };
  const text = reason.trim();
  return text ? { outcome, reason: text } : { outcome };
}
