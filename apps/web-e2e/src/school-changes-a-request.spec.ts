import { APIRequestContext, expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const PASSWORD = 'Preventie-2026!';
// A primary school (PO): its classes are groep 7–8.
const SCHOOL = 'contact@vechtoever.school.example';

async function token(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return (await res.json()).accessToken;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Six weeks ahead for four weeks, kept out of the summer holidays and inside one school year. */
function windowAhead(): { from: Date; to: Date } {
  let from = addDays(new Date(), 42);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  let to = addDays(from, 28);
  const yearEnd = new Date(Date.UTC(from.getUTCMonth() >= 7 ? from.getUTCFullYear() + 1 : from.getUTCFullYear(), 6, 1));
  if (to > yearEnd) to = yearEnd;
  return { from, to };
}

async function signIn(page: import('@playwright/test').Page, email: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The content of one wizard step (the vertical stepper shows two while it animates). */
const step = (page: import('@playwright/test').Page, label: string) =>
  page.getByRole('region', { name: new RegExp(`${label}$`) });

test.use({ viewport: { width: 320, height: 800 } });

test('on a 320 px screen a school asks to move a planned session, adds a class, manages its calendar link, and the wizard sends a refused date back to its step', async ({
  page,
  request,
}) => {
  // A submitted request (through the API) with one session planned by the planner.
  const auth = { Authorization: `Bearer ${await token(request, SCHOOL)}` };
  const { items: offers } = await (await request.get('/api/offers?type=voorlichting', { headers: auth })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  const { from, to } = windowAhead();
  const window = {
    from: isoDate(from),
    to: isoDate(to),
    weekdays: [1, 2, 3, 4, 5],
    earliest: '08:30',
    latest: '16:00',
  };
  const submitted = await request.post('/api/requests', {
    headers: auth,
    data: {
      offerId: offer.id,
      groups: [
        { name: '2A', level: 'po-7-8', pupilCount: 25 },
        { name: '2B', level: 'po-7-8', pupilCount: 27 },
      ],
      windows: [window],
      location: 'Lokaal 1.05',
      contact: { name: 'M. Jansen', email: 'm.jansen@vechtoever.school.example' },
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: false,
      funding: 'school',
    },
  });
  expect(submitted.status()).toBe(201);
  const created = await submitted.json();
  const calendar = await (
    await request.get(`/api/schools/${created.school.id}/calendar?from=${window.from}&to=${window.to}`, {
      headers: auth,
    })
  ).json();
  const day = calendar.days.find((d: { schoolDay: boolean }) => d.schoolDay).date as string;
  const planner = { Authorization: `Bearer ${await token(request, 'planner.midden@halt.example')}` };
  for (const [i, time] of ['09:00', '11:00'].entries()) {
    const planned = await request.patch(`/api/sessions/${created.sessions[i].id}/plan`, {
      headers: planner,
      data: { date: day, time },
    });
    expect(planned.status(), await planned.text()).toBe(200);
  }

  await signIn(page, SCHOOL);
  await expect(page).toHaveURL(/\/school$/);
  await page.goto(`/school/aanvragen/${created.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aanvraag ${created.reference}`);

  // Ask to move the planned session to new dates: it goes back to the planner.
  const move = page.getByRole('region', { name: 'Sessie verplaatsen' });
  await move.getByRole('combobox', { name: 'Welke sessie' }).selectOption({ index: 1 });
  const later = addDays(to, 7);
  await move.getByLabel('Vanaf').fill(isoDate(to));
  await move.getByLabel('Tot en met').fill(isoDate(later));
  await expect(move.getByText(/In deze periode zijn \d+ dagen mogelijk\./)).toBeVisible();
  await move.getByLabel('Reden').fill('Excursie op die dag');
  await expectNoSeriousA11yViolations(page, 'request detail with change forms (320 px)');
  await move.getByRole('button', { name: 'Verplaatsen aanvragen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'de planner plant de sessie opnieuw' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Wijziging gevraagd' })).toBeVisible();
  const after = await (await request.get(`/api/requests/${created.id}`, { headers: auth })).json();
  expect(after.sessions.map((s: { status: string }) => s.status)).toEqual(['open', 'planned']);
  expect(after.timeline.at(-1)).toMatchObject({ to: 'change_requested', reason: 'Excursie op die dag' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Add a class: it gets its own session.
  const addClass = page.getByRole('region', { name: 'Klas toevoegen' });
  await addClass.getByLabel('Naam van de klas').fill('2C');
  await addClass.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'PO groep 7–8' });
  await addClass.getByLabel('Aantal leerlingen').fill('24');
  await addClass.getByRole('button', { name: 'Klas toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De klas is toegevoegd' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '2C: PO groep 7–8, 24 leerlingen' })).toBeVisible();

  // A class that is already there is refused with the reason, in Dutch.
  await addClass.getByLabel('Naam van de klas').fill('2a');
  await addClass.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'PO groep 7–8' });
  await addClass.getByLabel('Aantal leerlingen').fill('20');
  await addClass.getByRole('button', { name: 'Klas toevoegen' }).click();
  await expect(page.getByRole('alert')).toContainText('Naam van de klas: deze klas staat er al in');

  const withClass = await (await request.get(`/api/requests/${created.id}`, { headers: auth })).json();
  expect(withClass.sessions.map((s: { groupName: string; status: string }) => [s.groupName, s.status])).toEqual([
    ['2A', 'open'],
    ['2B', 'planned'],
    ['2C', 'open'],
  ]);

  // The private calendar link: made, shown once, works; revoked, it stops working.
  await page.goto('/school/agenda');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda-koppeling');
  await expect(page.getByText('Er is nog geen agenda-link.')).toBeVisible();
  await page.getByRole('button', { name: 'Agenda-link maken' }).click();
  const url = await page.getByLabel('Uw agenda-link').inputValue();
  expect(url).toMatch(/\/api\/public\/calendar-feeds\/[A-Za-z0-9_-]{32}\.ics$/);
  await expect(page.getByText(/Er is een agenda-link actief sinds/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'calendar link (320 px)');
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await page.getByRole('button', { name: 'Agenda-link intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De agenda-link is ingetrokken' })).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);

  // The wizard: a date inside the lead time is refused by the API and the school is sent back to the dates step.
  await page.goto(`/school/aanvragen/nieuw?aanbod=${offer.id}`);
  await step(page, 'Aanbod').getByRole('button', { name: 'Volgende' }).click();
  const class1 = page.getByRole('group', { name: 'Klas 1' });
  await class1.getByLabel('Naam van de klas').fill('3A');
  await class1.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'PO groep 7–8' });
  await class1.getByLabel('Aantal leerlingen').fill('40');
  await step(page, 'Klassen').getByRole('button', { name: 'Volgende' }).click();
  await expect(class1.getByText('Vul een aantal van 1 tot en met')).toBeVisible(); // above the offer's maximum
  await class1.getByLabel('Aantal leerlingen').fill('22');
  await step(page, 'Klassen').getByRole('button', { name: 'Volgende' }).click();
  const period = page.getByRole('group', { name: 'Periode 1' });
  await period.getByLabel('Vanaf').fill(isoDate(addDays(new Date(), 1)));
  await period.getByLabel('Tot en met').fill(isoDate(addDays(new Date(), 60)));
  await step(page, 'Data').getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Locatie in de school').fill('Aula');
  await step(page, 'Praktisch').getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(period.getByText(/moet op of na .* liggen \(10 schooldagen vooruit\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'wizard with a refused date (320 px)');
});
