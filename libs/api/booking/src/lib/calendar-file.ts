import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Session } from './entities';

const KIND_LABEL: Record<Session['kind'], string> = {
  lesson: 'Voorlichting',
  intake: 'Intake',
  spreekuur: 'Spreekuur',
  hearing: 'Zitting Jongerenrechtbank',
  parent_meeting: 'Ouderbijeenkomst',
};

/** Stable across every change of the session, so calendars update the event instead of adding one. */
export const sessionUid = (s: Session) => `sessie-${s.id}@halt-preventieportaal`;

function title(s: Session): string {
  const offer = s.request?.offer?.title ?? KIND_LABEL[s.kind];
  const what = s.kind === 'lesson' ? offer : `${KIND_LABEL[s.kind]} – ${offer}`;
  return `Halt: ${what}${s.group ? ` (${s.group.name})` : ''}`;
}

/**
 * An iCalendar file of planned (or cancelled) sessions. SEQUENCE follows every change; a cancelled session
 * is sent with STATUS:CANCELLED, and a file of only cancellations uses METHOD:CANCEL.
 */
export function calendarFile(sessions: Session[], name: string, options: { method?: 'PUBLISH' } = {}): string {
  const withTime = sessions.flatMap((s) =>
    s.plannedStart && s.plannedEnd ? [{ s, start: s.plannedStart, end: s.plannedEnd }] : [],
  );
  const onlyCancelled = withTime.length > 0 && withTime.every(({ s }) => s.status === 'cancelled');
  const cal = ical({
    name,
    prodId: { company: 'Stichting Halt', product: 'Preventieportaal', language: 'NL' },
    timezone: 'Europe/Amsterdam',
    // A feed always publishes (its cancelled events carry STATUS:CANCELLED); a single file of a cancelled session cancels.
    method: onlyCancelled && !options.method ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  for (const { s, start, end } of withTime) {
    const r = s.request;
    const site = r?.school
      ? { name: r.school.name, street: r.school.street, postcode: r.school.postcode, place: r.school.city }
      : (r?.club ?? r?.partner ?? null);
    const online = s.kind === 'parent_meeting' ? (s.request?.meetingLink ?? null) : null;
    cal.createEvent({
      id: sessionUid(s),
      sequence: s.icsSequence,
      start,
      end,
      timezone: 'Europe/Amsterdam',
      summary: title(s),
      ...(online ? { url: online } : {}),
      location: [
        online ? `Online: ${online}` : null,
        s.request?.location,
        site ? `${site.name}, ${site.street}, ${site.postcode} ${site.place}` : null,
      ]
        .filter(Boolean)
        .join(' — '),
      description: `Aanvraag ${s.request?.reference ?? ''}. ${KIND_LABEL[s.kind]} van ${s.durationMinutes} minuten door Halt.${online ? ` Online: ${online}` : ''}`,
      status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: s.updatedAt,
    });
  }
  return cal.toString();
}
