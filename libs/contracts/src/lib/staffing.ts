import type { Uuid, IsoDate, IsoDateTime, ClockTime, Email, Integer } from './scalars';
/** Working hours per ISO weekday ("1" = Monday … "5" = Friday); a missing day is a day off. */
export type WorkingPatternDto = Partial<Record<'1' | '2' | '3' | '4' | '5', { start: string; end: string }[]>>;

export type AbsenceKind = 'leave' | 'sick' | 'training';

export interface AbsenceDto {
  id: Uuid;
  kind: AbsenceKind;
  from: IsoDate;
  to: IsoDate;
  /** Part of a day: from `startTime` on `from` to `endTime` on `to`. */
  startTime: ClockTime | null;
  endTime: ClockTime | null;
  note: string | null;
}

export interface RecurringAbsenceDto {
  id: Uuid;
  weekday: Integer;
  start: ClockTime;
  end: ClockTime;
}

export interface StaffSkillDto {
  skill: string;
  validUntil: IsoDate;
}

/** A Halt prevention specialist. */
export interface StaffMemberDto {
  id: Uuid;
  name: string;
  email: Email | null;
  home: { lat: number; lon: number };
  regions: { id: Uuid; name: string }[];
  contractHoursPerWeek: number;
  maxSessionsPerDay: Integer;
  languages: string[];
  preferredWeekdays: Integer[];
  workingPattern: WorkingPatternDto;
  skills: StaffSkillDto[];
  absences: AbsenceDto[];
  recurringAbsences: RecurringAbsenceDto[];
  active: boolean;
}

/** What planners and admins change of a specialist. */
export interface UpdateStaffRequest {
  home?: { lat: number; lon: number };
  regionIds?: Uuid[];
  contractHoursPerWeek?: number;
  maxSessionsPerDay?: Integer;
  languages?: string[];
  skills?: StaffSkillDto[];
  active?: boolean;
}

/** What a specialist maintains personally. */
export interface UpdateAvailabilityRequest {
  workingPattern: WorkingPatternDto;
  preferredWeekdays: Integer[];
  recurringAbsences?: { weekday: Integer; start: ClockTime; end: ClockTime }[];
}

export interface CreateAbsenceRequest {
  kind: AbsenceKind;
  from: IsoDate;
  to: IsoDate;
  startTime?: ClockTime;
  endTime?: ClockTime;
  note?: string;
}

/** One hard rule for a candidate: passed, or why not (Dutch). */
export interface RuleCheckDto {
  rule: string;
  passed: boolean;
  message?: string;
}

/** Points a candidate gains or loses on one soft goal (0 is best; negative is a cost), with why. */
export interface GoalScoreDto {
  goal: string;
  points: number;
  detail: string;
}

export interface CandidateDto {
  staffId: Uuid;
  name: string;
  score: number;
  goals: GoalScoreDto[];
  rules: RuleCheckDto[];
  travelMinutes: Integer | null;
}

export interface ExcludedCandidateDto {
  staffId: Uuid;
  name: string;
  reasons: string[];
  rules: RuleCheckDto[];
}

/** Who can take a session at a date and time, best first, and who cannot and why. */
export interface CandidatesDto {
  sessionId: Uuid;
  date: IsoDate;
  start: ClockTime;
  /** Problems of the slot itself (not a school day, outside the windows); then nobody is eligible. */
  slotProblems: string[];
  /** How many may take it; `eligible` holds the best `limit` of them (20 unless asked, at most 50). */
  eligibleTotal: number;
  /** How many may not; `excluded` holds at most 50 of them, by name. */
  excludedTotal: number;
  eligible: CandidateDto[];
  excluded: ExcludedCandidateDto[];
}

/** Put staff on a session (a planner); pinned assignments are kept by the auto-planner. */
export interface AssignStaffRequest {
  staffIds: Uuid[];
  pinned?: boolean;
}

export interface AssignedStaffDto {
  staffId: Uuid;
  name: string;
  pinned: boolean;
  travelMinutes: Integer;
  /** An absence makes this specialist unavailable for the session: the planner must reassign or unassign it. */
  unavailable: boolean;
}

/** A request to the auto-planner: all open sessions of a region in a period. */
export interface CreatePlanningRunRequest {
  regionId: Uuid;
  from: IsoDate;
  to: IsoDate;
  seed?: Integer;
  timeLimitSeconds?: Integer;
}

export type PlanningRunState = 'queued' | 'running' | 'proposed' | 'applied' | 'failed' | 'conflicted';

/** One change the proposal makes against the current plan. */
export interface PlanChangeDto {
  sessionId: Uuid;
  requestReference: string;
  schoolName: string;
  label: string;
  before: { date: string; start: string; staff: string[] } | null;
  after: { date: string; start: string; end: string; staff: string[] };
}

export interface PlanningRunDto {
  id: Uuid;
  regionId: Uuid;
  regionName: string;
  from: IsoDate;
  to: IsoDate;
  state: PlanningRunState;
  /** 0–100 while running. */
  progress: number;
  createdAt: IsoDateTime;
  /** Set once proposed. */
  summary: {
    sessions: Integer;
    planned: Integer;
    unplanned: Integer;
    objective: number;
    seconds: Integer;
  } | null;
  changes: PlanChangeDto[];
  unplanned: { sessionId: string; label: string; reasons: string[] }[];
  /** Why applying failed: what changed meanwhile. */
  conflicts: string[];
  error: string | null;
}
