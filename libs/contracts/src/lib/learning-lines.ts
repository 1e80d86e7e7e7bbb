import type { Level } from './catalogue';

/** One step of a learning line: an offer at a level, in the line's order. */
export interface LearningLineStepDto {
  id: string;
  position: number;
  level: Level;
  offerId: string;
  offerCode: string;
  offerTitle: string;
}

/** A doorlopende leerlijn: offers that follow each other across levels (PO groep 7–8 → VO klas 1–2 → …). */
export interface LearningLineDto {
  code: string;
  name: string;
  description: string;
  steps: LearningLineStepDto[];
}

/** Where a school stands on a step in the school year: given, planned (not yet given), or not yet asked for. */
export type LearningStepState = 'given' | 'planned' | 'open';

export interface SchoolLearningStepDto extends LearningLineStepDto {
  /** Whether the school teaches this level (from its type; a PO school has no VO klas 1–2). */
  taught: boolean;
  state: LearningStepState;
  /** The last school year before this one in which the step was given, or null. */
  lastGivenSchoolYear: string | null;
}

export interface SchoolLearningLineDto {
  code: string;
  name: string;
  description: string;
  steps: SchoolLearningStepDto[];
  /** The first step, in the line's order, at a level the school teaches, that is still open this school year. */
  next: SchoolLearningStepDto | null;
}

/** `GET /api/learning-lines/progress`: a school's own progress on every line in one school year. */
export interface SchoolLearningProgressDto {
  schoolYear: string;
  /** First and last day of the school year (1 August – 31 July). */
  from: string;
  to: string;
  lines: SchoolLearningLineDto[];
}

export interface LearningCoverageStepDto extends LearningLineStepDto {
  /** The gemeente's schools that teach this level. */
  schools: number;
  /** Of those, the schools that had the step given in the school year. */
  given: number;
  /** …and the schools where it is planned but not yet given. */
  planned: number;
}

/** `GET /api/learning-lines/coverage`: how a gemeente's schools cover each line in one school year. */
export interface LearningCoverageDto {
  municipality: string;
  schoolYear: string;
  lines: { code: string; name: string; description: string; steps: LearningCoverageStepDto[] }[];
}
