/** Working hours per ISO weekday ("1" = Monday … "5" = Friday); a missing day is a day off. */
export type WorkingPatternDto = Partial<Record<'1' | '2' | '3' | '4' | '5', { start: string; end: string }[]>>;

export type AbsenceKind = 'leave' | 'sick' | 'training';

export interface AbsenceDto {
  id: string;
  kind: AbsenceKind;
  from: string;
  to: string;
  /** Part of a day: from `startTime` on `from` to `endTime` on `to`. */
  startTime: string | null;
  endTime: string | null;
  note: string | null;
}

export interface RecurringAbsenceDto {
  id: string;
  weekday: number;
  start: string;
  end: string;
}

export interface StaffSkillDto {
  skill: string;
  validUntil: string;
}

/** A Halt prevention specialist. */
export interface StaffMemberDto {
  id: string;
  name: string;
  email: string | null;
  home: { lat: number; lon: number };
  regions: { id: string; name: string }[];
  contractHoursPerWeek: number;
  maxSessionsPerDay: number;
  languages: string[];
  preferredWeekdays: number[];
  workingPattern: WorkingPatternDto;
  skills: StaffSkillDto[];
  absences: AbsenceDto[];
  recurringAbsences: RecurringAbsenceDto[];
  active: boolean;
}

/** What planners and admins change of a specialist. */
export interface UpdateStaffRequest {
  home?: { lat: number; lon: number };
  regionIds?: string[];
  contractHoursPerWeek?: number;
  maxSessionsPerDay?: number;
  languages?: string[];
  skills?: StaffSkillDto[];
  active?: boolean;
}

/** What a specialist maintains personally. */
export interface UpdateAvailabilityRequest {
  workingPattern: WorkingPatternDto;
  preferredWeekdays: number[];
  recurringAbsences?: { weekday: number; start: string; end: string }[];
}

export interface CreateAbsenceRequest {
  kind: AbsenceKind;
  from: string;
  to: string;
  startTime?: string;
  endTime?: string;
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
  staffId: string;
  name: string;
  score: number;
  goals: GoalScoreDto[];
  rules: RuleCheckDto[];
  travelMinutes: number | null;
}

export interface ExcludedCandidateDto {
  staffId: string;
  name: string;
  reasons: string[];
  rules: RuleCheckDto[];
}

/** Who can take a session at a date and time, best first, and who cannot and why. */
export interface CandidatesDto {
  sessionId: string;
  date: string;
  start: string;
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
  staffIds: string[];
  pinned?: boolean;
}

export interface AssignedStaffDto {
  staffId: string;
  name: string;
  pinned: boolean;
  travelMinutes: number;
}

/** A request to the auto-planner: all open sessions of a region in a period. */
export interface CreatePlanningRunRequest {
  regionId: string;
  from: string;
  to: string;
  seed?: number;
  timeLimitSeconds?: number;
}

export type PlanningRunState = 'queued' | 'running' | 'proposed' | 'applied' | 'failed' | 'conflicted';

/** One change the proposal makes against the current plan. */
export interface PlanChangeDto {
  sessionId: string;
  requestReference: string;
  schoolName: string;
  label: string;
  before: { date: string; start: string; staff: string[] } | null;
  after: { date: string; start: string; end: string; staff: string[] };
}

export interface PlanningRunDto {
  id: string;
  regionId: string;
  regionName: string;
  from: string;
  to: string;
  state: PlanningRunState;
  /** 0–100 while running. */
  progress: number;
  createdAt: string;
  /** Set once proposed. */
  summary: {
    sessions: number;
    planned: number;
    unplanned: number;
    objective: number;
    seconds: number;
  } | null;
  changes: PlanChangeDto[];
  unplanned: { sessionId: string; label: string; reasons: string[] }[];
  /** Why applying failed: what changed meanwhile. */
  conflicts: string[];
  error: string | null;
}
