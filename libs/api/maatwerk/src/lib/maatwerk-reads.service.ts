import type { AuthUser } from '@halt/api/security';
import { requesterKindOfRole } from '@halt/contracts';
import type {
  MaatwerkEvent,
  MaatwerkRequesterKind,
  MaatwerkQuestionDto,
  MaatwerkQuestionSummaryDto,
  MaatwerkState,
  Page,
} from '@halt/contracts';
import { MAATWERK_REQUESTER_EVENTS, maatwerkLifecycle } from '@halt/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MaatwerkListQueryDto } from './maatwerk.dto';

/** The requester a signed-in school, club, wijkpartner or gemeente user asks for (null for Halt's own roles). */
export function maatwerkRequester(user: AuthUser): { kind: MaatwerkRequesterKind; id: string } | null {
  const requester = requesterKindOfRole(user.role);
  const kind: MaatwerkRequesterKind | null = requester ?? (user.role === 'gemeente' ? 'gemeente' : null);
  const id =
    kind === 'school'
      ? user.schoolId
      : kind === 'sportvereniging'
        ? user.clubId
        : kind === 'wijkpartner'
          ? user.partnerId
          : kind === 'gemeente'
            ? user.municipalityId
            : null;
  return kind && id ? { kind, id } : null;
}

/**
 * What a user may see of the questions (`q`, joined to its municipality `mu`), as SQL and its parameters from `$from`:
 * a requester its own (a gemeente not its schools'), planners their regions', admins all, staff none.
 */
export function maatwerkScope(user: AuthUser, from: number): { sql: string; params: unknown[] } {
  const own = maatwerkRequester(user);
  if (own) return { sql: `q.requester_kind = $${from} AND q.requester_id = $${from + 1}`, params: [own.kind, own.id] };
  switch (user.role) {
    case 'admin':
      return { sql: 'true', params: [] };
    case 'planner':
      return { sql: `mu.region_id = ANY($${from}::uuid[])`, params: [user.regionIds] };
    default:
      return { sql: 'false', params: [] };
  }
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const SUMMARY = `q.id, q.reference, q.title, q.status, q.urgency, q.requester_kind,
  rq.name AS requester_name, mu.name AS municipality_name,
  to_char(q.preferred_from, 'YYYY-MM-DD') AS preferred_from, to_char(q.preferred_to, 'YYYY-MM-DD') AS preferred_to,
  q.intake_at, q.submitted_at`;
const FROM = `maatwerk_question q JOIN municipality mu ON mu.id = q.municipality_id
  JOIN requester rq ON rq.kind = q.requester_kind AND rq.id = q.requester_id`;

interface SummaryRow {
  id: string;
  reference: string;
  title: string;
  status: MaatwerkState;
  urgency: MaatwerkQuestionSummaryDto['urgency'];
  requester_kind: MaatwerkRequesterKind;
  requester_name: string;
  municipality_name: string;
  preferred_from: string;
  preferred_to: string;
  intake_at: Date | null;
  submitted_at: Date;
}

const summary = (r: SummaryRow): MaatwerkQuestionSummaryDto => ({
  id: r.id,
  reference: r.reference,
  title: r.title,
  status: r.status,
  urgency: r.urgency,
  requester: { kind: r.requester_kind, name: r.requester_name, municipality: r.municipality_name },
  preferredFrom: r.preferred_from,
  preferredTo: r.preferred_to,
  intakeAt: iso(r.intake_at),
  submittedAt: iso(r.submitted_at) as string,
});

/** Reads of maatwerk questions: the list a page at a time (urgent first for advisors) and one question with its history. */
@Injectable()
export class MaatwerkReadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthUser, query: MaatwerkListQueryDto): Promise<Page<MaatwerkQuestionSummaryDto>> {
    const scope = maatwerkScope(user, 2);
    const where = `(${scope.sql}) AND ($1::text IS NULL OR q.status = $1)`;
    const params = [query.status ?? null, ...scope.params];
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${SUMMARY} FROM ${FROM} WHERE ${where}
          ORDER BY (q.status IN ('accepted', 'declined', 'withdrawn')),
                   CASE q.urgency WHEN 'urgent' THEN 0 WHEN 'within_month' THEN 1 ELSE 2 END, q.submitted_at DESC, q.id
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where}`, params),
    ]);
    return { items: (rows as SummaryRow[]).map(summary), total, page, pageSize };
  }

  /** One question as the user may see it; 404 when it does not exist or lies outside their organisation. */
  async load(
    user: AuthUser,
    id: string,
    m: Pick<EntityManager, 'query'> = this.dataSource,
  ): Promise<MaatwerkQuestionDto> {
    const scope = maatwerkScope(user, 2);
    const [row] = await m.query(
      `SELECT ${SUMMARY}, q.situation, q.levels, q.ages, q.group_count, q.participant_count, q.contact_name,
              q.contact_email, q.contact_phone, q.intake_mode, q.intake_link, q.intake_place, q.proposal_note,
              q.proposal_sent_at, q.total_credits, q.total_euro_cents, q.decision_reason
         FROM ${FROM}
        WHERE q.id = $1 AND (${scope.sql})`,
      [id, ...scope.params],
    );
    if (!row) throw new NotFoundException('Maatwerkvraag niet gevonden');
    const [lines, timeline] = await Promise.all([
      m.query(
        `SELECT l.id, l.kind, l.offer_id, l.title, l.description, l.duration_minutes, l.session_count, l.level,
                l.price_unit, l.price, l.request_id, r.reference AS request_reference
           FROM maatwerk_proposal_line l LEFT JOIN booking_request r ON r.id = l.request_id
          WHERE l.question_id = $1 ORDER BY l.position`,
        [id],
      ),
      m.query(
        `SELECT t.from_state, t.to_state, t.event, t.at, t.reason, u.name AS by_name
           FROM maatwerk_transition t LEFT JOIN app_user u ON u.id = t.by_user_id
          WHERE t.question_id = $1 ORDER BY t.at, t.id`,
        [id],
      ),
    ]);
    const status = row.status as MaatwerkState;
    const requester = maatwerkRequester(user) !== null;
    const allowedActions = maatwerkLifecycle
      .allowedEvents(status)
      .filter((e: MaatwerkEvent) => MAATWERK_REQUESTER_EVENTS.includes(e) === requester);
    return {
      ...summary(row),
      situation: row.situation,
      levels: row.levels,
      ages: row.ages,
      groupCount: row.group_count,
      participantCount: row.participant_count,
      contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
      intake: row.intake_at
        ? {
            startsAt: iso(row.intake_at) as string,
            mode: row.intake_mode,
            link: row.intake_link,
            place: row.intake_place,
          }
        : null,
      proposal: row.proposal_sent_at
        ? {
            note: row.proposal_note,
            sentAt: iso(row.proposal_sent_at) as string,
            totalCredits: row.total_credits,
            totalEuroCents: row.total_euro_cents,
            lines: lines.map(
              (l: {
                id: string;
                kind: 'offer' | 'custom';
                offer_id: string | null;
                title: string;
                description: string;
                duration_minutes: number;
                session_count: number;
                level: MaatwerkQuestionDto['levels'][number];
                price_unit: 'credits' | 'euro';
                price: number;
                request_id: string | null;
                request_reference: string | null;
              }) => ({
                id: l.id,
                kind: l.kind,
                ...(l.offer_id ? { offerId: l.offer_id } : {}),
                title: l.title,
                description: l.description,
                durationMinutes: l.duration_minutes,
                sessionCount: l.session_count,
                level: l.level,
                priceUnit: l.price_unit,
                price: l.price,
                requestId: l.request_id,
                requestReference: l.request_reference,
              }),
            ),
          }
        : null,
      decisionReason: row.decision_reason,
      timeline: timeline.map(
        (t: {
          from_state: MaatwerkState | null;
          to_state: MaatwerkState;
          event: MaatwerkEvent;
          at: Date;
          reason: string | null;
          by_name: string | null;
        }) => ({
          from: t.from_state,
          to: t.to_state,
          event: t.event,
          at: iso(t.at) as string,
          by: t.by_name,
          reason: t.reason,
        }),
      ),
      allowedActions,
    };
  }
}
