import { UnitOfWork } from '@halt/api/database';
import { calendarFile, Session } from '@halt/api/booking';
import { DateHolidaysProvider, PortalClock } from '@halt/api/calendar';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { ensureEvaluationCode, evaluationUrls } from '@halt/api/evaluations';
import {
  instantToZoned,
  isInQuietHours,
  isWorkingDay,
  REMINDER_KINDS,
  shiftOutOfQuietHours,
  type ReminderAudience,
} from '@halt/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryLog, type DeliveryOutcome } from './delivery-log';
import { ReminderRecipients } from './reminder-recipients';
import type { ReminderJobData } from './reminder-relay.service';
import { ReminderRulesService } from './reminder-rules.service';
import { NotificationsService } from './notifications.service';
import { renderReminder } from './templates';

export type { DeliveryOutcome };

const dutchWhen = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});
const englishWhen = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/**
 * Sends one reminder job: checks that it is still current (the session's reminder version, not cancelled),
 * that it is not night, resolves the recipients, and sends each one e-mail with the session's calendar file
 * — exactly once per recipient, thanks to the message log's unique key — plus an in-app notification.
 * A recipient whose send failed makes the job fail, so BullMQ retries it with backoff; recipients already
 * served are skipped on the retry.
 */
@Injectable()
export class ReminderDeliveryService {
  private readonly log = new Logger('Reminders');
  private readonly holidays = new DateHolidaysProvider();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationsService,
    private readonly deliveryLog: DeliveryLog,
    private readonly recipients: ReminderRecipients,
    private readonly rules: ReminderRulesService,
    private readonly clock: PortalClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(jobId: string, data: ReminderJobData): Promise<DeliveryOutcome> {
    // Never at night: a job that comes due then (e.g. after an outage) waits for the morning.
    const now = this.clock.now();
    if (isInQuietHours(now)) return { outcome: 'deferred', until: shiftOutOfQuietHours(now) };
    if (!REMINDER_KINDS.includes(data.kind)) return this.deliveryLog.skip(jobId, `onbekende soort ${data.kind}`);
    if ('requestId' in data) return this.escalate(jobId, data.requestId, data.version);
    const [s] = await this.dataSource.query(
      `SELECT s.*, r.reference, r.location, r.contact_name, r.contact_email, r.contact_phone, r.school_id,
              sc.name AS school_name, sc.latitude, sc.longitude, mu.region_id, o.title AS offer_title, g.name AS group_name
         FROM session s JOIN booking_request r ON r.id = s.request_id JOIN school sc ON sc.id = r.school_id
         JOIN municipality mu ON mu.id = sc.municipality_id JOIN offer o ON o.id = r.offer_id
         LEFT JOIN booking_group g ON g.id = s.group_id
        WHERE s.id = $1`,
      [data.sessionId],
    );
    if (!s) return this.deliveryLog.skip(jobId, 'de sessie bestaat niet meer');
    if (s.reminder_version !== data.version) return this.deliveryLog.skip(jobId, 'de sessie is intussen gewijzigd');
    if (s.status === 'cancelled') return this.deliveryLog.skip(jobId, 'de sessie is geannuleerd');
    if (
      data.kind === 'evaluation_day_after' ? s.status !== 'delivered' : !['planned', 'confirmed'].includes(s.status)
    ) {
      return this.deliveryLog.skip(jobId, `de sessie is ${s.status}`);
    }

    const rules = await this.rules.domainRules();
    const audience = rules.find((r) => r.kind === data.kind)?.audience ?? 'school';
    const recipients = await this.recipients.forAudience(audience, s);
    if (s.kind === 'parent_meeting' && data.kind === 'school_before_2d') {
      // Parents who left their address on the meeting's page get the reminder too (and nothing else).
      recipients.push(...(await this.recipients.parents(s.id)));
    }
    const staffNames: string[] = (
      await this.dataSource.query(
        `SELECT sm.name FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id WHERE a.session_id = $1 ORDER BY sm.name`,
        [s.id],
      )
    ).map((x: { name: string }) => x.name);
    const start = s.planned_start ? new Date(s.planned_start) : null;
    const entity = await this.dataSource.getRepository(Session).findOne({
      where: { id: s.id },
      relations: { request: { offer: true, school: true }, group: true },
    });
    const ics = start && entity ? safeCalendar(entity, `Halt ${s.reference}`) : null;

    const code =
      data.kind === 'evaluation_day_after'
        ? await this.uow.run((m) => ensureEvaluationCode(m, s.id, this.config.evaluationOpenDays), {
            actor: { kind: 'system', name: 'reminders' },
          })
        : null;
    const evaluation = code
      ? { classCode: code.code, audience: code.audience, ...evaluationUrls(this.config.publicUrl, code) }
      : undefined;

    const failures: string[] = [];
    for (const to of recipients) {
      const key = `${jobId}/${to.email.toLowerCase()}`;
      const rendered = renderReminder({
        kind: data.kind,
        language: to.language,
        recipientName: to.name,
        offerTitle: s.offer_title,
        schoolName: s.school_name,
        reference: s.reference,
        groupName: s.group_name,
        location: s.location,
        when: start ? (to.language === 'en' ? englishWhen : dutchWhen).format(start) : '',
        contactName: s.contact_name,
        contactPhone: s.contact_phone,
        staffNames,
        travelMinutes: to.travelMinutes,
        link:
          data.kind === 'parent_meeting_invite_7d' && s.parent_token
            ? `${this.config.publicUrl}/ouders/${s.parent_token}`
            : `${this.config.publicUrl}${to.userId ? linkFor(audience, s) : '/'}`,
        evaluation,
      });
      const failure = await this.deliveryLog.send(
        jobId,
        data.kind,
        s.id,
        to.email,
        to.language,
        rendered.subject,
        rendered.text,
        ics ? [{ filename: `halt-${s.reference}.ics`, content: ics, contentType: 'text/calendar; charset=utf-8' }] : [],
        rendered.html,
      );
      if (failure) {
        failures.push(failure);
        continue;
      }
      if (to.userId) {
        await this.notifications.notify(to.userId, key, data.kind, rendered.title, linkFor(audience, s));
      }
    }
    if (failures.length)
      throw new Error(`verzenden mislukt voor ${failures.length} ontvanger(s): ${failures.join('; ')}`);
    await this.deliveryLog.done(jobId);
    this.log.log(`${jobId}: ${recipients.length} recipient(s)`);
    return { outcome: 'sent', recipients: recipients.length };
  }

  /** The planners' escalation: a request that is still not planned 10 school days before its first window. */
  private async escalate(jobId: string, requestId: string, version: number): Promise<DeliveryOutcome> {
    const [r] = await this.dataSource.query(
      `SELECT r.id, r.reference, r.status, sc.name AS school_name, mu.region_id, o.title AS offer_title,
              (SELECT coalesce(sum(x.reminder_version), 0)::int FROM session x WHERE x.request_id = r.id) AS version,
              (SELECT count(*)::int FROM session x WHERE x.request_id = r.id AND x.status = 'open') AS open,
              (SELECT min(w.from_date) FROM booking_window w WHERE w.request_id = r.id AND w.superseded_at IS NULL) AS first_from
         FROM booking_request r JOIN school sc ON sc.id = r.school_id JOIN municipality mu ON mu.id = sc.municipality_id
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
   * The planners' daily digest (working days, 07:30): per region, the requests still waiting to be planned and
   * the sessions of the coming week without a specialist. Nothing to report, nothing sent; once per day per
   * planner (the message log's key holds the date).
   */
  async dailyDigest(): Promise<{ sent: number }> {
    const today = instantToZoned(this.clock.now()).date;
    const holidays = this.holidays.publicHolidays(today, today).map((h) => h.date);
    if (!isWorkingDay(today, holidays)) return { sent: 0 };
    const regions: { region_id: string; unplanned: number; unstaffed: number }[] = await this.dataSource.query(
      `SELECT mu.region_id,
              count(DISTINCT r.id) FILTER (WHERE r.status IN ('submitted', 'approved', 'change_requested')
                                         AND s.status = 'open')::int AS unplanned,
              count(DISTINCT s.id) FILTER (WHERE s.status IN ('planned', 'confirmed')
                                         AND s.planned_start < $1::timestamptz + interval '7 days'
                                         AND s.planned_start > $1::timestamptz
                                         AND NOT EXISTS (SELECT 1 FROM session_assignment a WHERE a.session_id = s.id))::int AS unstaffed
         FROM booking_request r JOIN session s ON s.request_id = r.id
         JOIN school sc ON sc.id = r.school_id JOIN municipality mu ON mu.id = sc.municipality_id
        GROUP BY mu.region_id`,
      [this.clock.now().toISOString()],
    );
    let sent = 0;
    const failures: string[] = [];
    for (const region of regions.filter((x) => x.unplanned > 0 || x.unstaffed > 0)) {
      const planners = await this.recipients.planners(region.region_id);
      for (const p of planners) {
        const nl = p.language !== 'en';
        const subject = nl
          ? `Dagoverzicht ${today}: ${region.unplanned} aanvraag/aanvragen te plannen, ${region.unstaffed} sessie(s) zonder medewerker`
          : `Daily digest ${today}: ${region.unplanned} request(s) to plan, ${region.unstaffed} session(s) without staff`;
        const text = nl
          ? `Beste ${p.name},\n\nIn uw regio wachten ${region.unplanned} aanvraag/aanvragen op planning, en ${region.unstaffed} sessie(s) in de komende zeven dagen hebben nog geen medewerker.\n\n${this.config.publicUrl}/planner/aanvragen\n\nStichting Halt`
          : `Dear ${p.name},\n\nIn your region ${region.unplanned} request(s) are waiting to be planned, and ${region.unstaffed} session(s) in the next seven days have no staff yet.\n\n${this.config.publicUrl}/planner/aanvragen\n\nStichting Halt`;
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

function linkFor(audience: ReminderAudience, s: { request_id: string }): string {
  return audience === 'school'
    ? `/school/aanvragen/${s.request_id}`
    : audience === 'planner'
      ? `/planner/aanvragen/${s.request_id}`
      : '/medewerker';
}

function safeCalendar(session: Session, name: string): string | null {
  try {
    return calendarFile([session], name);
  } catch {
    return null;
  }
}
