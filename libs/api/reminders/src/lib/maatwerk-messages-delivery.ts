import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryLog, type DeliveryOutcome } from './delivery-log';
import { dutchWhen, englishWhen } from './mail-dates';
import { NotificationsService } from './notifications.service';
import { ReminderRecipients } from './reminder-recipients';

/** Data of a maatwerk notice job (one transition of a question) or of its intake reminder. */
export type MaatwerkJobData = { maatwerkTransitionId: string } | { maatwerkQuestionId: string; intakeVersion: number };

interface Person {
  id: string | null;
  email: string;
  name: string;
  language: 'nl' | 'en';
}

/** What each transition tells whom, in Dutch and English. */
const NOTICE: Record<string, { to: 'requester' | 'planners'; nl: string; en: string }> = {
  submit: { to: 'planners', nl: 'Nieuwe maatwerkvraag', en: 'New maatwerk question' },
  plan_intake: { to: 'requester', nl: 'Intakegesprek gepland', en: 'Intake conversation planned' },
  send_proposal: { to: 'requester', nl: 'Voorstel van Halt ontvangen', en: 'Proposal from Halt received' },
  accept: { to: 'planners', nl: 'Maatwerkvoorstel geaccepteerd', en: 'Maatwerk proposal accepted' },
  decline: { to: 'planners', nl: 'Maatwerkvoorstel afgewezen', en: 'Maatwerk proposal declined' },
  withdraw: { to: 'planners', nl: 'Maatwerkvraag ingetrokken', en: 'Maatwerk question withdrawn' },
};

/**
 * The messages of a maatwerk question (reads the maatwerk tables, writes only the message log and notifications):
 * a notice of each step to the other side — the planners of the region, or the requester's users and contact — and
 * the reminder a day before the intake to both. Each recipient once, by the message log's key.
 */
@Injectable()
export class MaatwerkMessagesDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly deliveryLog: DeliveryLog,
    private readonly recipients: ReminderRecipients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notice(jobId: string, transitionId: string): Promise<DeliveryOutcome> {
    const [t] = await this.dataSource.query(
      `SELECT t.event, t.reason, q.id, q.reference, q.title, q.intake_at, q.intake_link, q.intake_place
         FROM maatwerk_transition t JOIN maatwerk_question q ON q.id = t.question_id WHERE t.id = $1`,
      [transitionId],
    );
    const notice = t ? NOTICE[t.event] : undefined;
    if (!t || !notice) return { outcome: 'skipped', reason: 'geen bericht bij deze stap' };
    const people = notice.to === 'planners' ? await this.planners(t.id) : await this.requester(t.id);
    return this.send(jobId, 'maatwerk_notice', people, t.id, notice.to, (nl) => {
      const title = `${nl ? notice.nl : notice.en}: ${t.reference} ${t.title}`;
      const when = t.intake_at ? (nl ? dutchWhen : englishWhen).format(new Date(t.intake_at)) : '';
      const where = t.intake_link ?? t.intake_place ?? '';
      const detail =
        t.event === 'plan_intake'
          ? nl
            ? `Het intakegesprek is op ${when} (${where}).`
            : `The intake conversation is on ${when} (${where}).`
          : t.reason
            ? `${nl ? 'Reden' : 'Reason'}: ${t.reason}`
            : '';
      return { title, detail };
    });
  }

  async intakeReminder(jobId: string, questionId: string, version: number): Promise<DeliveryOutcome> {
    const [q] = await this.dataSource.query(
      `SELECT id, reference, title, status, intake_at, intake_link, intake_place, intake_version
         FROM maatwerk_question WHERE id = $1`,
      [questionId],
    );
    if (!q || q.status !== 'intake_planned' || q.intake_version !== version) {
      return { outcome: 'skipped', reason: 'het intakegesprek is verplaatst of voorbij' };
    }
    const people = [...(await this.requester(q.id)), ...(await this.advisor(q.id))];
    return this.send(jobId, 'maatwerk_intake_reminder', people, q.id, 'both', (nl) => ({
      title: `${nl ? 'Herinnering intakegesprek' : 'Reminder: intake conversation'}: ${q.reference} ${q.title}`,
      detail: `${(nl ? dutchWhen : englishWhen).format(new Date(q.intake_at))} (${q.intake_link ?? q.intake_place})`,
    }));
  }

  private async send(
    jobId: string,
    kind: string,
    people: Person[],
    questionId: string,
    side: 'requester' | 'planners' | 'both',
    text: (nl: boolean) => { title: string; detail: string },
  ): Promise<DeliveryOutcome> {
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const p of people) {
      const email = p.email.toLowerCase();
      if (seen.has(email)) continue;
      seen.add(email);
      const nl = p.language !== 'en';
      const { title, detail } = text(nl);
      const link = await this.linkFor(p, questionId, side);
      const body = nl
        ? `Beste ${p.name},\n\n${title}.${detail ? `\n\n${detail}` : ''}\n\n${this.config.publicUrl}${link}\n\nStichting Halt`
        : `Dear ${p.name},\n\n${title}.${detail ? `\n\n${detail}` : ''}\n\n${this.config.publicUrl}${link}\n\nStichting Halt`;
      const failure = await this.deliveryLog.send(jobId, kind, null, p.email, p.language, title, body, []);
      if (failure) {
        failures.push(failure);
        continue;
      }
      if (p.id) await this.notifications.notify(p.id, `${jobId}/${email}`, kind, title, link);
    }
    if (failures.length) throw new Error(failures.join('; '));
    return { outcome: 'sent', recipients: seen.size };
  }

  /** Where the person opens the question: the requester's page or the advisor's. */
  private async linkFor(p: Person, questionId: string, side: 'requester' | 'planners' | 'both'): Promise<string> {
    const rows: { role: string }[] = p.id
      ? await this.dataSource.query(`SELECT role FROM app_user WHERE id = $1`, [p.id])
      : [];
    const role = rows[0]?.role;
    if (role === 'school') return `/school/maatwerk/${questionId}`;
    if (role === 'gemeente') return `/gemeente/maatwerk/${questionId}`;
    if (role === 'vereniging') return `/vereniging/maatwerk/${questionId}`;
    if (role === 'wijkpartner') return `/wijkpartner/maatwerk/${questionId}`;
    if (role === 'planner' || role === 'admin' || side === 'planners') return `/planner/maatwerk/${questionId}`;
    return `/gemeente/maatwerk/${questionId}`;
  }

  private async planners(questionId: string): Promise<Person[]> {
    const [q] = await this.dataSource.query(
      `SELECT mu.region_id FROM maatwerk_question q JOIN municipality mu ON mu.id = q.municipality_id WHERE q.id = $1`,
      [questionId],
    );
    return q ? this.recipients.planners(q.region_id) : [];
  }

  /** The requester's active users (its school's, or its gemeente's) and the contact person given in the question. */
  private async requester(questionId: string): Promise<Person[]> {
    const users: Person[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language FROM maatwerk_question q JOIN app_user u ON u.active AND
              (CASE q.requester_kind WHEN 'school' THEN u.school_id = q.requester_id
                    WHEN 'sportvereniging' THEN u.club_id = q.requester_id
                    WHEN 'wijkpartner' THEN u.partner_id = q.requester_id
                    ELSE u.role = 'gemeente' AND u.municipality_id = q.requester_id END)
        WHERE q.id = $1 ORDER BY u.email`,
      [questionId],
    );
    const [contact] = await this.dataSource.query(
      `SELECT contact_email AS email, contact_name AS name FROM maatwerk_question WHERE id = $1`,
      [questionId],
    );
    return contact && !users.some((u) => u.email.toLowerCase() === contact.email.toLowerCase())
      ? [...users, { id: null, email: contact.email, name: contact.name, language: 'nl' }]
      : users;
  }

  /** The advisor who planned the intake last. */
  private advisor(questionId: string): Promise<Person[]> {
    return this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language FROM app_user u WHERE u.active AND u.id = (
         SELECT by_user_id FROM maatwerk_transition WHERE question_id = $1 AND event = 'plan_intake' ORDER BY at DESC LIMIT 1)`,
      [questionId],
    );
  }
}
