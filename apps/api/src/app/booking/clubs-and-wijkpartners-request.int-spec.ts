import type { BookingRequestDto, CreateBookingRequest, PackageOrderDto } from '@halt/contracts';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from './request-fixtures';

const CLUB = 'contact@domstadboys.club.example'; // Voetbalvereniging Domstad Boys, Utrecht
const PARTNER = 'jongerenwerk@utrecht-oost.wijk.example';

/** Sport en Gedrag for the club: two groups of referred youths, as counts only, on two evenings a week. */
function sportEnGedrag(offerId: string, overrides: Partial<CreateBookingRequest> = {}): CreateBookingRequest {
  return {
    offerId,
    groups: [
      { level: 'vo-3-4', pupilCount: 9 },
      { level: 'mbo', pupilCount: 6 },
    ],
    windows: [{ from: '2026-11-02', to: '2026-11-27', weekdays: [2, 4], earliest: '18:30', latest: '21:00' }],
    location: 'Kantine, Sportpark Voordorp',
    contact: { name: 'R. Kramer', email: CLUB },
    languageNeeds: { interpreter: false, onlineParentMeeting: false },
    parentMeeting: false,
    funding: 'school',
    ...overrides,
  };
}

describe('requests of sportverenigingen and wijkpartners', () => {
  let t: TestApi;
  let club: string;
  let school: string;
  let gemeente: string;
  let sportOffer: string;
  let onlineSafety: string;
  const sql = (text: string, params: unknown[] = []) => t.api.app.get(DataSource).query(text, params);

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    club = await t.bearer(CLUB);
    school = await t.bearer('contact@domstad.school.example');
    gemeente = await t.bearer('beleid@utrecht.gemeente.example');
    sportOffer = (await offerByCode(t, club, 'training-sport-en-gedrag')).id;
    onlineSafety = (await offerByCode(t, school, 'voorlichting-online-veiligheid')).id;
  });
  afterAll(() => t.close());

  const submit = (body: object, auth: string) => t.http().post('/api/requests').set('Authorization', auth).send(body);

  /** An active Utrecht package holding Sport en Gedrag (2 credits a session). */
  async function utrechtPackage(budgetCredits: number): Promise<PackageOrderDto> {
    const admin = await t.bearer('beheer@halt.example');
    const made = await t
      .http()
      .post('/api/package-orders')
      .set('Authorization', gemeente)
      .send({
        name: `Sport en Gedrag ${budgetCredits}`,
        subsidyYear: 2027,
        budgetCredits,
        offers: [{ offerId: sportOffer }],
        allSchools: true,
        requiresApproval: false,
        orderDeadline: '2027-06-30',
      });
    expect(made.status).toBe(201);
    await t.http().post(`/api/package-orders/${made.body.id}/order`).set('Authorization', gemeente);
    const accepted = await t.http().post(`/api/package-orders/${made.body.id}/accept`).set('Authorization', admin);
    expect(accepted.status).toBe(200);
    return accepted.body;
  }

  it('the database allows exactly the requester column of the kind', async () => {
    const [{ id: schoolId }] = await sql(`SELECT id FROM school LIMIT 1`);
    const [{ id: clubId }] = await sql(`SELECT id FROM sports_club LIMIT 1`);
    const [{ id: offerId }] = await sql(`SELECT id FROM offer LIMIT 1`);
    const insert = (kind: string, school: string | null, clubRef: string | null) =>
      sql(
        `INSERT INTO booking_request (reference, requester_kind, school_id, club_id, offer_id, status, location,
                contact_name, contact_email, interpreter, online_parent_meeting, parent_meeting, funding)
         VALUES ('AV-TEST', $1, $2, $3, $4, 'draft', 'x', 'x', 'x@example.org', false, false, false, 'school')`,
        [kind, school, clubRef, offerId],
      );
    await expect(insert('sportvereniging', schoolId, null)).rejects.toThrow(/ck_booking_request_requester/);
    await expect(insert('sportvereniging', schoolId, clubId)).rejects.toThrow(/ck_booking_request_requester/);
    await expect(insert('school', null, null)).rejects.toThrow(/ck_booking_request_requester/);
    await expect(insert('vereniging', null, clubId)).rejects.toThrow(/ck_booking_request_requester/);
  });

  it('a club requests Sport en Gedrag from its gemeente package, stored as counts only; over budget is 409', async () => {
    const order = await utrechtPackage(6);
    const res = await submit(sportEnGedrag(sportOffer, { funding: 'package', packageOrderId: order.id }), club);
    expect(res.status).toBe(201);
    const r = res.body as BookingRequestDto;
    expect(r).toMatchObject({
      status: 'submitted',
      requester: { kind: 'sportvereniging', name: 'Voetbalvereniging Domstad Boys' },
      offer: { title: 'Sport en Gedrag' },
      package: { id: order.id, credits: 4 },
    });
    expect(r.groups.map((g) => [g.name, g.level, g.pupilCount])).toEqual([
      ['Groep 1', 'vo-3-4', 9],
      ['Groep 2', 'mbo', 6],
    ]);
    expect(r.sessions.map((s) => [s.kind, s.durationMinutes, s.requiredSkill])).toEqual([
      ['lesson', 120, 'sport-en-gedrag'],
      ['lesson', 120, 'sport-en-gedrag'],
    ]);
    const [row] = await sql(
      `SELECT requester_kind, school_id, club_id, requester_id FROM booking_request WHERE id = $1`,
      [r.id],
    );
    expect(row).toMatchObject({ requester_kind: 'sportvereniging', school_id: null });
    expect(row.requester_id).toBe(row.club_id);
    const [{ available_credits }] = await sql(`SELECT available_credits FROM package_order WHERE id = $1`, [order.id]);
    expect(available_credits).toBe(2);

    const over = await submit(sportEnGedrag(sportOffer, { funding: 'package', packageOrderId: order.id }), club);
    expect(over.status).toBe(409);
    expect(over.body.message).toMatch(/onvoldoende budget/);

    // Its list shows it as the club's, and the gemeente and the regional planner see it too.
    const list = (await t.http().get('/api/requests').set('Authorization', club)).body;
    expect(list.items.map((x: { id: string; requesterKind: string }) => [x.id, x.requesterKind])).toEqual([
      [r.id, 'sportvereniging'],
    ]);
    for (const email of ['beleid@utrecht.gemeente.example', 'planner.midden@halt.example']) {
      const auth = await t.bearer(email);
      expect((await t.http().get(`/api/requests/${r.id}`).set('Authorization', auth)).status).toBe(200);
    }
  });

  it('stores no names: a group name on a counts-only offer is refused per field', async () => {
    const res = await submit(
      sportEnGedrag(sportOffer, { groups: [{ name: 'Jan en Piet', level: 'vo-3-4', pupilCount: 2 }] }),
      club,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        field: 'groups.0.name',
        message: 'laat leeg: bij dit aanbod slaat Halt alleen het aantal deelnemers op, geen namen',
      },
    ]);
  });

  it('refuses an offer not meant for the requester kind', async () => {
    const clubAsks = await submit(
      onlineSafetyRequest(onlineSafety, { contact: { name: 'R. Kramer', email: CLUB } }),
      club,
    );
    expect(clubAsks.status).toBe(400);
    expect(clubAsks.body.errors).toEqual([
      { field: 'offerId', message: 'dit aanbod is niet bedoeld voor een sportvereniging (wel voor: school)' },
    ]);
    const schoolAsks = await submit(sportEnGedrag(sportOffer), school);
    expect(schoolAsks.status).toBe(400);
    expect(schoolAsks.body.errors[0]).toMatchObject({ field: 'offerId' });
  });

  it('keeps requesters apart: a club sees neither another club’s nor a school’s request (404)', async () => {
    const ours = (await submit(sportEnGedrag(sportOffer), club)).body as BookingRequestDto;
    const theirs = (await submit(onlineSafetyRequest(onlineSafety), school)).body as BookingRequestDto;
    expect((await t.http().get(`/api/requests/${theirs.id}`).set('Authorization', club)).status).toBe(404);
    expect((await t.http().get(`/api/requests/${ours.id}`).set('Authorization', school)).status).toBe(404);
    const partner = await t.bearer(PARTNER);
    expect((await t.http().get(`/api/requests/${ours.id}`).set('Authorization', partner)).status).toBe(404);

    // A second club in another gemeente (Amsterdam) neither sees the request nor draws on Utrecht's package.
    const [{ id: amsterdam }] = await sql(`SELECT id FROM municipality WHERE cbs_code = 'GM0363'`);
    await t.api.app.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('halt.actor_kind', 'seed', true)`);
      const [other] = await m.query(
        `INSERT INTO sports_club (name, knvb_number, street, postcode, place, municipality_id, latitude, longitude)
         VALUES ('AFC Test', 'BBAM01T', 'Veldweg 1', '1011 AA', 'Amsterdam', $1, 52.37, 4.9) RETURNING id`,
        [amsterdam],
      );
      await m.query(
        `INSERT INTO app_user (email, name, role, password_hash, club_id)
         SELECT 'contact@afctest.club.example', 'Contact AFC Test', 'vereniging', password_hash, $1
           FROM app_user WHERE email = $2`,
        [other.id, CLUB],
      );
    });
    const otherClub = await t.bearer('contact@afctest.club.example');
    expect((await t.http().get(`/api/requests/${ours.id}`).set('Authorization', otherClub)).status).toBe(404);
    const order = await utrechtPackage(10);
    const refused = await submit(
      sportEnGedrag(sportOffer, { funding: 'package', packageOrderId: order.id }),
      otherClub,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('u kunt niet uit dit pakket putten: het is van een andere gemeente');

    // Only schools, clubs and wijkpartners submit their own; a gemeente does not (403).
    const byGemeente = await submit(sportEnGedrag(sportOffer), gemeente);
    expect(byGemeente.status).toBe(403);
  });
});
