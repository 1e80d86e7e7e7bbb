import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

const GEMEENTE = 'beleid@utrecht.gemeente.example';
const SCHOOL = 'contact@domstad.school.example';
const STAFF = 'lotte.visser@halt.example';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Answers one 1–5 question of the evaluation form by its text. */
async function score(page: Page, question: string, value: number): Promise<void> {
  await page
    .getByRole('group', { name: new RegExp(question) })
    .getByRole('radio', { name: new RegExp(`^${value}\\b`) })
    .check();
}

test('a specialist reports a lesson delivered to 27 pupils; a pupil answers with the class code at 320 px; the teacher answers through the link; the Halt and gemeente dashboards show it, with CSV', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const orderName = `Evaluaties e2e ${Date.now()}`;

  // Set-up through the API: a funded request of Stadscollege Domstad, planned and assigned to Lotte Visser.
  const gemeente = await authHeader(request, GEMEENTE);
  const admin = await authHeader(request, 'beheer@halt.example');
  const planner = await authHeader(request, 'planner.midden@halt.example');
  const school = await authHeader(request, SCHOOL);
  const template = (await (await request.get('/api/package-templates', { headers: gemeente })).json()).find(
    (x: { code: string }) => x.code === 'basispakket-voorlichtingen',
  );
  const now = new Date();
  const order = await request.post('/api/package-orders', {
    headers: gemeente,
    data: {
      templateId: template.id,
      name: orderName,
      subsidyYear: now.getUTCFullYear() + 1,
      budgetCredits: 5,
      allSchools: true,
      requiresApproval: false,
      orderDeadline: `${now.getUTCFullYear() + 1}-12-31`,
    },
  });
  expect(order.status(), await order.text()).toBe(201);
  const orderId = (await order.json()).id;
  expect((await request.post(`/api/package-orders/${orderId}/order`, { headers: gemeente })).status()).toBe(200);
  expect((await request.post(`/api/package-orders/${orderId}/accept`, { headers: admin })).status()).toBe(200);
  const { items: offers } = await (await request.get('/api/offers', { headers: school })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  const from = addDays(now, 40);
  const to = addDays(from, 42);
  const submitted = await request.post('/api/requests', {
    headers: { ...school, 'Idempotency-Key': `evaluations-e2e-${Date.now()}` },
    data: {
      offerId: offer.id,
      groups: [{ name: '3E', level: 'vo-1-2', pupilCount: 28 }],
      windows: [{ from: isoDate(from), to: isoDate(to), weekdays: [2, 3], earliest: '08:30', latest: '16:00' }],
      location: 'Lokaal 2.04',
      contact: { name: 'M. Bakker', email: 'm.bakker@domstad.school.example' },
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: false,
      funding: 'package',
      packageOrderId: orderId,
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const created = await submitted.json();
  const sessionId = created.sessions[0].id as string;
  const calendar = await (
    await request.get(`/api/schools/${created.school.id}/calendar?from=${isoDate(from)}&to=${isoDate(to)}`, {
      headers: school,
    })
  ).json();
  const { items: staff } = await (await request.get('/api/staff', { headers: planner })).json();
  const lotte = staff.find((s: { name: string }) => s.name === 'Lotte Visser').id;
  // The first Tuesday or Wednesday school day on which Lotte is free at 13:00.
  let day = '';
  for (const d of calendar.days.filter((x: { schoolDay: boolean; date: string }) => x.schoolDay)) {
    const weekday = new Date(`${d.date}T12:00:00Z`).getUTCDay();
    if (weekday !== 2 && weekday !== 3) continue;
    const planned = await request.patch(`/api/sessions/${sessionId}/plan`, {
      headers: planner,
      data: { date: d.date, time: '13:00' },
    });
    expect(planned.status(), await planned.text()).toBe(200);
    const assigned = await request.put(`/api/sessions/${sessionId}/staff`, {
      headers: planner,
      data: { staffIds: [lotte] },
    });
    if (assigned.status() === 200) {
      day = d.date;
      break;
    }
  }
  expect(day, 'a day on which Lotte Visser can give the lesson').not.toBe('');

  // Time passes (the demo clock, outside production): the lesson took place yesterday.
  const ahead = Math.ceil((Date.parse(`${day}T12:00:00Z`) - Date.now()) / 86_400_000) + 1;
  expect((await request.put('/api/demo/clock', { headers: admin, data: { offsetDays: ahead } })).status()).toBe(200);
  try {
    // 1. The specialist reports it: delivered, 27 pupils. The class code and its QR code appear.
    await signIn(page, STAFF);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn sessies' }).click();
    await page.getByLabel('Van', { exact: true }).fill(isoDate(addDays(new Date(`${day}T12:00:00Z`), -7)));
    await page.getByLabel('Tot en met').fill(isoDate(addDays(new Date(`${day}T12:00:00Z`), 7)));
    await page.getByRole('button', { name: 'Tonen' }).click();
    await expect(page.getByRole('heading', { name: /^Te melden \(\d+\)/ })).toBeVisible();
    const reached = page.getByLabel(/Bereikte leerlingen \(klas 3E, 28 aangemeld\)/);
    await expectNoSeriousA11yViolations(page, 'staff: my sessions to report');
    await reached.fill('27');
    // Another test's lesson may be on Lotte's list too: report the one of class 3E.
    await page.locator('form').filter({ has: reached }).getByRole('button', { name: 'Gegeven' }).click();
    const panel = page.locator('halt-session-evaluation-panel').filter({ hasText: '0 van 27 antwoorden' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('img', { name: /QR-code voor de klascode/ })).toBeVisible();
    const codeUrl = (await panel.locator('.url').first().textContent())?.trim() as string;
    const code = codeUrl.split('/').pop() as string;
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await expectNoSeriousA11yViolations(page, 'staff: class code after reporting');
    await signOut(page);

    // 2. A pupil on a phone (320 px) types the code, in lower case with a space, and answers.
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'nl-NL' });
    const pupil = await phone.newPage();
    await pupil.goto('/evaluatie');
    await pupil.getByLabel('Klascode').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`);
    await expectNoSeriousA11yViolations(pupil, 'pupil: class code at 320 px');
    await pupil.getByRole('button', { name: 'Naar de vragenlijst' }).click();
    await expect(pupil).toHaveURL(new RegExp(`/evaluatie/${code}$`));
    await expect(pupil.getByText('Online veiligheid').first()).toBeVisible();
    await pupil.getByRole('button', { name: 'Versturen' }).click();
    await expect(pupil.getByText('Nog niet alle vragen zijn goed ingevuld.')).toBeVisible();
    await score(pupil, 'Ik voel me veiliger', 4);
    await score(pupil, 'Ik weet beter hoe ik schade', 5);
    await score(pupil, 'Ik zou deze les', 3);
    await pupil.getByLabel(/Wat wil je Halt nog zeggen/).fill('Goede les, meer filmpjes graag');
    await expectNoSeriousA11yViolations(pupil, 'pupil: the form at 320 px');
    expect(await pupil.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await pupil.getByRole('button', { name: 'Versturen' }).click();
    await expect(pupil.getByText('Bedankt! Je antwoorden zijn anoniem opgeslagen.')).toBeVisible();
    await expectNoSeriousA11yViolations(pupil, 'pupil: thanks');
    await phone.close();

    // 3. The school opens the evaluation of its request and the teacher answers through the link.
    await signIn(page, SCHOOL);
    await page.goto(`/school/aanvragen/${created.id}`);
    await expect(page.getByText('1 van 27 antwoorden')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'school: request with its evaluation');
    const teacherLink = await page.getByRole('link', { name: 'Vragenlijst docent openen' }).getAttribute('href');
    expect(teacherLink).toMatch(/\/evaluatie\/docent\/[A-Za-z0-9_-]{32}$/);
    await signOut(page);
    await page.goto(new URL(teacherLink as string).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await score(page, 'voelen ons veiliger', 4);
    await score(page, 'weten beter hoe ze schade', 4);
    await score(page, 'raad deze sessie aan', 5);
    await score(page, 'Hoe tevreden bent u', 5);
    await page.getByLabel(/Welke trends ziet u onder jongeren/).fill('Veel vapen op het schoolplein; bel 06-12345678');
    await expectNoSeriousA11yViolations(page, 'teacher: the form');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect(page.getByText(/Bedankt voor uw evaluatie/)).toBeVisible();
  } finally {
    await request.put('/api/demo/clock', { headers: admin, data: { offsetDays: 0 } });
  }

  // 4. Halt's dashboard for the period of the lesson: the session, the pupils and the scores, with CSV.
  const period = `van=${day.slice(0, 4)}-01-01&tot=${day.slice(0, 4)}-12-31`;
  await signIn(page, 'beheer@halt.example');
  await page.goto(`/beheer/dashboard?${period}`);
  const scores = page.getByRole('region', { name: 'Gemiddelde scores per aanbod' });
  const row = scores.getByRole('row').filter({ hasText: 'Online veiligheid' });
  // Pupil 4 and teacher 4 on feeling safer; pupil 3 and teacher 5 on recommending.
  await expect(row).toContainText('4,0');
  await expect(page.getByRole('term').filter({ hasText: 'Bereikte leerlingen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Halt dashboard');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV downloaden: Scores per aanbod' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toMatch(/Online veiligheid,voorlichting,\d+,2,4\.0,4\.5,4\.0,5\.0/);
  await page.goto(`/beheer/trends?${period}&zoek=vapen`);
  await expect(page.getByText('Veel vapen op het schoolplein; bel [verwijderd]')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'trend signals');
  await signOut(page);

  // 5. The gemeente's dashboard: its order and school, delivered against ordered, pupils and scores, with CSV.
  await signIn(page, GEMEENTE);
  await page.goto(`/gemeente/dashboard?${period}`);
  const delivery = page.getByRole('region', { name: 'Gegeven tegenover besteld, per bestelling en school' });
  const ours = delivery.getByRole('row').filter({ hasText: orderName });
  await expect(ours).toContainText('Stadscollege Domstad');
  await expect(ours).toContainText('27');
  await expect(ours).toContainText('4,0');
  await expectNoSeriousA11yViolations(page, 'gemeente dashboard');
  const gemeenteDownload = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'CSV downloaden: Gegeven tegenover besteld, per bestelling en school' })
    .click();
  const gemeenteCsv = readFileSync(await (await gemeenteDownload).path(), 'utf8');
  expect(gemeenteCsv).toMatch(new RegExp(`${orderName},Stadscollege Domstad,1,1,27,2,4\\.0,4\\.5,4\\.0,5\\.0`));
});
