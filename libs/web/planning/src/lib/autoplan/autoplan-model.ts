import type { CreatePlanningRunRequest, PlanChangeDto, PlanningRunDto } from '@halt/contracts';
import { addDays, type LocalDate } from '@halt/domain';

/** How long the period form proposes: today and the 55 days after it (eight weeks). */
const DEFAULT_PERIOD_DAYS = 55;

/** What the period form holds, as its controls give it. */
export interface PeriodValue {
  regionId: string;
  from: string;
  to: string;
  timeLimitSeconds: number | string | null;
}

/** The period the form opens with: from today (in Amsterdam) for eight weeks. */
export function defaultPeriod(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: today, to: addDays(today, DEFAULT_PERIOD_DAYS) };
}

/** Validator of the period: the last day not before the first (each is checked on its own as required). */
export function periodInOrder(group: { value: unknown }): { order: true } | null {
  const v = group.value as { from?: string; to?: string };
  return v.from && v.to && v.to < v.from ? { order: true } : null;
}

/** The body of `POST /api/planning-runs`; the time limit only when one is filled in. */
export function toRunRequest(v: PeriodValue): CreatePlanningRunRequest {
  const body: CreatePlanningRunRequest = { regionId: v.regionId, from: v.from, to: v.to };
  if (v.timeLimitSeconds !== null && `${v.timeLimitSeconds}` !== '') body.timeLimitSeconds = Number(v.timeLimitSeconds);
  return body;
}

/** Whether the planner is still working on the run (the page follows its progress). */
export function isRunning(r: PlanningRunDto | null): boolean {
  return r?.state === 'queued' || r?.state === 'running';
}

/** Whether a proposed change gives the session other staff than it has now. */
export function staffChanged(c: PlanChangeDto): boolean {
  return !!c.before && c.before.staff.join('|') !== c.after.staff.join('|');
}

/** The conflicts to show: the run's own, else those that came with a refused apply. */
export function shownConflicts(r: PlanningRunDto, refused: readonly string[]): readonly string[] {
  return r.conflicts?.length ? r.conflicts : refused;
}

/** What a refused apply conflicts with: `conflicts` of the body (or of its `conflict`), else its field messages. */
export function conflictsOf(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const b = body as { conflicts?: unknown; conflict?: { conflicts?: unknown }; errors?: { message: string }[] };
  const list = b.conflicts ?? b.conflict?.conflicts;
  if (Array.isArray(list)) return list.map(String);
  return (b.errors ?? []).map((x) => x.message);
}

/** A figure of the summary rounded to one decimal. */
export const roundOne = (n: number): number => Math.round(n * 10) / 10;
