import type { Funding, Level, RequestState, SeriesInput, SessionKind, SessionState } from '@halt/contracts';
import { Offer } from '@halt/api/catalogue';
import { School } from '@halt/api/organisation';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A school's request (aanvraag) for one offer, for one or more classes, in one or more date windows. */
@Entity({ name: 'booking_request' })
export class BookingRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Human reference, e.g. `AV-2026-000042`. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => School)
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_booking_request_school' })
  school?: School;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne(() => Offer)
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_booking_request_offer' })
  offer?: Offer;

  @Column({ type: 'text' })
  status!: RequestState;

  @Column({ type: 'text' })
  location!: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName!: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail!: string;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'boolean' })
  interpreter!: boolean;

  @Column({ name: 'interpreter_language', type: 'text', nullable: true })
  interpreterLanguage!: string | null;

  @Column({ name: 'online_parent_meeting', type: 'boolean' })
  onlineParentMeeting!: boolean;

  /** "Tolk geregeld": the planner arranged an interpreter, so the specialist need not speak the language. */
  @Column({ name: 'interpreter_arranged', type: 'boolean', default: false })
  interpreterArranged!: boolean;

  /** The link of an online parent meeting (https). */
  @Column({ name: 'meeting_link', type: 'text', nullable: true })
  meetingLink!: string | null;

  @Column({ name: 'parent_meeting', type: 'boolean' })
  parentMeeting!: boolean;

  @Column({ type: 'text' })
  funding!: Funding;

  /** The gemeente package paying for it (funding `package`), and the credits it reserved. */
  @Column({ name: 'package_order_id', type: 'uuid', nullable: true })
  packageOrderId!: string | null;

  @Column({ name: 'package_credits', type: 'integer', nullable: true })
  packageCredits!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  series!: SeriesInput | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'late_cancellation', type: 'boolean', default: false })
  lateCancellation!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @OneToMany(() => BookingGroup, (g) => g.request, { cascade: ['insert'] })
  groups?: BookingGroup[];

  @OneToMany(() => BookingWindow, (w) => w.request, { cascade: ['insert'] })
  windows?: BookingWindow[];

  @OneToMany(() => Session, (s) => s.request)
  sessions?: Session[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One class of a request (e.g. "2B"), with its level and number of pupils — never pupils' names. */
@Entity({ name: 'booking_group' })
export class BookingGroup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => BookingRequest, (r) => r.groups, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_booking_group_request' })
  request?: BookingRequest;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: Level;

  @Column({ name: 'pupil_count', type: 'integer' })
  pupilCount!: number;
}

/** A preferred date window of a request. */
@Entity({ name: 'booking_window' })
export class BookingWindow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => BookingRequest, (r) => r.windows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_booking_window_request' })
  request?: BookingRequest;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ type: 'smallint', array: true })
  weekdays!: number[];

  @Column({ type: 'time' })
  earliest!: string;

  @Column({ type: 'time' })
  latest!: string;

  /** Set when a move request replaced this window; kept for the request's history. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}

/** One session (uitvoering): one class or one spreekuur/hearing/parent meeting, later with a time and staff. */
@Entity({ name: 'session' })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => BookingRequest, (r) => r.sessions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_session_request' })
  request?: BookingRequest;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  kind!: SessionKind;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => BookingGroup, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_session_group' })
  group?: BookingGroup | null;

  @Column({ type: 'text' })
  status!: SessionState;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'staff_needed', type: 'integer' })
  staffNeeded!: number;

  @Column({ name: 'required_skill', type: 'text' })
  requiredSkill!: string;

  @Column({ name: 'window_from', type: 'date' })
  windowFrom!: string;

  @Column({ name: 'window_to', type: 'date' })
  windowTo!: string;

  @Column({ name: 'proposed_start', type: 'timestamptz', nullable: true })
  proposedStart!: Date | null;

  @Column({ name: 'planned_start', type: 'timestamptz', nullable: true })
  plannedStart!: Date | null;

  @Column({ name: 'planned_end', type: 'timestamptz', nullable: true })
  plannedEnd!: Date | null;

  /** Raised on every change, for the SEQUENCE of the calendar file. */
  @Column({ name: 'ics_sequence', type: 'integer', default: 0 })
  icsSequence!: number;

  /** Pupils actually reached, given when the session is marked delivered. */
  @Column({ name: 'pupils_reached', type: 'integer', nullable: true })
  pupilsReached!: number | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** The day (Amsterdam) a delivered or no-show session took place: what the dashboards count by. */
  @Column({ name: 'delivered_on', type: 'date', nullable: true })
  deliveredOn!: string | null;

  /** Secret of a parent meeting's public registration page (parents leave an e-mail address there). */
  @Column({ name: 'parent_token', type: 'text', nullable: true })
  parentToken!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Columns every transition record has: from, to, the event, who and why, and when (set by the database). */
abstract class TransitionRow<S extends string> {
  @PrimaryColumn({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false })
  id!: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: S | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: S;

  @Column({ type: 'text' })
  event!: string;

  @Column({ name: 'by_user_id', type: 'uuid', nullable: true })
  byUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', insert: false })
  at!: Date;
}

/** Every state change of a request: who, when, why. Written by the service, read as the timeline. */
@Entity({ name: 'request_transition' })
export class RequestTransition extends TransitionRow<RequestState> {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;
}

/** Every state change of a session. */
@Entity({ name: 'session_transition' })
export class SessionTransition extends TransitionRow<SessionState> {
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;
}
