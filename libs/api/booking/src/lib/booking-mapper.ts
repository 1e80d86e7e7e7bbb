import type { AssignedStaffDto, BookingRequestDto, RequesterRef, SessionDto } from '@halt/contracts';
import { bookingRequestLifecycle } from '@halt/domain';
import type { AuthUser } from '@halt/api/security';
import { BookingRequest, RequestTransition, Session } from './entities';

const hhmm = (t: string) => t.slice(0, 5);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSessionDto(s: Session, staff: AssignedStaffDto[] = []): SessionDto {
  return {
    id: s.id,
    kind: s.kind,
    sequence: s.sequence,
    groupName: s.group?.name ?? null,
    status: s.status,
    durationMinutes: s.durationMinutes,
    staffNeeded: s.staffNeeded,
    requiredSkill: s.requiredSkill,
    windowFrom: s.windowFrom,
    windowTo: s.windowTo,
    proposedStart: iso(s.proposedStart),
    plannedStart: iso(s.plannedStart),
    plannedEnd: iso(s.plannedEnd),
    staff,
    pupilsReached: s.pupilsReached ?? null,
    parentPage: s.kind === 'parent_meeting' && s.parentToken ? `/ouders/${s.parentToken}` : null,
  };
}

/** Offers given per class: a school can add a class to such a request later. */
export const PER_CLASS_OFFERS: readonly string[] = ['voorlichting', 'klassendialoog', 'jongerenrechtbank'];

/** Is this user the requester itself (the school's, club's or wijkpartner's own user)? */
export function isOwnRequester(user: AuthUser, requester: Pick<RequesterRef, 'kind' | 'id'>): boolean {
  switch (requester.kind) {
    case 'school':
      return user.role === 'school' && user.schoolId === requester.id;
    case 'sportvereniging':
      return user.role === 'vereniging' && user.clubId === requester.id;
    case 'wijkpartner':
      return user.role === 'wijkpartner' && user.partnerId === requester.id;
    case 'gemeente':
      return user.role === 'gemeente' && user.municipalityId === requester.id;
  }
}

/**
 * What the user may do with the request now: for the requester itself (or an admin) `cancel`, `request_change`
 * (move a planned session) and `add_group` (per-class offers until delivered); planning actions follow.
 */
function allowedActions(r: BookingRequest, user: AuthUser): string[] {
  if (r.status === 'awaiting_approval' && (user.role === 'gemeente' || user.role === 'admin')) {
    return ['approve', 'reject'];
  }
  const mine = user.role === 'admin' || isOwnRequester(user, { kind: r.requesterKind, id: r.requesterId });
  if (!mine) return [];
  const actions: string[] = bookingRequestLifecycle
    .allowedEvents(r.status)
    .filter((e) => e === 'cancel' || e === 'request_change');
  const open = !bookingRequestLifecycle.isFinal(r.status) && r.status !== 'delivered' && r.status !== 'rejected';
  if (open && r.offer && PER_CLASS_OFFERS.includes(r.offer.type)) actions.push('add_group');
  return actions;
}

export function toRequestDto(
  r: BookingRequest,
  timeline: RequestTransition[],
  user: AuthUser,
  packageName: string | null = null,
  staffBySession: Map<string, AssignedStaffDto[]> = new Map(),
): BookingRequestDto {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    school: { id: r.requesterId, name: r.requesterName ?? '' },
    requester: { kind: r.requesterKind, id: r.requesterId, name: r.requesterName ?? '' },
    offer: { id: r.offerId, title: r.offer?.title ?? '', type: r.offer?.type ?? 'voorlichting' },
    groups: [...(r.groups ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((g) => ({ id: g.id, name: g.name, level: g.level, pupilCount: g.pupilCount })),
    windows: (r.windows ?? [])
      .filter((w) => !w.supersededAt)
      .sort((a, b) => a.position - b.position)
      .map((w) => ({
        from: w.fromDate,
        to: w.toDate,
        weekdays: w.weekdays,
        earliest: hhmm(w.earliest),
        latest: hhmm(w.latest),
      })),
    series: r.series,
    location: r.location,
    contact: { name: r.contactName, email: r.contactEmail, ...(r.contactPhone ? { phone: r.contactPhone } : {}) },
    languageNeeds: {
      interpreter: r.interpreter,
      ...(r.interpreterLanguage ? { interpreterLanguage: r.interpreterLanguage } : {}),
      onlineParentMeeting: r.onlineParentMeeting,
      interpreterArranged: r.interpreterArranged,
      meetingLink: r.meetingLink,
    },
    parentMeeting: r.parentMeeting,
    funding: r.funding,
    package:
      r.packageOrderId && r.packageCredits
        ? { id: r.packageOrderId, name: packageName ?? '', credits: r.packageCredits }
        : null,
    notes: r.notes,
    lateCancellation: r.lateCancellation,
    submittedAt: iso(r.submittedAt),
    sessions: [...(r.sessions ?? [])]
      .sort((a, b) => a.sequence - b.sequence)
      .map((x) => toSessionDto(x, staffBySession.get(x.id))),
    timeline: timeline.map((t) => ({
      at: t.at.toISOString(),
      from: t.fromState,
      to: t.toState,
      event: t.event,
      by: t.byUserId,
      reason: t.reason,
    })),
    allowedActions: allowedActions(r, user),
  };
}
