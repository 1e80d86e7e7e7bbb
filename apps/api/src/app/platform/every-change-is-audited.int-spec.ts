import type {
  BookingRequestDto,
  CreateBookingRequest,
  EvaluationFormDto,
  MySessionDto,
  NotificationsDto,
  PackageTemplateDto,
  Page,
  PlanningRunDto,
  PublicEvaluationDto,
  SignInSessionDto,
  SessionDto,
  StaffMemberDto,
} from '@halt/contracts';
import { ReminderDeliveryService } from '@halt/api/reminders';
import { passwordLinkToken } from '@halt/api/security';
import { PlanningRunsService } from '@halt/api/staffing';
import { randomUUID } from 'node:crypto';
import type { Response, Test } from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';
import { offerByCode, onlineSafetyRequest, TODAY } from '../booking/request-fixtures';
import { GAMBLING_OFFER } from '../catalogue/offer-fixtures';
import { DEMO_PASSWORD } from '../demo/demo-data';

/**
 * Every change leaves a trace: each mutating operation of the OpenAPI document (POST, PUT, PATCH, DELETE) is
 * called once, successfully, by the role that would call it in a real school year, with its own X-Request-Id —
 * and the audit trail then holds a row of that request naming the caller and a sensible entity. An operation
 * without a scenario (a new endpoint) fails the test, unless it is one of the few exemptions below, which by
 * design change no audited data; those are called too, and must have written no audit row.
 */

// ——— who calls ———

interface Caller {
  /** Whom the trail must name; null for an anonymous visitor of a public page. */
  email: string | null;
  /** Whether the call carries the caller's access token. */
  token: boolean;
}
/** A signed-in user: the call carries their access token. */
const user = (email: string): Caller => ({ email, token: true });
/** Who signs in or out: the call carries their password or refresh cookie, and the trail names them. */
const signingInOrOut = (email: string): Caller => ({ email, token: false });
/** A visitor of a public page (a parent, a pupil): nobody is named. */
const ANONYMOUS: Caller = { email: null, token: false };

const ADMIN = 'beheer@halt.example';
const GEMEENTE = 'beleid@utrecht.gemeente.example';
const SCHOOL = 'contact@domstad.school.example'; // Stadscollege Domstad, Utrecht: region midden
const PLANNER = 'planner.midden@halt.example';
const LOTTE = 'lotte.visser@halt.example';
const IRIS = 'iris.mulder@halt.example';

/** The operation itself, with the caller's token and this scenario's request id; the arguments fill `{…}`. */
type Call = (...pathParams: string[]) => Test;

interface Scenario {
  as: Caller;
  /** One successful call of the operation (after any preparation with other calls). */
  run(call: Call): Promise<Response>;
  /** What the trail must show for it: the entity, and its id where the scenario knows it. Not for exemptions. */
  trail?: { entity: string; id?: () => string; action?: string };
}

// ——— helpers ———

let t: TestApi;
const tokens = new Map<string, string>();
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  t.api.app.get(DataSource).query(text, params);
const tokenOf = (email: string) => tokens.get(email) as string;

/** A preparatory call (not the operation under test) as a signed-in user, or anonymously: it must succeed. */
async function prepare<T>(
  email: string | null,
  method: 'get' | 'post' | 'put' | 'patch',
  path: string,
  body?: object,
): Promise<T> {
  const req = email ? t.http()[method](path).set('Authorization', tokenOf(email)) : t.http()[method](path);
  const res = await (body === undefined ? req : req.send(body));
  if (res.status >= 300) throw new Error(`${method} ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

function callFor(op: string, caller: Caller, requestId: string): Call {
  const [method, template] = op.split(' ') as ['POST' | 'PUT' | 'PATCH' | 'DELETE', string];
  let called = false;
  return (...pathParams) => {
    if (called) throw new Error(`${op}: a scenario calls its operation once`);
    called = true;
    const names = template.match(/\{\w+\}/g) ?? [];
    if (pathParams.length !== names.length) throw new Error(`${op} needs ${names.join(', ') || 'no path parameters'}`);
    const path = template.replace(/\{\w+\}/g, () => encodeURIComponent(pathParams.shift() as string));
    const req = t.http()[method.toLowerCase() as 'post'](path).set('X-Request-Id', requestId);
    return caller.token && caller.email ? req.set('Authorization', tokenOf(caller.email)) : req;
  };
}

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
let endedSession = '';
let maatwerkId = '';
let maatwerkOther = '';
const MAATWERK_QUESTION = {
  title: 'Overlast rond het winkelcentrum',
  situation: 'Groepjes jongeren zorgen na school voor overlast bij het winkelcentrum.',
  levels: ['vo-1-2'],
  groupCount: 2,
  participantCount: 50,
  urgency: 'normal',
  preferredFrom: '2027-03-01',
  preferredTo: '2027-04-30',
  contact: { name: 'Sanne de Wit', email: 'jeugd@utrecht.gemeente.example' },
};
const MAATWERK_LINE = {
  kind: 'custom',
  title: 'Groepsgesprek',
  description: 'Een gesprek met de groep.',
  durationMinutes: 60,
  sessionCount: 1,
  level: 'vo-1-2',
  priceUnit: 'euro',
  price: 30000,
};
const MAATWERK_INTAKE = { startsAt: '2027-02-10T09:00:00Z', mode: 'location', place: 'Stadskantoor' };
let invitedId = '';
const RESET_EMAIL = 'contact@vechtoever.school.example';

/** The secret of a user's open one-time link, as the e-mail would carry it (derived from the token row's id). */
async function openLinkToken(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `SELECT t.id FROM password_token t JOIN app_user u ON u.id = t.user_id
      WHERE lower(u.email) = lower($1) AND t.used_at IS NULL AND t.revoked_at IS NULL`,
    [email],
  );
  return passwordLinkToken(t.api.config.jwtSecret, row.id);
}
/** A sign-in of the same user in another browser (a preparation). */
async function signInOnAnotherDevice(email: string, userAgent: string): Promise<void> {
  const res = await t
    .http()
    .post('/api/auth/login')
    .set('User-Agent', userAgent)
    .send({ email, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status}`);
}

/** The school submits a request (a preparation). */
const submit = (body: CreateBookingRequest) => prepare<BookingRequestDto>(SCHOOL, 'post', '/api/requests', body);

/** Moves the portal clock (a preparation; the clock is exempted below). */
const clock = (offsetDays: number) => prepare(ADMIN, 'put', '/api/demo/clock', { offsetDays });

const sessionOf = (r: BookingRequestDto, group: string) => r.sessions.find((s) => s.groupName === group) as SessionDto;
const refreshCookie = (res: Response) =>
  ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('halt_refresh='))
    ?.split(';')[0] as string;

/** An answer to every question of a public form: 4 on each scale, a few words where an open answer is required. */
function answersTo(form: PublicEvaluationDto['form']) {
  const scale = form.questions.filter((q) => q.kind === 'scale');
  const open = form.questions.filter((q) => q.kind === 'open' && q.required);
  return {
    formId: form.id,
    scores: Object.fromEntries(scale.map((q) => [q.key, 4])),
    ...(open.length ? { answers: Object.fromEntries(open.map((q) => [q.key, 'Duidelijk verteld'])) } : {}),
  };
}

// ——— the exemptions ———

/** Calls that by design change no audited data. Each still has a scenario, which must write no audit row. */
const EXEMPT = new Set([
  // A pupil's or parent's anonymous answer: answers are never traced (privacy); only counters move.
  'POST /api/public/evaluations/{code}',
  // The teacher's anonymous answer, likewise.
  'POST /api/public/teacher-evaluations/{token}',
  // The demo clock: development and test only, held in memory.
  'PUT /api/demo/clock',
  // Renews an existing sign-in's access token (the refresh cookie rotates); the sign-in itself is recorded.
  'POST /api/auth/refresh',
  // The queue dashboard's ticket: a short-lived signed cookie, nothing stored.
  'POST /api/admin/queue-dashboard',
  // The preview of a school import reads the file and the schools; it writes nothing (the commit does).
  'POST /api/admin/school-imports/preview',
]);

// ——— what the year builds on ———

let schoolId: string;
let onlineSafety: string;
let fireworks: string;
let staff: StaffMemberDto[];
const staffId = (name: string) => staff.find((s) => s.name === name)?.id as string;

let offerId: string;
let holidayId: string;
let newGemeenteId: string;
let mergedGemeenteId: string;
let newClubId: string;
let newPartnerId: string;
let importedSchoolId: string;
let templateId: string;
let closedDayId: string;
let bramAbsenceId: string;
let irisAbsenceId: string;
let basisTemplateId: string;
let orderId: string;
let spareOrderId: string;
let request: BookingRequestDto; // funded by the package, two classes, approved by the gemeente
let rejected: BookingRequestDto;
let withdrawn: BookingRequestDto;
let planned: BookingRequestDto; // planned by the auto-planner
let interpreted: string; // asks for a tolk, which the planner arranges
let planningRun: PlanningRunDto;
let delivered: MySessionDto;
let notificationId: string;
let userId: string;
let cookie: string;

/** A funded request of one or more classes of Stadscollege Domstad, with windows in November. */
const funded = (groups: string[]) =>
  onlineSafetyRequest(onlineSafety, {
    groups: groups.map((name) => ({ name, level: 'vo-1-2', pupilCount: 25 })),
    windows: [{ from: '2026-11-02', to: '2026-11-13', weekdays: [1, 2, 4], earliest: '08:30', latest: '12:30' }],
    funding: 'package',
    packageOrderId: orderId,
  });

const ORDER = {
  name: 'Voorlichtingen Utrecht 2026',
  subsidyYear: 2026,
  budgetCredits: 10,
  allSchools: true,
  requiresApproval: true,
  orderDeadline: '2026-12-31',
};

// ——— the scenarios, in the order of a year ———

const SCENARIOS: Record<string, Scenario> = {
  // Catalogue and calendar: Halt's admins prepare the year.
  'POST /api/offers': {
    as: user(ADMIN),
    run: async (call) => {
      const res = await call().send(GAMBLING_OFFER);
      offerId = res.body.id;
      return res;
    },
    trail: { entity: 'Offer', id: () => offerId },
  },
  'PATCH /api/offers/{id}': {
    as: user(ADMIN),
    run: (call) => call(offerId).send({ priceCredits: 2 }),
    trail: { entity: 'Offer', id: () => offerId },
  },
  'POST /api/school-holidays': {
    as: user(ADMIN),
    run: async (call) => {
      const res = await call().send({
        schoolYear: '2028-2029',
        name: 'herfstvakantie',
        region: 'noord',
        startDate: '2028-10-14',
        endDate: '2028-10-22',
      });
      holidayId = res.body.id;
      return res;
    },
    trail: { entity: 'SchoolHoliday', id: () => holidayId },
  },
  'PATCH /api/school-holidays/{id}': {
    as: user(ADMIN),
    run: (call) => call(holidayId).send({ endDate: '2028-10-23' }),
    trail: { entity: 'SchoolHoliday', id: () => holidayId },
  },
  'DELETE /api/school-holidays/{id}': {
    as: user(ADMIN),
    run: (call) => call(holidayId),
    trail: { entity: 'SchoolHoliday', id: () => holidayId },
  },
  'POST /api/package-templates': {
    as: user(ADMIN),
    run: async (call) => {
      const res = await call().send({
        code: 'online-veilig',
        name: 'Online veilig',
        description: 'Voorlichting over online veiligheid voor de onderbouw.',
        defaultCredits: 20,
        offers: [{ offerId: onlineSafety }],
      });
      templateId = res.body.id;
      return res;
    },
    trail: { entity: 'PackageTemplate', id: () => templateId },
  },
  'PATCH /api/package-templates/{id}': {
    as: user(ADMIN),
    run: (call) =>
      call(templateId).send({
        code: 'online-veilig',
        name: 'Online veilig (onderbouw)',
        description: 'Voorlichting over online veiligheid voor de onderbouw.',
        defaultCredits: 25,
        offers: [{ offerId: onlineSafety, credits: 1 }],
      }),
    trail: { entity: 'PackageTemplate', id: () => templateId },
  },
  'POST /api/evaluation-forms': {
    as: user(ADMIN),
    run: async (call) => {
      const forms = await prepare<EvaluationFormDto[]>(ADMIN, 'get', '/api/evaluation-forms?audience=parent');
      const current = forms.find((f) => f.current) as EvaluationFormDto;
      return call().send({
        audience: current.audience,
        offerType: current.offerType,
        basedOnVersion: current.version,
        title: `${current.title} (herzien)`,
        intro: current.intro,
        questions: current.questions,
      });
    },
    trail: { entity: 'EvaluationForm' },
  },
  'PUT /api/annual-targets/{year}': {
    as: user(ADMIN),
    run: (call) => call('2027').send({ pupils: 210000, haltJrbSchools: 16 }),
    trail: { entity: 'AnnualTarget', id: () => '2027' },
  },
  // The school keeps its own calendar.
  'PATCH /api/schools/{id}': {
    as: user(SCHOOL),
    run: (call) => call(schoolId).send({ dayStart: '08:15', dayEnd: '16:00' }),
    trail: { entity: 'School', id: () => schoolId },
  },
  // Halt's admins keep the organisations: regions, gemeenten, a merger, a DUO import, a holiday-region override.
  'POST /api/admin/regions': {
    as: user(ADMIN),
    run: (call) => call().send({ code: 'waddeneilanden', name: 'Waddeneilanden' }),
    trail: { entity: 'Region' },
  },
  'POST /api/municipalities': {
    as: user(ADMIN),
    run: async (call) => {
      const regions = await prepare<{ id: string; code: string }[]>(ADMIN, 'get', '/api/admin/regions');
      const regionId = regions.find((r) => r.code === 'noord')?.id;
      const merged = await prepare<{ id: string }>(ADMIN, 'post', '/api/municipalities', {
        cbsCode: 'GM1970',
        name: 'Oudgemeente',
        regionId,
        holidayRegion: 'noord',
      });
      mergedGemeenteId = merged.id;
      const res = await call().send({
        cbsCode: 'GM1966',
        name: 'Het Hogeland',
        regionId,
        holidayRegion: 'noord',
        latitude: 53.4,
        longitude: 6.6,
      });
      newGemeenteId = res.body.id;
      return res;
    },
    trail: { entity: 'Municipality', id: () => newGemeenteId },
  },
  'PATCH /api/municipalities/{id}': {
    as: user(ADMIN),
    run: (call) => call(newGemeenteId).send({ name: 'Gemeente Het Hogeland' }),
    trail: { entity: 'Municipality', id: () => newGemeenteId },
  },
  'POST /api/municipalities/{id}/retire': {
    as: user(ADMIN),
    run: (call) => call(mergedGemeenteId).send({ successorId: newGemeenteId }),
    trail: { entity: 'Municipality', id: () => mergedGemeenteId },
  },
  // Sportverenigingen and wijkpartners: requesters beyond schools.
  'POST /api/sports-clubs': {
    as: user(ADMIN),
    run: async (call) => {
      const res = await call().send({
        name: 'SV Het Wad',
        knvbNumber: 'BBWD01H',
        street: 'Sportlaan 1',
        postcode: '9981 AB',
        place: 'Uithuizen',
        municipalityId: newGemeenteId,
        latitude: 53.4,
        longitude: 6.67,
      });
      newClubId = res.body.id;
      return res;
    },
    trail: { entity: 'SportsClub', id: () => newClubId },
  },
  'PATCH /api/sports-clubs/{id}': {
    as: user(ADMIN),
    run: (call) => call(newClubId).send({ name: 'Sportvereniging Het Wad' }),
    trail: { entity: 'SportsClub', id: () => newClubId },
  },
  'POST /api/neighbourhood-partners': {
    as: user(ADMIN),
    run: async (call) => {
      const res = await call().send({
        name: 'Wijkteam Het Wad',
        kind: 'wijkteam',
        street: 'Dorpsstraat 2',
        postcode: '9981 AC',
        place: 'Uithuizen',
        municipalityId: newGemeenteId,
        latitude: 53.41,
        longitude: 6.66,
      });
      newPartnerId = res.body.id;
      return res;
    },
    trail: { entity: 'NeighbourhoodPartner', id: () => newPartnerId },
  },
  'PATCH /api/neighbourhood-partners/{id}': {
    as: user(ADMIN),
    run: (call) => call(newPartnerId).send({ kind: 'jongerenwerk' }),
    trail: { entity: 'NeighbourhoodPartner', id: () => newPartnerId },
  },
  'POST /api/admin/school-imports': {
    as: user(ADMIN),
    run: async (call) => {
      const res = await call().send({
        csv: 'BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;SOORT PRIMAIR ONDERWIJS\n79AA;00;OBS Het Wad;Dijkweg;1;9981 AA;Uithuizen;1966;Bao',
      });
      const [row] = await sql<{ id: string }>(`SELECT id FROM school WHERE brin = '79AA00'`);
      importedSchoolId = row?.id ?? '';
      return res;
    },
    trail: { entity: 'School', id: () => importedSchoolId, action: 'create' },
  },
  'POST /api/admin/school-imports/preview': {
    as: user(ADMIN),
    run: (call) =>
      call().send({
        csv: 'BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;SOORT PRIMAIR ONDERWIJS\n79AB;00;OBS De Kwelder;Dijkweg;2;9981 AB;Uithuizen;1966;Bao',
      }),
  },
  'PUT /api/schools/{id}/holiday-region': {
    as: user(ADMIN),
    run: (call) => call(importedSchoolId).send({ override: 'midden' }),
    trail: { entity: 'School', id: () => importedSchoolId },
  },
  'POST /api/schools/{id}/closed-days': {
    as: user(SCHOOL),
    run: async (call) => {
      const res = await call(schoolId).send({ date: '2027-02-03', reason: 'Studiedag' });
      closedDayId = res.body.id;
      return res;
    },
    trail: { entity: 'SchoolClosedDay', id: () => closedDayId },
  },
  'DELETE /api/schools/{id}/closed-days/{dayId}': {
    as: user(SCHOOL),
    run: (call) => call(schoolId, closedDayId),
    trail: { entity: 'SchoolClosedDay', id: () => closedDayId },
  },
  // The specialists: the planner keeps their profiles, each specialist their own availability.
  'PATCH /api/staff/{id}': {
    as: user(PLANNER),
    run: (call) => call(staffId('Lotte Visser')).send({ contractHoursPerWeek: 30 }),
    trail: { entity: 'StaffMember', id: () => staffId('Lotte Visser') },
  },
  'POST /api/staff/{id}/absences': {
    as: user(PLANNER),
    run: async (call) => {
      const res = await call(staffId('Bram Jansen')).send({ kind: 'leave', from: '2026-12-14', to: '2026-12-18' });
      bramAbsenceId = (res.body as StaffMemberDto).absences[0]?.id;
      return res;
    },
    trail: { entity: 'StaffAbsence', id: () => bramAbsenceId },
  },
  'DELETE /api/staff/{id}/absences/{absenceId}': {
    as: user(PLANNER),
    run: (call) => call(staffId('Bram Jansen'), bramAbsenceId),
    trail: { entity: 'StaffAbsence', id: () => bramAbsenceId },
  },
  'PUT /api/staff/me/availability': {
    as: user(IRIS),
    run: (call) =>
      call().send({
        workingPattern: {
          '2': [{ start: '08:30', end: '17:00' }],
          '3': [{ start: '08:30', end: '17:00' }],
          '4': [{ start: '08:30', end: '17:00' }],
        },
        preferredWeekdays: [3],
      }),
    trail: { entity: 'StaffMember', id: () => staffId('Iris Mulder') },
  },
  'POST /api/staff/me/absences': {
    as: user(IRIS),
    run: async (call) => {
      const res = await call().send({ kind: 'training', from: '2026-11-04', to: '2026-11-04' });
      irisAbsenceId = (res.body as StaffMemberDto).absences[0]?.id;
      return res;
    },
    trail: { entity: 'StaffAbsence', id: () => irisAbsenceId },
  },
  'DELETE /api/staff/me/absences/{absenceId}': {
    as: user(IRIS),
    run: (call) => call(irisAbsenceId),
    trail: { entity: 'StaffAbsence', id: () => irisAbsenceId },
  },

  // A gemeente's package: ordered, sent back, ordered again, accepted, topped up.
  'POST /api/package-orders': {
    as: user(GEMEENTE),
    run: async (call) => {
      const templates = await prepare<PackageTemplateDto[]>(GEMEENTE, 'get', '/api/package-templates');
      basisTemplateId = (templates.find((x) => x.code === 'basispakket-voorlichtingen') as PackageTemplateDto).id;
      const res = await call().send({ ...ORDER, templateId: basisTemplateId });
      orderId = res.body.id;
      return res;
    },
    trail: { entity: 'PackageOrder', id: () => orderId },
  },
  'PATCH /api/package-orders/{id}': {
    as: user(GEMEENTE),
    run: (call) => call(orderId).send({ ...ORDER, templateId: basisTemplateId, notes: 'Voor alle VO-scholen' }),
    trail: { entity: 'PackageOrder', id: () => orderId },
  },
  'POST /api/package-orders/{id}/order': {
    as: user(GEMEENTE),
    run: (call) => call(orderId),
    trail: { entity: 'PackageOrder', id: () => orderId },
  },
  'POST /api/package-orders/{id}/return': {
    as: user(ADMIN),
    run: (call) => call(orderId).send({ reason: 'Graag de deadline afstemmen met Halt' }),
    trail: { entity: 'PackageOrder', id: () => orderId },
  },
  'POST /api/package-orders/{id}/accept': {
    as: user(ADMIN),
    run: async (call) => {
      await prepare(GEMEENTE, 'post', `/api/package-orders/${orderId}/order`);
      return call(orderId);
    },
    trail: { entity: 'PackageOrder', id: () => orderId },
  },
  'POST /api/package-orders/{id}/amendments': {
    as: user(GEMEENTE),
    run: (call) => call(orderId).send({ delta: 5, reason: 'Extra subsidie' }),
    trail: { entity: 'LedgerEntry' },
  },
  'POST /api/package-orders/{id}/cancel': {
    as: user(GEMEENTE),
    run: async (call) => {
      const spare = await prepare<{ id: string }>(GEMEENTE, 'post', '/api/package-orders', {
        ...ORDER,
        name: 'Tweede pakket',
        offers: [{ offerId: onlineSafety }],
      });
      spareOrderId = spare.id;
      return call(spare.id).send({ reason: 'Dubbel aangemaakt' });
    },
    trail: { entity: 'PackageOrder', id: () => spareOrderId },
  },

  // The school's requests: submitted, approved or rejected by the gemeente, changed, withdrawn.
  'POST /api/requests': {
    as: user(SCHOOL),
    run: async (call) => {
      const res = await call()
        .set('Idempotency-Key', randomUUID())
        .send(funded(['1A', '1B']));
      request = res.body;
      return res;
    },
    trail: { entity: 'BookingRequest', id: () => request.id },
  },
  'POST /api/requests/{id}/approve': {
    as: user(GEMEENTE),
    run: (call) => call(request.id),
    trail: { entity: 'BookingRequest', id: () => request.id },
  },
  'POST /api/requests/{id}/reject': {
    as: user(GEMEENTE),
    run: async (call) => {
      rejected = await submit(funded(['2C']));
      return call(rejected.id).send({ reason: 'Valt buiten het beleid' });
    },
    trail: { entity: 'BookingRequest', id: () => rejected.id },
  },
  'POST /api/requests/{id}/groups': {
    as: user(SCHOOL),
    run: async (call) => {
      const res = await call(request.id).send({ name: '1C', level: 'vo-1-2', pupilCount: 22 });
      request = res.body;
      return res;
    },
    trail: { entity: 'BookingGroup', id: () => request.groups.find((g) => g.name === '1C')?.id as string },
  },
  'POST /api/requests/{id}/sessions/{sessionId}/cancel': {
    as: user(SCHOOL),
    run: (call) => call(request.id, sessionOf(request, '1C').id).send({ reason: 'Klas 1C gaat op excursie' }),
    trail: { entity: 'Session', id: () => sessionOf(request, '1C').id },
  },
  'POST /api/requests/{id}/cancel': {
    as: user(SCHOOL),
    run: async (call) => {
      withdrawn = await submit(
        onlineSafetyRequest(fireworks, { groups: [{ name: '3A', level: 'vo-1-2', pupilCount: 27 }] }),
      );
      return call(withdrawn.id).send({ reason: 'Toetsweek verschoven' });
    },
    trail: { entity: 'BookingRequest', id: () => withdrawn.id },
  },
  'POST /api/schools/{id}/calendar-feed': {
    as: user(SCHOOL),
    run: (call) => call(schoolId),
    trail: { entity: 'CalendarFeed' },
  },
  'DELETE /api/schools/{id}/calendar-feed': {
    as: user(SCHOOL),
    run: (call) => call(schoolId),
    trail: { entity: 'CalendarFeed' },
  },
  'POST /api/staff/me/calendar-feed': {
    as: user(IRIS),
    run: (call) => call(),
    trail: { entity: 'CalendarFeed', action: 'create' },
  },
  'DELETE /api/staff/me/calendar-feed': {
    as: user(IRIS),
    run: (call) => call(),
    trail: { entity: 'CalendarFeed', action: 'update' },
  },

  // Planning: by hand for November, by the auto-planner for January.
  'PATCH /api/sessions/{id}/plan': {
    as: user(PLANNER),
    run: (call) => call(sessionOf(request, '1A').id).send({ date: '2026-11-03', time: '09:00' }),
    trail: { entity: 'Session', id: () => sessionOf(request, '1A').id },
  },
  'PUT /api/sessions/{id}/staff': {
    as: user(PLANNER),
    run: (call) => call(sessionOf(request, '1A').id).send({ staffIds: [staffId('Lotte Visser')] }),
    trail: { entity: 'SessionAssignment' },
  },
  'DELETE /api/sessions/{id}/staff': {
    as: user(PLANNER),
    run: async (call) => {
      const id = sessionOf(request, '1B').id;
      await prepare(PLANNER, 'patch', `/api/sessions/${id}/plan`, { date: '2026-11-05', time: '09:00' });
      await prepare(PLANNER, 'put', `/api/sessions/${id}/staff`, { staffIds: [staffId('Bram Jansen')] });
      return call(id); // Bram is needed elsewhere after all
    },
    trail: { entity: 'SessionAssignment' },
  },
  'POST /api/planning-runs': {
    as: user(PLANNER),
    run: async (call) => {
      planned = await submit(
        onlineSafetyRequest(onlineSafety, {
          groups: [
            { name: '2A', level: 'vo-1-2', pupilCount: 26 },
            { name: '2B', level: 'vo-1-2', pupilCount: 24 },
          ],
          windows: [
            { from: '2027-01-11', to: '2027-01-29', weekdays: [1, 2, 3, 4, 5], earliest: '09:00', latest: '15:00' },
          ],
        }),
      );
      const regionId = staff[0].regions.find((r) => r.name === 'Midden-Nederland')?.id as string;
      const res = await call().send({ regionId, from: '2027-01-11', to: '2027-01-29', seed: 7, timeLimitSeconds: 1 });
      planningRun = res.body;
      return res;
    },
    trail: { entity: 'PlanningRun', id: () => planningRun.id },
  },
  'POST /api/planning-runs/{id}/apply': {
    as: user(PLANNER),
    run: async (call) => {
      await t.api.app.get(PlanningRunsService).execute(planningRun.id); // what the planning worker does
      return call(planningRun.id);
    },
    trail: { entity: 'PlanningRun', id: () => planningRun.id },
  },
  'PATCH /api/requests/{id}/language-needs': {
    as: user(PLANNER),
    run: async (call) => {
      const needsTolk = await prepare<BookingRequestDto>(
        SCHOOL,
        'post',
        '/api/requests',
        onlineSafetyRequest(onlineSafety, {
          groups: [{ name: '4T', level: 'vo-1-2', pupilCount: 20 }],
          languageNeeds: { interpreter: true, interpreterLanguage: 'Turks', onlineParentMeeting: false },
        }),
      );
      interpreted = needsTolk.id;
      return call(needsTolk.id).send({ interpreterArranged: true });
    },
    trail: { entity: 'BookingRequest', id: () => interpreted, action: 'update' },
  },
  'POST /api/requests/{id}/move': {
    as: user(SCHOOL),
    run: (call) =>
      call(planned.id).send({
        sessionId: planned.sessions[0].id,
        windows: [{ from: '2027-02-01', to: '2027-02-05', weekdays: [1, 2, 3], earliest: '08:30', latest: '12:00' }],
        reason: 'Sportdag op die dag',
      }),
    trail: { entity: 'BookingRequest', id: () => planned.id },
  },

  // Delivery and evaluation: the lessons took place, the pupils and the teacher answer, the year is closed.
  'PUT /api/demo/clock': {
    as: user(ADMIN),
    run: (call) => call().send({ offsetDays: 70 }), // 10 November 2026
  },
  'POST /api/sessions/{id}/report': {
    as: user(LOTTE),
    run: async (call) => {
      const res = await call(sessionOf(request, '1A').id).send({ outcome: 'delivered', pupilsReached: 24 });
      delivered = res.body;
      return res;
    },
    trail: { entity: 'Session', id: () => sessionOf(request, '1A').id },
  },
  'POST /api/sessions/{id}/deliver': {
    as: user(PLANNER),
    run: (call) => call(sessionOf(request, '1B').id).send({ pupilsReached: 23 }),
    trail: { entity: 'Session', id: () => sessionOf(request, '1B').id },
  },
  'POST /api/public/evaluations/{code}': {
    as: ANONYMOUS,
    run: async (call) => {
      const code = delivered.evaluation?.classCode as string;
      const view = await prepare<PublicEvaluationDto>(null, 'get', `/api/public/evaluations/${code}`);
      return call(code).send(answersTo(view.form));
    },
  },
  'POST /api/public/teacher-evaluations/{token}': {
    as: ANONYMOUS,
    run: async (call) => {
      const token = delivered.evaluation?.teacherUrl.split('/').pop() as string;
      const view = await prepare<PublicEvaluationDto>(null, 'get', `/api/public/teacher-evaluations/${token}`);
      return call(token).send(answersTo(view.form));
    },
  },
  'POST /api/package-orders/{id}/close': {
    as: user(ADMIN),
    run: (call) => call(orderId).send({ reason: 'Alle sessies van dit pakket zijn gegeven' }),
    trail: { entity: 'PackageOrder', id: () => orderId },
  },

  // Reminders: the rules, a parent's address for a parent meeting, the bell.
  'PUT /api/reminder-rules/{kind}': {
    as: user(ADMIN),
    run: (call) => call('school_before_2d').send({ offsetAmount: 3, sendTime: '08:30', enabled: true }),
    trail: { entity: 'ReminderRule', id: () => 'school_before_2d' },
  },
  'POST /api/public/parent-meetings/{token}/registrations': {
    as: ANONYMOUS,
    run: async (call) => {
      const meeting = await submit(
        onlineSafetyRequest(onlineSafety, {
          groups: [{ name: '1D', level: 'vo-1-2', pupilCount: 25 }],
          windows: [
            { from: '2027-02-01', to: '2027-02-12', weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
          ],
          parentMeeting: true,
        }),
      );
      const page = meeting.sessions.find((s) => s.kind === 'parent_meeting')?.parentPage as string;
      return call(page.split('/').pop() as string).send({ email: 'ouder@example.nl', consent: true });
    },
    trail: { entity: 'ParentRegistration' },
  },
  'POST /api/notifications/{id}/read': {
    as: user(PLANNER),
    run: async (call) => {
      await t.api.app.get(ReminderDeliveryService).dailyDigest(); // the 07:30 job: a notification for the planner
      const bell = await prepare<NotificationsDto>(PLANNER, 'get', '/api/notifications');
      notificationId = bell.items.find((n) => !n.read)?.id as string;
      return call(notificationId);
    },
    trail: { entity: 'Notification', id: () => notificationId },
  },
  'POST /api/notifications/read': {
    as: user(PLANNER),
    run: async (call) => {
      await clock(71); // the next working day's digest
      await t.api.app.get(ReminderDeliveryService).dailyDigest();
      return call();
    },
    trail: { entity: 'Notification' },
  },

  // Identity: a user's language, a sign-in on another device, its refresh and its sign-out.
  'PATCH /api/auth/me': {
    as: user(SCHOOL),
    run: (call) => call().send({ language: 'en' }),
    trail: { entity: 'User', id: () => userId },
  },
  'POST /api/auth/login': {
    as: signingInOrOut(PLANNER),
    run: async (call) => {
      const res = await call().send({ email: PLANNER, password: DEMO_PASSWORD });
      cookie = refreshCookie(res);
      return res;
    },
    trail: { entity: 'User', action: 'sign_in' },
  },
  'POST /api/auth/refresh': {
    as: signingInOrOut(PLANNER),
    run: async (call) => {
      const res = await call().set('Cookie', cookie);
      cookie = refreshCookie(res);
      return res;
    },
  },
  'POST /api/auth/logout': {
    as: signingInOrOut(PLANNER),
    run: (call) => call().set('Cookie', cookie),
    trail: { entity: 'User', action: 'sign_out' },
  },
  // A user ends a session on another device (their account page), or all others at once.
  'DELETE /api/auth/sessions/{id}': {
    as: user(IRIS),
    run: async (call) => {
      await signInOnAnotherDevice(IRIS, FIREFOX_LINUX);
      const sessions = await prepare<SignInSessionDto[]>(IRIS, 'get', '/api/auth/sessions');
      endedSession = (sessions.find((s) => s.device === 'Firefox op Linux' && !s.current) as SignInSessionDto).id;
      return call(endedSession);
    },
    trail: { entity: 'AuthSession', id: () => endedSession, action: 'session_ended' },
  },
  'POST /api/auth/sessions/end-others': {
    as: user(IRIS),
    run: async (call) => {
      await signInOnAnotherDevice(IRIS, FIREFOX_LINUX);
      return call();
    },
    trail: { entity: 'AuthSession', action: 'session_ended' },
  },
  'POST /api/admin/queue-dashboard': {
    as: user(ADMIN),
    run: (call) => call(),
  },

  // Accounts: the main contact of a school invites a colleague; an admin sends it again, marks, deactivates,
  // reactivates and erases them; someone asks for a reset, and sets the password with the link.
  'POST /api/users': {
    as: user(SCHOOL),
    run: async (call) => {
      const res = await call().send({
        email: 'collega@domstad.school.example',
        name: 'Collega Domstad',
        role: 'school',
      });
      invitedId = res.body.id;
      return res;
    },
    trail: { entity: 'User', id: () => invitedId, action: 'create' },
  },
  'POST /api/users/{id}/invitation': {
    as: user(ADMIN),
    run: (call) => call(invitedId),
    trail: { entity: 'PasswordToken', action: 'create' },
  },
  'PATCH /api/users/{id}': {
    as: user(ADMIN),
    run: (call) => call(invitedId).send({ mainContact: true }),
    trail: { entity: 'User', id: () => invitedId, action: 'update' },
  },
  'POST /api/users/{id}/deactivate': {
    as: user(ADMIN),
    run: (call) => call(invitedId),
    trail: { entity: 'User', id: () => invitedId, action: 'update' },
  },
  'POST /api/users/{id}/reactivate': {
    as: user(ADMIN),
    run: (call) => call(invitedId),
    trail: { entity: 'User', id: () => invitedId, action: 'update' },
  },
  // Erasure on request: the colleague's name and address become a pseudonym everywhere (AVG art. 17).
  'POST /api/users/{id}/erasure': {
    as: user(ADMIN),
    run: (call) => call(invitedId),
    trail: { entity: 'User', id: () => invitedId, action: 'person_erased' },
  },
  // Maatwerk: a gemeente asks, Halt plans the intake and proposes, the gemeente decides.
  'POST /api/maatwerk-questions': {
    as: user(GEMEENTE),
    run: async (call) => {
      const res = await call().send(MAATWERK_QUESTION);
      maatwerkId = res.body.id;
      maatwerkOther = (await prepare<{ id: string }>(GEMEENTE, 'post', '/api/maatwerk-questions', MAATWERK_QUESTION))
        .id;
      return res;
    },
    trail: { entity: 'MaatwerkQuestion', id: () => maatwerkId, action: 'create' },
  },
  'POST /api/maatwerk-questions/{id}/intake': {
    as: user(PLANNER),
    run: (call) => call(maatwerkId).send(MAATWERK_INTAKE),
    trail: { entity: 'MaatwerkQuestion', id: () => maatwerkId, action: 'update' },
  },
  'POST /api/maatwerk-questions/{id}/proposal': {
    as: user(PLANNER),
    run: (call) => call(maatwerkId).send({ lines: [MAATWERK_LINE] }),
    trail: { entity: 'MaatwerkQuestion', id: () => maatwerkId, action: 'update' },
  },
  'POST /api/maatwerk-questions/{id}/accept': {
    as: user(GEMEENTE),
    run: (call) => call(maatwerkId).send({}),
    trail: { entity: 'MaatwerkQuestion', id: () => maatwerkId, action: 'update' },
  },
  'POST /api/maatwerk-questions/{id}/decline': {
    as: user(GEMEENTE),
    run: async (call) => {
      await prepare(PLANNER, 'post', `/api/maatwerk-questions/${maatwerkOther}/intake`, MAATWERK_INTAKE);
      await prepare(PLANNER, 'post', `/api/maatwerk-questions/${maatwerkOther}/proposal`, { lines: [MAATWERK_LINE] });
      return call(maatwerkOther).send({ reason: 'Te duur' });
    },
    trail: { entity: 'MaatwerkQuestion', id: () => maatwerkOther, action: 'update' },
  },
  'POST /api/maatwerk-questions/{id}/withdraw': {
    as: user(GEMEENTE),
    run: async (call) => {
      const q = await prepare<{ id: string }>(GEMEENTE, 'post', '/api/maatwerk-questions', MAATWERK_QUESTION);
      maatwerkOther = q.id;
      return call(q.id).send({});
    },
    trail: { entity: 'MaatwerkQuestion', id: () => maatwerkOther, action: 'update' },
  },
  'POST /api/auth/password-reset': {
    as: ANONYMOUS,
    run: (call) => call().send({ email: RESET_EMAIL }),
    trail: { entity: 'PasswordToken', action: 'create' },
  },
  'POST /api/auth/set-password': {
    as: signingInOrOut(RESET_EMAIL),
    run: async (call) =>
      call().send({ token: await openLinkToken(RESET_EMAIL), password: 'een nieuw lang wachtwoord' }),
    trail: { entity: 'User', action: 'update' },
  },
};

// ——— the test ———

describe('every change is audited', () => {
  let operations: string[];
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApi({ CLOCK_TODAY: TODAY });
    const doc = (await t.http().get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const emails = new Set(Object.values(SCENARIOS).flatMap((s) => (s.as.token && s.as.email ? [s.as.email] : [])));
    for (const email of emails) tokens.set(email, await t.bearer(email));
    const school = await t.login(SCHOOL);
    schoolId = school.user.organisation.id as string;
    userId = school.user.id;
    onlineSafety = (await offerByCode(t, tokenOf(SCHOOL), 'voorlichting-online-veiligheid')).id;
    fireworks = (await offerByCode(t, tokenOf(SCHOOL), 'voorlichting-vuurwerk')).id;
    staff = (await prepare<Page<StaffMemberDto>>(PLANNER, 'get', '/api/staff')).items;
  });
  afterAll(() => t.close());

  it('has a scenario for every mutating operation of the OpenAPI document, and none for one that is gone', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect({
      withoutScenario: operations.filter((op) => !(op in SCENARIOS) && !EXEMPT.has(op)),
      noLongerInTheDocument: [...Object.keys(SCENARIOS), ...EXEMPT].filter((op) => !operations.includes(op)),
      exemptButNeverCalled: [...EXEMPT].filter((op) => !(op in SCENARIOS)),
    }).toEqual({ withoutScenario: [], noLongerInTheDocument: [], exemptButNeverCalled: [] });
  });

  it.each(Object.entries(SCENARIOS))('%s', async (op, scenario) => {
    const requestId = `audit-${String(++sequence).padStart(2, '0')}-${randomUUID().slice(0, 8)}`;
    const res = await scenario.run(callFor(op, scenario.as, requestId));
    expect(`${res.status} ${res.status < 300 ? '' : JSON.stringify(res.body)}`).toMatch(/^2\d\d /);
    expect(res.headers['x-request-id']).toBe(requestId);

    const rows = await sql<{ actor_kind: string; actor_email: string | null; entity: string; entity_id: string }>(
      `SELECT actor_kind, actor_email, action, entity, entity_id FROM audit_event WHERE request_id = $1 ORDER BY id`,
      [requestId],
    );
    if (EXEMPT.has(op)) {
      expect(rows).toEqual([]);
      return;
    }
    expect(scenario.trail).toBeDefined();
    const { entity, id, action } = scenario.trail as NonNullable<Scenario['trail']>;
    const actor = scenario.as.email
      ? { actor_kind: 'user', actor_email: scenario.as.email }
      : { actor_kind: 'anonymous', actor_email: null };
    expect(rows).toContainEqual(
      expect.objectContaining({ ...actor, entity, ...(id && { entity_id: id() }), ...(action && { action }) }),
    );
    // Nobody else acted in this request.
    expect(rows.filter((r) => r.actor_kind !== actor.actor_kind || r.actor_email !== actor.actor_email)).toEqual([]);
  });
});
