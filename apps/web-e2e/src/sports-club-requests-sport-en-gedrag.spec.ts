import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const PASSWORD = 'Preventie-2026!';
const CLUB = 'contact@domstadboys.club.example';

async function token(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return (await res.json()).accessToken;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** A five-week window about six weeks ahead, out of the summer and inside one school year. */
function windowAhead(): { from: Date; to: Date } {
  let from = new Date(Date.now() + 42 * 86_400_000);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  let to = addDays(from, 35);
  const yearEnd = new Date(Date.UTC(from.getUTCMonth() >= 7 ? from.getUTCFullYear() + 1 : from.getUTCFullYear(), 6, 1));
  if (to > yearEnd) to = yearEnd;
  return { from, to };
}

async function signIn(page: Page, email: string, home: RegExp): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(home);
}

/** Nothing wider than the viewport: the page is usable at 320 px without scrolling sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test('a sports club requests Sport en Gedrag from its gemeente’s package, as counts only; a planner plans it with a specialist', async ({
  page,
  request,
}) => {
  // Gemeente Utrecht has a package that holds Sport en Gedrag (ordered by the gemeente, accepted by Halt).
  const { from, to } = windowAhead();
  const gemeente = { Authorization: `Bearer ${await token(request, 'beleid@utrecht.gemeente.example')}` };
  const admin = { Authorization: `Bearer ${await token(request, 'beheer@halt.example')}` };
  const club = { Authorization: `Bearer ${await token(request, CLUB)}` };
  const offers = (await (await request.get('/api/offers', { headers: club })).json()).items as {
    id: string;
    code: string;
  }[];
  // The club sees only what is meant for sportverenigingen.
  expect(offers.map((o) => o.code)).toEqual(['training-sport-en-gedrag']);
  const year = to.getUTCFullYear();
  const made = await request.post('/api/package-orders', {
    headers: gemeente,
    data: {
      name: 'Halt & Sport Utrecht',
      subsidyYear: year,
      budgetCredits: 20,
      offers: [{ offerId: offers[0].id }],
      allSchools: true,
      requiresApproval: false,
      orderDeadline: `${year}-12-31`,
    },
  });
  expect(made.status()).toBe(201);
  const orderId = (await made.json()).id as string;
  expect((await request.post(`/api/package-orders/${orderId}/order`, { headers: gemeente })).ok()).toBe(true);
  expect((await request.post(`/api/package-orders/${orderId}/accept`, { headers: admin })).ok()).toBe(true);

  // The club signs in to its own home: the offer meant for it, and its requests.
  await signIn(page, CLUB, /\/vereniging$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voetbalvereniging Domstad Boys');
  await expect(page.getByRole('heading', { name: 'Sport en Gedrag', level: 3 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'club home');
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: 'Sport en Gedrag aanvragen' }).click();

  // The form asks for numbers of participants only: no names.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanvraag: Sport en Gedrag');
  await expect(page.getByText('Geef alleen aantallen op: geen namen')).toBeVisible();
  const group1 = page.getByRole('group', { name: 'Groep 1' });
  await expect(group1.getByLabel('Naam van de groep')).toHaveCount(0);
  await group1.getByRole('combobox', { name: 'Leeftijdsgroep' }).selectOption({ label: 'VO klas 3–4' });
  await group1.getByLabel('Aantal deelnemers').fill('9');
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const period = page.getByRole('group', { name: 'Wanneer kan het?' });
  await period.getByLabel('Vanaf').fill(isoDate(from));
  await period.getByLabel('Tot en met').fill(isoDate(to));
  await page.getByLabel('Locatie').fill('Kantine, Sportpark Voordorp');
  await page.getByRole('radio', { name: /Uit het pakket “Halt & Sport Utrecht”/ }).check();
  await expectNoSeriousA11yViolations(page, 'club request form');
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(page).toHaveURL(/\/vereniging\/aanvragen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('definition').filter({ hasText: 'Ingediend' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'club request');

  const id = page.url().split('/').at(-1) as string;
  const created = await (await request.get(`/api/requests/${id}`, { headers: club })).json();
  expect(created.requester).toMatchObject({ kind: 'sportvereniging', name: 'Voetbalvereniging Domstad Boys' });
  expect(created.groups).toEqual([expect.objectContaining({ name: 'Groep 1', level: 'vo-3-4', pupilCount: 9 })]);
  expect(created.package).toMatchObject({ id: orderId, credits: 2 });
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The planner of region midden finds it in the inbox, plans it on a Wednesday afternoon and puts a specialist on it.
  await signIn(page, 'planner.midden@halt.example', /\/planner$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
  await expect(page.getByRole('link', { name: created.reference })).toBeVisible();
  await page.getByRole('link', { name: created.reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aanvraag ${created.reference}`);
  await expectNoSeriousA11yViolations(page, 'planner: club request');

  const form = page.getByRole('form', { name: 'Sessie 1 inplannen' });
  const wednesdays: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (d.getUTCDay() === 3) wednesdays.push(isoDate(d));
  let day = '';
  for (const candidate of wednesdays) {
    await form.getByLabel('Datum').fill(candidate);
    await form.getByLabel('Begintijd').fill('14:00');
    await form.getByRole('button', { name: 'Sessie 1 inplannen' }).click();
    const planned = page.getByRole('status').filter({ hasText: 'Sessie 1 is ingepland.' });
    const refused = page.getByRole('alert');
    await expect(planned.or(refused).first()).toBeVisible();
    if (await planned.isVisible()) {
      day = candidate;
      break;
    }
  }
  expect(day).not.toBe('');
  await page.getByRole('button', { name: 'Medewerkers zoeken voor sessie 1' }).click();
  const eligible = page
    .getByRole('region', { name: /^Medewerkers voor sessie 1 op / })
    .getByRole('list', { name: 'Geschikte medewerkers voor sessie 1' });
  const first = eligible.getByRole('button', { name: / inzetten$/ }).first();
  const name = ((await first.textContent()) ?? '').trim().replace(/\s*inzetten$/, '');
  await first.click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is ingezet op sessie 1.` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner: club request planned');

  const after = await (await request.get(`/api/requests/${id}`, { headers: club })).json();
  expect(after.sessions[0].plannedStart).not.toBeNull();
  expect(after.sessions[0].staff.map((s: { name: string }) => s.name)).toEqual([name]);
  expect(['Lotte Visser', 'Bram Jansen']).toContain(name);

  // The other new pages: Halt's list of clubs and partners, and the wijkpartner's home.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await signIn(page, 'beheer@halt.example', /\/beheer$/);
  await page.goto('/beheer/verenigingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verenigingen en wijkpartners');
  await expect(page.getByRole('rowheader', { name: 'Voetbalvereniging Domstad Boys' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Jongerenwerk Utrecht Oost' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: clubs and partners');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await signIn(page, 'jongerenwerk@utrecht-oost.wijk.example', /\/wijkpartner$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jongerenwerk Utrecht Oost');
  await expectNoSeriousA11yViolations(page, 'wijkpartner home');

  // Shared demo data back as it was: the request cancelled (its credits released), the package closed.
  expect(
    (await request.post(`/api/requests/${id}/cancel`, { headers: club, data: { reason: 'Einde van de test' } })).ok(),
  ).toBe(true);
  await request.post(`/api/package-orders/${orderId}/cancel`, {
    headers: admin,
    data: { reason: 'Einde van de test' },
  });
});
