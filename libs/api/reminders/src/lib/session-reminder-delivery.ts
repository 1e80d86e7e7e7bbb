import { UnitOfWork } from '@halt/api/database';
import { calendarFile, Session } from '@halt/api/booking';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { ensureEvaluationCode, evaluationUrls } from '@halt/api/evaluations';
import type { ReminderAudience } from '@halt/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryLog, type DeliveryOutcome } from './delivery-log';
import { dutchWhen, englishWhen } from './mail-dates';
import { NotificationsService } from './notifications.service';
import { ReminderRecipients } from './reminder-recipients';
import type { ReminderJobData } from './reminder-relay.service';
import { ReminderRulesService } from './reminder-rules.service';
import { renderReminder } from './templates';

/** A reminder job about a session (not the planners' escalation about a request). */
export type SessionReminderJobData = Extract<ReminderJobData, { sessionId: string }>;

/**
 * Sends a session's reminder: checks that it is still current (the session's reminder version, not cancelled),
 * resolves the recipients of the rule's audience, and sends each one e-mail with the session's calendar file (and
 * for the evaluation request its class code) plus an in-app notification.
 */
@Injectable()
export class SessionReminderDelivery {
  private readonly log = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationsService,
    private readonly deliveryLog: DeliveryLog,
    private readonly recipients: ReminderRecipients,
    private readonly rules: ReminderRulesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(jobId: string, data: SessionReminderJobData): Promise<DeliveryOutcome> {
    const [s] = await this.dataSource.query(
      `SELECT s.*, r.reference, r.location, r.contact_name, r.contact_email, r.contact_phone, r.school_id, r.requester_id, r.requester_kind,
              CASE WHEN r.interpreter THEN r.interpreter_language END AS interpreter_language, r.interpreter_arranged,
              CASE WHEN s.kind = 'parent_meeting' THEN r.meeting_link END AS meeting_link,
              sc.name AS school_name, sc.latitude, sc.longitude, mu.region_id, o.title AS offer_title, g.name AS group_name
         FROM session s JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
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
        `SELECT sm.name FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id WHERE a.session_id = $1 AND a.absence_id IS NULL ORDER BY sm.name`,
        [s.id],
      )
    ).map((x: { name: string }) => x.name);
    const start = s.planned_start ? new Date(s.planned_start) : null;
    const entity = await this.dataSource.getRepository(Session).findOne({
      where: { id: s.id },
      relations: { request: { offer: true, school: true, club: true, partner: true }, group: true },
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
        interpreter: s.interpreter_language
          ? { language: s.interpreter_language, arranged: s.interpreter_arranged }
          : null,
        meetingLink: s.meeting_link,
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
