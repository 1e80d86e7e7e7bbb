import { NEAR_WINDOW_DAYS, type PlannerTodayDto } from '@halt/contracts';
import type { TranslationKey } from '@halt/web/core';
import { inboxQuery } from '@halt/web/planning';

/** One count on the planner's home and the filtered list it opens. */
export interface TodayTile {
  id: keyof PlannerTodayDto;
  /** Translation key of the label, with `{count}`. */
  label: TranslationKey;
  count: number;
  query: Record<string, string | number>;
  /** Counts that need acting on are shown as such while they are not zero. */
  urgent: boolean;
}

/** The planner's home: what needs them today, most pressing first, each linking into the inbox filtered on it. */
export function todayTiles(today: PlannerTodayDto): TodayTile[] {
  const tiles: {
    id: keyof PlannerTodayDto;
    label: TranslationKey;
    count: number;
    query: Record<string, string | number>;
    urgent: boolean;
  }[] = [
    {
      id: 'sessionsNeedingReplacement',
      label: 'today.replacement',
      count: today.sessionsNeedingReplacement,
      query: inboxQuery({ attention: 'replacement' }),
      urgent: true,
    },
    {
      id: 'sessionsWithoutStaff',
      label: 'today.unstaffed',
      count: today.sessionsWithoutStaff,
      query: inboxQuery({ attention: 'unstaffed' }),
      urgent: true,
    },
    {
      id: 'nearWithUnplanned',
      label: 'today.nearUnplanned',
      count: today.nearWithUnplanned,
      query: inboxQuery({ attention: 'unplanned', within: NEAR_WINDOW_DAYS }),
      urgent: true,
    },
    {
      id: 'escalations',
      label: 'today.escalated',
      count: today.escalations,
      query: inboxQuery({ attention: 'escalated' }),
      urgent: true,
    },
    {
      id: 'newRequests',
      label: 'today.newRequests',
      count: today.newRequests,
      query: inboxQuery({ status: 'submitted' }),
      urgent: false,
    },
    {
      id: 'sessionsThisWeek',
      label: 'today.week',
      count: today.sessionsThisWeek,
      query: inboxQuery({ attention: 'week' }),
      urgent: false,
    },
  ];
  return tiles.map((t) => ({ ...t, urgent: t.urgent && t.count > 0 }));
}
