import type { CreateBookingRequest, OfferDto, StaffMemberDto } from '@halt/contracts';
import type { TestApi } from '../../testing/test-api';

/** The test clock: Tuesday 1 September 2026, so that autumn windows lie ahead. */
export const TODAY = '2026-09-01';

export async function offerByCode(t: TestApi, auth: string, code: string): Promise<OfferDto> {
  const offers = (await t.http().get('/api/offers').set('Authorization', auth)).body.items as OfferDto[];
  const offer = offers.find((o) => o.code === code);
  if (!offer) throw new Error(`no offer ${code}`);
  return offer;
}

/** The level of a demo school's classes: the primary schools (PO) teach groep 7–8, the others here VO klas 1–2. */
export const levelOf = (email: string) =>
  /vechtoever|deesch|kempenhuis|hetij|dijkwerker/.test(email) ? 'po-7-8' : 'vo-1-2';

/** A valid request for "Online veiligheid" for two VO klas 1 classes, with two windows. */
export function onlineSafetyRequest(
  offerId: string,
  overrides: Partial<CreateBookingRequest> = {},
): CreateBookingRequest {
  return {
    offerId,
    groups: [
      { name: '1A', level: 'vo-1-2', pupilCount: 28 },
      { name: '1B', level: 'vo-1-2', pupilCount: 26 },
    ],
    windows: [
      { from: '2026-11-02', to: '2026-11-13', weekdays: [1, 2, 4], earliest: '08:30', latest: '12:30' },
      { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
    ],
    location: 'Aula, hoofdgebouw',
    contact: { name: 'J. de Boer', email: 'j.deboer@domstad.school.example', phone: '030 123 45 67' },
    languageNeeds: { interpreter: false, onlineParentMeeting: false },
    parentMeeting: false,
    funding: 'school',
    ...overrides,
  };
}

/** Weekdays 11–29 January 2027, 09:00–15:00: the one window of many planning tests. */
export const JANUARY_WINDOWS: CreateBookingRequest['windows'] = [
  { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
];

/**
 * Region midden's planning scene: its planner, the Domstad school booking "Online veiligheid" there, and the
 * region's specialists (Lotte Visser ma, di, wo, vr; Bram Jansen ma–vr; Iris Mulder di–do), `id` by name.
 */
export async function middenPlanning(t: TestApi) {
  const planner = await t.bearer('planner.midden@halt.example');
  const school = await t.bearer('contact@domstad.school.example');
  const offerId = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
  const staff = (await t.http().get('/api/staff?pageSize=50').set('Authorization', planner)).body
    .items as StaffMemberDto[];
  const id = (name: string) => staff.find((s) => s.name === name)?.id as string;
  return { planner, school, offerId, staff, id };
}
