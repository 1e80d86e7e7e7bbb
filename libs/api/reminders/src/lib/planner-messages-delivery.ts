import { DateHolidaysProvider, PortalClock } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { instantToZoned, isWorkingDay } from '@halt/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryLog, type DeliveryOutcome } from './delivery-log';
import { dutchWhen, englishWhen } from './mail-dates';
import { NotificationsService } from './notifications.service';
import { ReminderRecipients } from './reminder-recipients';

/** Data of an absence-notice job: the absence's id, nothing else. */
export interface AbsenceNoticeJobData {
  absenceId: string;
}

/** Where a planner finds the sessions whose specialist became unavailable. */
export const REPLACEMENT_LIST = '/planner/aanvragen?aandacht=vervanging';

/**
 * The planners' own messages: the escalation of a request that is still unplanned, the notice of an absence that
 * took a specialist off sessions, and the daily digest.
 */
@Injectable()
export class PlannerMessagesDelivery {
  private readonly holidays = new DateHolidaysProvider();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly deliveryLog: DeliveryLog,
    private readonly recipients: ReminderRecipients,
    private readonly clock: PortalClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The planners' escalation: a request that is still not planned 10 school days before its first window. */
  async escalate(jobId: string, requestId: string, version: number): Promise<DeliveryOutcome> {
    const [r] = await this.dataSource.query(
      `SELECT r.id, r.reference, r.status, sc.name AS school_name, mu.region_id, o.title AS offer_title,
              (SELECT coalesce(sum(x.reminder_version), 0)::int FROM session x WHERE x.request_id = r.id) AS version,
              (SELECT count(*)::int FROM session x WHERE x.request_id = r.id AND x.status = 'open') AS open,
              (SELECT min(w.from_date) FROM booking_window w WHERE w.request_id = r.id AND w.superseded_at IS NULL) AS first_from
         FROM booking_request r JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id
         JOIN offer o ON o.id = r.offer_id WHERE r.id = $1`,
      [requestId],
    );
    if (!r) return this.deliveryLog.skip(jobId, 'de aanvraag bestaat niet meer');
    if (r.version !== version) return this.deliveryLog.skip(jobId, 'de aanvraag is intussen gewijzigd');
    if (!['submitted', 'approved', 'change_requested'].includes(r.status) || r.open === 0) {
      return this.deliveryLog.skip(jobId, 'de aanvraag is intussen ingepland of afgesloten');
    }
    const planners = await this.recipients.planners(r.region_id);
    const firstFrom = new Date(r.first_from);
    const failures: string[] = [];
    for (const p of planners) {
      const nl = p.language !== 'en';
      const day = (nl ? dutchWhen : englishWhen).format(firstFrom).replace(/ (om|at) 0?\d+:\d+$/, '');
      const subject = nl
        ? `Nog niet ingepland: ${r.reference} van ${r.school_name}`
        : `Not planned yet: ${r.reference} of ${r.school_name}`;
      const text = nl
        ? `Beste ${p.name},\n\nAanvraag ${r.reference} (${r.offer_title}) van ${r.school_name} heeft nog ${r.open} sessie(s) zonder datum, terwijl de eerste periode op ${day} begint.\n\n${this.config.publicUrl}/planner/aanvragen/${r.id}\n\nStichting Halt`
        : `Dear ${p.name},\n\nRequest ${r.reference} (${r.offer_title}) of ${r.school_name} still has ${r.open} session(s) without a date, while its first period starts on ${day}.\n\n${this.config.publicUrl}/planner/aanvragen/${r.id}\n\nStichting Halt`;
      const failure = await this.deliveryLog.send(
        jobId,
        'planner_unplanned_escalation',
        null,
        p.email,
        p.language,
        subject,
        text,
        [],
      );
      if (failure) failures.push(failure);
      else {
        await this.notifications.notify(
          p.id,
          `${jobId}/${p.email.toLowerCase()}`,
          'planner_unplanned_escalation',
          subject,
          `/planner/aanvragen/${r.id}`,
        );
      }
    }
    if (failures.length)
      throw new Error(`verzenden mislukt voor ${failures.length} ontvanger(s): ${failures.join('; ')}`);
    await this.deliveryLog.done(jobId);
    return { outcome: 'sent', recipients: planners.length };
  }

  /**
   * The planners' notice of an absence: per region, the sessions it still takes the specialist off (the planner
   * may have reassigned some meanwhile), one e-mail and one bell notification per planner, once (the message log's
   * and the notification's keys). Nothing left to replace, nothing sent.
   */
  async absenceNotice(jobId: string, absenceId: string): Promise<DeliveryOutcome> {
    const rows: {
      region_id: string;
      staff_name: string;
      kind: 'leave' | 'sick' | 'training';
      from_date: string;
      to_date: string;
      sessions: number;
      first: Date;
    }[] = await this.dataSource.query(
      `SELECT mu.region_id, sm.name AS staff_name, ab.kind, to_char(ab.from_date, 'YYYY-MM-DD') AS from_date,
              to_char(ab.to_date, 'YYYY-MM-DD') AS to_date, count(*)::int AS sessions, min(s.planned_start) AS first
         FROM session_assignment a JOIN staff_absence ab ON ab.id = a.absence_id
         JOIN staff_member sm ON sm.id = a.staff_id JOIN session s ON s.id = a.session_id
         JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
         JOIN municipality mu ON mu.id = sc.municipality_id
        WHERE a.absence_id = $1 AND s.status IN ('planned', 'confirmed')
        GROUP BY mu.region_id, sm.name, ab.kind, ab.from_date, ab.to_date ORDER BY mu.region_id`,
      [absenceId],
    );
    if (rows.length === 0) return { outcome: 'skipped', reason: 'er is niets meer te vervangen' };
    const failures: string[] = [];
    let recipients = 0;
    for (const row of rows) {
      for (const p of await this.recipients.planners(row.region_id)) {
        const nl = p.language !== 'en';
        const kind = nl
          ? { leave: 'verlof', sick: 'ziek', training: 'training' }[row.kind]
          : { leave: 'on leave', sick: 'sick', training: 'in training' }[row.kind];
        const period = row.from_date === row.to_date ? row.from_date : `${row.from_date} – ${row.to_date}`;
        const first = (nl ? dutchWhen : englishWhen).format(new Date(row.first));
        const subject = nl
          ? `Vervanging nodig: ${row.staff_name} is ${kind} (${row.sessions} sessie(s))`
          : `Replacement needed: ${row.staff_name} is ${kind} (${row.sessions} session(s))`;
        const text = nl
          ? `Beste ${p.name},\n\n${row.staff_name} is ${kind} (${period}). ${row.sessions} sessie(s) in uw regio hebben daardoor geen medewerker meer; de eerste is op ${first}. Kies een vervanger of zet de sessie terug in de wachtrij.\n\n${this.config.publicUrl}${REPLACEMENT_LIST}\n\nStichting Halt`
          : `Dear ${p.name},\n\n${row.staff_name} is ${kind} (${period}). Because of that, ${row.sessions} session(s) in your region no longer have a specialist; the first is on ${first}. Choose a replacement or put the session back in the queue.\n\n${this.config.publicUrl}${REPLACEMENT_LIST}\n\nStichting Halt`;
        const failure = await this.deliveryLog.send(
          jobId,
          'planner_absence_notice',
          null,
          p.email,
          p.language,
          subject,
          text,
          [],
        );
        if (failure) {
          failures.push(failure);
          continue;
        }
        recipients++;
        await this.notifications.notify(
          p.id,
          `${jobId}/${p.email.toLowerCase()}`,
          'planner_absence_notice',
          subject,
          REPLACEMENT_LIST,
        );
      }
    }
    if (failures.length)
      throw new Error(`verzenden mislukt voor ${failures.length} ontvanger(s): ${failures.join('; ')}`);
    return { outcome: 'sent', recipients };
  }

  /**
   * The planners' daily digest (working days, 07:30): per region, the requests still waiting to be planned and
   * the sessions of the coming week without a specialist, and the sessions whose specialist became unavailable (an
   * absence) and that still wait for a replacement. Nothing to report, nothing sent; once per day per
   * planner (the message log's key holds the date).
   */
  async dailyDigest(): Promise<{ sent: number }> {
    const today = instantToZoned(this.clock.now()).date;
    const holidays = this.holidays.publicHolidays(today, today).map((h) => h.date);
    if (!isWorkingDay(today, holidays)) return { sent: 0 };
    const regions: { region_id: string; unplanned: number; unstaffed: number; replace: number }[] =
      await this.dataSource.query(
        `SELECT mu.region_id,
              count(DISTINCT r.id) FILTER (WHERE r.status IN ('submitted', 'approved', 'change_requested')
                                         AND s.status = 'open')::int AS unplanned,
              count(DISTINCT s.id) FILTER (WHERE s.status IN ('planned', 'confirmed')
                                         AND s.planned_start < $1::timestamptz + interval '7 days'
                                         AND s.planned_start > $1::timestamptz
                                         AND NOT EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id))::int AS unstaffed,
              count(DISTINCT s.id) FILTER (WHERE s.status IN ('planned', 'confirmed') AND s.planned_end > $1::timestamptz
                                         AND EXISTS (SELECT 1 FROM session_assignment a
                                                      WHERE a.session_id = s.id AND a.absence_id IS NOT NULL))::int AS replace
         FROM booking_request r JOIN session s ON s.request_id = r.id
         JOIN requester sc ON sc.id = r.requester_id JOIN municipality mu ON mu.id = sc.municipality_id
        GROUP BY mu.region_id`,
        [this.clock.now().toISOString()],
      );
    let sent = 0;
    const failures: string[] = [];
    for (const region of regions.filter((x) => x.unplanned > 0 || x.unstaffed > 0 || x.replace > 0)) {
      const planners = await this.recipients.planners(region.region_id);
      for (const p of planners) {
        const nl = p.language !== 'en';
        const subject = nl
          ? `Dagoverzicht ${today}: ${region.unplanned} aanvraag/aanvragen te plannen, ${region.unstaffed} sessie(s) zonder medewerker`
          : `Daily digest ${today}: ${region.unplanned} request(s) to plan, ${region.unstaffed} session(s) without staff`;
        const replace = !region.replace
          ? ''
          : nl
            ? `\n\n${region.replace} sessie(s) wachten op een vervanger, omdat de medewerker afwezig is: ${this.config.publicUrl}${REPLACEMENT_LIST}`
            : `\n\n${region.replace} session(s) wait for a replacement because their specialist is away: ${this.config.publicUrl}${REPLACEMENT_LIST}`;
        const text = nl
          ? `Beste ${p.name},\n\nIn uw regio wachten ${region.unplanned} aanvraag/aanvragen op planning, en ${region.unstaffed} sessie(s) in de komende zeven dagen hebben nog geen medewerker.${replace}\n\n${this.config.publicUrl}/planner/aanvragen\n\nStichting Halt`
          : `Dear ${p.name},\n\nIn your region ${region.unplanned} request(s) are waiting to be planned, and ${region.unstaffed} session(s) in the next seven days have no staff yet.${replace}\n\n${this.config.publicUrl}/planner/aanvragen\n\nStichting Halt`;
        const key = `digest-${today}`;
        const failure = await this.deliveryLog.send(
          key,
          'planner_daily_digest',
          null,
          p.email,
          p.language,
          subject,
          text,
          [],
        );
        if (failure) failures.push(failure);
        else {
          sent++;
          await this.notifications.notify(
            p.id,
            `${key}/${p.email.toLowerCase()}`,
            'planner_daily_digest',
            subject,
            '/planner/aanvragen',
          );
        }
      }
    }
    if (failures.length)
      throw new Error(`verzenden mislukt voor ${failures.length} ontvanger(s): ${failures.join('; ')}`);
    return { sent };
  }
}
