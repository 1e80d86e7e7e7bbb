import type { Level, LearningStepState } from '@halt/contracts';

/** A step of a line as the progress rule needs it. */
export interface StepRef {
  position: number;
  level: Level;
  offerId: string;
}

/** One session of the school for an offer at a level: given (delivered) or planned, and its school year. */
export interface StepFact {
  offerId: string;
  level: Level;
  schoolYear: string;
  given: boolean;
}

export interface StepProgress<S extends StepRef> {
  step: S;
  taught: boolean;
  state: LearningStepState;
  lastGivenSchoolYear: string | null;
}

/**
 * Where a school stands on one learning line in `schoolYear`. A step counts for the year group (level) it is
 * for: it is `given` when a session of that offer for a group of that level was delivered in the school year,
 * `planned` when one is booked but not yet given, else `open`. The suggested next step is the first step in the
 * line's order, at a level the school teaches, that is still open this school year. Earlier years only show as
 * `lastGivenSchoolYear`: each school year brings new pupils into a year group.
 */
export function lineProgress<S extends StepRef>(
  steps: readonly S[],
  facts: readonly StepFact[],
  schoolYear: string,
  taughtLevels: readonly Level[],
): { steps: StepProgress<S>[]; next: StepProgress<S> | null } {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const out = ordered.map((step): StepProgress<S> => {
    const mine = facts.filter((f) => f.offerId === step.offerId && f.level === step.level);
    const thisYear = mine.filter((f) => f.schoolYear === schoolYear);
    const state: LearningStepState = thisYear.some((f) => f.given) ? 'given' : thisYear.length > 0 ? 'planned' : 'open';
    const earlier = mine
      .filter((f) => f.given && f.schoolYear < schoolYear)
      .map((f) => f.schoolYear)
      .sort();
    return {
      step,
      taught: taughtLevels.includes(step.level),
      state,
      lastGivenSchoolYear: earlier.length > 0 ? earlier[earlier.length - 1] : null,
    };
  });
  return { steps: out, next: out.find((p) => p.taught && p.state === 'open') ?? null };
}
