import type { SessionReminderKind } from '@halt/domain';

/** What a reminder e-mail is about: ids resolved to what the recipient needs, nothing about pupils. */
export interface ReminderContext {
  kind: SessionReminderKind;
  language: 'nl' | 'en';
  recipientName: string | null;
  offerTitle: string;
  schoolName: string;
  reference: string;
  groupName: string | null;
  location: string;
  /** Local date and time, e.g. "dinsdag 15 september 2026 om 09:00". */
  when: string;
  contactName: string;
  contactPhone: string | null;
  staffNames: string[];
  travelMinutes: number | null;
  link: string;
  /** The language an interpreter is needed for, and whether the planner arranged one ("tolk geregeld"). */
  interpreter?: { language: string; arranged: boolean } | null;
  /** The link of an online parent meeting. */
  meetingLink?: string | null;
  /** For the evaluation request: the class code for pupils (or parents) and the teacher's own link. */
  evaluation?: { classCode: string; classCodeUrl: string; teacherUrl: string; audience: 'pupil' | 'parent' };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Short text for the in-app notification. */
  title: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The reminder e-mails, in Dutch (English when the recipient chose it), plain text and HTML. */
export function renderReminder(c: ReminderContext): RenderedMail {
  const nl = c.language !== 'en';
  const what = c.groupName ? `${c.offerTitle} (${c.groupName})` : c.offerTitle;
  const hello = c.recipientName
    ? nl
      ? `Beste ${c.recipientName},`
      : `Dear ${c.recipientName},`
    : nl
      ? 'Beste,'
      : 'Hello,';
  let subject: string;
  let lines: string[];
  switch (c.kind) {
    case 'school_before_14d':
    case 'school_before_2d': {
      const soon = c.kind === 'school_before_2d';
      subject = nl
        ? `${soon ? 'Overmorgen' : 'Over twee weken'}: Halt-${what} op ${c.schoolName}`
        : `${soon ? 'In two days' : 'In two weeks'}: Halt ${what} at ${c.schoolName}`;
      lines = nl
        ? [
            `Op ${c.when} komt Halt voor ${what} (aanvraag ${c.reference}).`,
            `Locatie: ${c.location}.`,
            c.meetingLink ? `Online: ${c.meetingLink}` : '',
            c.staffNames.length ? `Van Halt komt: ${c.staffNames.join(' en ')}.` : '',
            'Het agenda-bestand zit in de bijlage. Kan het niet doorgaan? Geef het zo snel mogelijk door via het portaal.',
          ]
        : [
            `On ${c.when} Halt comes for ${what} (request ${c.reference}).`,
            `Location: ${c.location}.`,
            c.meetingLink ? `Online: ${c.meetingLink}` : '',
            c.staffNames.length ? `From Halt: ${c.staffNames.join(' and ')}.` : '',
            'The calendar file is attached. If it cannot go ahead, let us know through the portal as soon as possible.',
          ];
      break;
    }
    case 'staff_day_before':
      subject = nl ? `Morgen: ${what} op ${c.schoolName}` : `Tomorrow: ${what} at ${c.schoolName}`;
      lines = nl
        ? [
            `Je geeft ${c.when} ${what} op ${c.schoolName} (aanvraag ${c.reference}).`,
            `Adres en lokaal: ${c.location}.`,
            `Contactpersoon van de school: ${c.contactName}${c.contactPhone ? `, ${c.contactPhone}` : ''}.`,
            c.travelMinutes !== null ? `Geschatte reistijd vanaf huis: ${c.travelMinutes} minuten.` : '',
            c.interpreter
              ? c.interpreter.arranged
                ? `Tolk: ${c.interpreter.language}. De planner heeft een tolk geregeld.`
                : `Taal: de school vroeg om ${c.interpreter.language}; je bent ingepland omdat je die taal spreekt.`
              : '',
            c.meetingLink ? `Online: ${c.meetingLink}` : '',
          ]
        : [
            `You give ${what} at ${c.schoolName} on ${c.when} (request ${c.reference}).`,
            `Address and room: ${c.location}.`,
            `School contact: ${c.contactName}${c.contactPhone ? `, ${c.contactPhone}` : ''}.`,
            c.travelMinutes !== null ? `Estimated travel from home: ${c.travelMinutes} minutes.` : '',
            c.interpreter
              ? c.interpreter.arranged
                ? `Interpreter: ${c.interpreter.language}. The planner arranged an interpreter.`
                : `Language: the school asked for ${c.interpreter.language}; you are planned because you speak it.`
              : '',
            c.meetingLink ? `Online: ${c.meetingLink}` : '',
          ];
      break;
    case 'parent_meeting_invite_7d':
      subject = nl ? `Uitnodiging ouderbijeenkomst: ${c.when}` : `Invitation parent meeting: ${c.when}`;
      lines = nl
        ? [
            `Op ${c.when} is de ouderbijeenkomst van Halt op ${c.schoolName} (${c.location}).`,
            c.meetingLink ? `De bijeenkomst is online: ${c.meetingLink}` : '',
            'U kunt deze uitnodiging doorsturen aan ouders. Ouders die een herinnering willen, laten hun e-mailadres achter via:',
            c.link,
          ]
        : [
            `On ${c.when} Halt holds the parent meeting at ${c.schoolName} (${c.location}).`,
            c.meetingLink ? `The meeting is online: ${c.meetingLink}` : '',
            'You may forward this invitation to parents. Parents who want a reminder can leave their e-mail address at:',
            c.link,
          ];
      break;
    case 'evaluation_day_after': {
      subject = nl ? `Hoe was ${what}? Uw mening in twee minuten` : `How was ${what}? Two minutes of feedback`;
      const e = c.evaluation;
      const code = e ? `${e.classCode.slice(0, 4)} ${e.classCode.slice(4)}` : '';
      const parents = e?.audience === 'parent';
      lines = nl
        ? [
            `Gisteren gaf Halt ${what} op ${c.schoolName} (aanvraag ${c.reference}).`,
            e
              ? `Wilt u in twee minuten laten weten wat het de klas bracht? Uw vragenlijst: ${e.teacherUrl}`
              : 'Wilt u in twee minuten laten weten wat het de klas bracht? Via het portaal vindt u de vragenlijst:',
            e
              ? `${parents ? 'Ouders' : 'De leerlingen'} vullen anoniem in met klascode ${code} op ${e.classCodeUrl}`
              : '',
            c.link,
          ]
        : [
            `Yesterday Halt gave ${what} at ${c.schoolName} (request ${c.reference}).`,
            e
              ? `Would you take two minutes to tell us what it brought the class? Your questionnaire: ${e.teacherUrl}`
              : 'Would you take two minutes to tell us what it brought the class? The portal has the questionnaire:',
            e
              ? `${parents ? 'Parents' : 'Pupils'} answer anonymously with class code ${code} at ${e.classCodeUrl}`
              : '',
            c.link,
          ];
      break;
    }
    case 'planner_staff_lost':
      subject = nl ? `Geen medewerker meer: ${what} op ${c.when}` : `No staff any more: ${what} on ${c.when}`;
      lines = nl
        ? [`Sessie ${what} op ${c.schoolName} (${c.reference}) op ${c.when} heeft geen medewerker meer.`, c.link]
        : [`Session ${what} at ${c.schoolName} (${c.reference}) on ${c.when} has no staff any more.`, c.link];
      break;
  }
  const body = lines.filter(Boolean);
  const signature = nl ? 'Met vriendelijke groet,\nStichting Halt' : 'Kind regards,\nStichting Halt';
  const text = [hello, '', ...body, '', signature].join('\n');
  const html = `<p>${escape(hello)}</p>${body.map((l) => `<p>${escape(l)}</p>`).join('')}<p>${escape(signature).replace('\n', '<br>')}</p>`;
  return { subject, text, html, title: subject };
}
