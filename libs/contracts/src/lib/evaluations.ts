import type { Uuid, IsoDate, IsoDateTime, Integer, SerialId } from './scalars';
import type { OfferType } from './catalogue';
import type { Programme, ProgrammeFilter } from './packages';

/** Who answers an evaluation form. Pupils and parents answer anonymously (class code); teachers via a link. */
export type EvaluationAudience = 'teacher' | 'pupil' | 'parent';

/**
 * The outcomes Halt reports on. Scale questions carry one of these so figures stay comparable across
 * form versions and audiences; a question without an outcome is still shown per form.
 */
export type EvaluationOutcome = 'feel_safer' | 'prevent_repair' | 'recommend' | 'overall';

/** One question of a form. `key` is stable across versions of the same form (answers are stored by key). */
export type EvaluationQuestionDto =
  | {
      key: string;
      kind: 'scale';
      text: string;
      /** What the 1–5 scale ends mean, e.g. "helemaal niet" … "helemaal wel". */
      low: string;
      high: string;
      outcome: EvaluationOutcome | null;
      required: boolean;
    }
  | {
      key: string;
      kind: 'open';
      text: string;
      /** Open answers marked as trends feed Halt's trend journal. */
      trend: boolean;
      required: boolean;
    };

/** A version of a question set for one audience and offer type. Versions are never changed, only superseded. */
export interface EvaluationFormDto {
  id: Uuid;
  audience: EvaluationAudience;
  offerType: OfferType;
  version: Integer;
  title: string;
  intro: string;
  questions: EvaluationQuestionDto[];
  createdAt: IsoDateTime;
  /** Whether this is the version new answers are given on. */
  current: boolean;
  /** Answers given on this version. */
  answers: Integer;
}

/** A new version of a form (admin). Previous versions and their answers stay as they are. */
export interface CreateEvaluationFormRequest {
  audience: EvaluationAudience;
  offerType: OfferType;
  /**
   * The version the editor started from (none for a first form). When another version was saved in the
   * meantime the API answers 409, so two admins do not overwrite each other unnoticed.
   */
  basedOnVersion?: Integer;
  title: string;
  intro: string;
  questions: EvaluationQuestionDto[];
}

/** The form behind a class code or teacher link, as the (anonymous) respondent sees it. */
export interface PublicEvaluationDto {
  audience: EvaluationAudience;
  offerTitle: string;
  offerType: OfferType;
  schoolName: string;
  /** Date of the session (yyyy-mm-dd, Amsterdam). */
  date: IsoDate;
  groupName: string | null;
  form: { id: Uuid; version: Integer; title: string; intro: string; questions: EvaluationQuestionDto[] };
  /** Whether it still takes answers; if not, why (Dutch). */
  open: boolean;
  closedReason: string | null;
  closesAt: IsoDateTime;
}

/** Answers to a form: a score 1–5 per scale question, text per open question (max 1,000 characters). */
export interface SubmitEvaluationRequest {
  formId: Uuid;
  scores: Record<string, number>;
  answers?: Record<string, string>;
}

export interface SubmitEvaluationResponse {
  thanks: string;
}

/** What staff, the school and Halt see of a delivered session's evaluation. */
export interface SessionEvaluationDto {
  sessionId: Uuid;
  /** Pupils (or, for a parent meeting, parents) answer with this code; 8 characters. */
  classCode: string;
  /** Address that opens the form for the code (for the QR code and the board). */
  classCodeUrl: string;
  /** Teacher's link (only for the school, staff and Halt). */
  teacherUrl: string;
  audience: 'pupil' | 'parent';
  /** Maximum number of answers with the code: the pupils reached. */
  limit: Integer;
  answers: Integer;
  teacherAnswered: boolean;
  opensAt: IsoDateTime;
  closesAt: IsoDateTime;
  /** Whether the code and the teacher's link take answers now (after the start, before closing). */
  open: boolean;
}

/** Staff report what happened: delivered with the pupils reached, or a no-show. */
export interface ReportSessionRequest {
  outcome: 'delivered' | 'no_show';
  pupilsReached?: Integer;
  reason?: string;
}

/** A session on a specialist's own list. */
export interface MySessionDto {
  id: Uuid;
  requestId: Uuid;
  reference: string;
  offerTitle: string;
  offerType: OfferType;
  schoolName: string;
  /** Where in the school (as the school gave it). */
  location: string;
  groupName: string | null;
  pupilCount: Integer | null;
  status: 'planned' | 'confirmed' | 'delivered' | 'no_show' | 'cancelled';
  plannedStart: IsoDateTime;
  plannedEnd: IsoDateTime;
  pupilsReached: Integer | null;
  /** Whether it has taken place and still needs a report. */
  toReport: boolean;
  evaluation: SessionEvaluationDto | null;
}

/** A period filter of the dashboards: inclusive dates (yyyy-mm-dd). */
export interface DashboardPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Average score (1–5) and number of answers, per outcome. */
export type OutcomeScores = Partial<Record<EvaluationOutcome, { average: number; answers: Integer }>>;

export interface MonthFigureDto {
  /** `yyyy-mm`. */
  month: string;
  sessions: Integer;
  pupils: Integer;
}

export interface OfferTypeFigureDto {
  offerType: OfferType;
  sessions: Integer;
  pupils: Integer;
}

export interface RegionFigureDto {
  regionId: Uuid;
  region: string;
  sessions: Integer;
  pupils: Integer;
}

export interface OfferScoreDto {
  offerId: Uuid;
  offer: string;
  offerType: OfferType;
  sessions: Integer;
  responses: Integer;
  scores: OutcomeScores;
}

export interface AgeingBucketDto {
  /** Days since submission: "0-13", "14-27", "28-55" or "56+". */
  bucket: string;
  requests: Integer;
}

/** Halt's targets for a calendar year (admin-maintained). */
export interface AnnualTargetDto {
  year: Integer;
  /** Pupils to reach, e.g. 200,000. */
  pupils: Integer;
  /** Schools with the halt-jrb combination, e.g. 15. */
  haltJrbSchools: Integer;
}

export interface UpdateAnnualTargetRequest {
  pupils: Integer;
  haltJrbSchools: Integer;
}

/** Halt's dashboard for a period. */
export interface HaltDashboardDto {
  period: DashboardPeriod;
  totals: { sessions: Integer; pupils: Integer; schools: Integer; responses: Integer; noShows: Integer };
  /**
   * The targets of the calendar year in which the period ends: pupils (e.g. 200,000) with the share reached
   * in the period (0–1), and schools with the halt-jrb combination against its target (e.g. 15).
   */
  targets: { pupils: Integer; pupilsShare: number; haltJrbSchools: Integer; haltJrbSchoolsTarget: Integer };
  perMonth: MonthFigureDto[];
  perOfferType: OfferTypeFigureDto[];
  perRegion: RegionFigureDto[];
  scoresPerOffer: OfferScoreDto[];
  unplannedAgeing: AgeingBucketDto[];
}

/** One row of a gemeente's dashboard: an order and school, delivered against ordered. */
export interface GemeenteDashboardRowDto {
  orderId: Uuid;
  orderName: string;
  schoolId: Uuid;
  school: string;
  sessionsOrdered: Integer;
  sessionsDelivered: Integer;
  pupils: Integer;
  responses: Integer;
  scores: OutcomeScores;
}

export interface GemeenteDashboardDto {
  period: DashboardPeriod;
  totals: { sessionsOrdered: Integer; sessionsDelivered: Integer; pupils: Integer; responses: Integer };
  rows: GemeenteDashboardRowDto[];
  scoresPerOffer: OfferScoreDto[];
}

export interface SchoolSessionFigureDto {
  sessionId: Uuid;
  requestId: Uuid;
  reference: string;
  offer: string;
  offerType: OfferType;
  groupName: string | null;
  date: IsoDate;
  status: 'delivered' | 'no_show';
  pupils: Integer;
  responses: Integer;
  teacherAnswered: boolean;
  scores: OutcomeScores;
}

export interface SchoolDashboardDto {
  period: DashboardPeriod;
  totals: { sessions: Integer; pupils: Integer; responses: Integer };
  sessions: SchoolSessionFigureDto[];
  scoresPerOffer: OfferScoreDto[];
}

/** One open answer to a trends question (Halt staff only; contact details removed). */
export interface TrendSignalDto {
  id: SerialId;
  date: IsoDate;
  audience: EvaluationAudience;
  offerType: OfferType;
  offer: string;
  topics: string[];
  region: string;
  text: string;
}

/** Trend answers grouped by topic and month. */
export interface TrendGroupDto {
  topic: string;
  /** `yyyy-mm`. */
  month: string;
  answers: Integer;
}

export interface TrendSignalsDto {
  period: DashboardPeriod;
  /** Every topic with trend answers in the period (whatever the search or topic filter), for the filter. */
  topics: string[];
  page: Integer;
  pageSize: Integer;
  total: Integer;
  groups: TrendGroupDto[];
  items: TrendSignalDto[];
}

/** One package order in the council report: credits and sessions ordered against delivered. */
export interface CouncilReportOrderDto {
  orderId: Uuid;
  reference: string;
  name: string;
  programme: Programme | null;
  creditsBudget: Integer;
  creditsConsumed: Integer;
  creditsReserved: Integer;
  sessionsOrdered: Integer;
  sessionsDelivered: Integer;
}

/** Pupils reached per school in the council report. */
export interface CouncilReportSchoolDto {
  schoolId: Uuid;
  school: string;
  sessionsDelivered: Integer;
  pupils: Integer;
}

/** A target Halt counts per school year, against one of the school years overlapping the subsidy year. */
export interface SchoolYearTargetFigureDto {
  /** `YYYY-YYYY`, 1 August – 31 July. */
  schoolYear: string;
  from: IsoDate;
  to: IsoDate;
  /** The gemeente's schools with a delivered Halt-JRB session in that school year. */
  haltJrbSchools: Integer;
  /** Halt's target for that school year (schools with the Halt-JRB offer), 0 when none is set. */
  haltJrbSchoolsTarget: Integer;
}

/**
 * The council report of a gemeente for a subsidy year. The subsidy year is a calendar year (1 January –
 * 31 December); targets that Halt counts per school year are shown against the two overlapping school years.
 */
export interface CouncilReportDto {
  year: Integer;
  period: DashboardPeriod;
  programme: ProgrammeFilter | null;
  municipality: { id: Uuid; name: string; cbsCode: string; pmgSince: Integer | null };
  totals: {
    creditsBudget: Integer;
    creditsConsumed: Integer;
    sessionsOrdered: Integer;
    sessionsDelivered: Integer;
    pupils: Integer;
    schools: Integer;
    responses: Integer;
  };
  orders: CouncilReportOrderDto[];
  schools: CouncilReportSchoolDto[];
  scoresPerOffer: OfferScoreDto[];
  schoolYearTargets: SchoolYearTargetFigureDto[];
  /** A short summary in Dutch, one paragraph per line. */
  summary: string[];
  /** When the figures were read. */
  generatedAt: IsoDateTime;
}
