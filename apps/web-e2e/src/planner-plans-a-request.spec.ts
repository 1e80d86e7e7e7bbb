import { APIRequestContext, expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from './support/axe';

const PASSWORD = 'Preventie-2026!';

async function token(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return (await res.json()).accessToken;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A four-week window about five weeks ahead, kept out of the summer holidays and inside one school year. */
function windowAhead(): { from: Date; to: Date } {
  let from = new Date(Date.now() + 35 * 86_400_000);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  let to = new Date(from.getTime() + 28 * 86_400_000);
  const yearEnd = new Date(Date.UTC(from.getUTCMonth() >= 7 ? from.getUTCFullYear() + 1 : from.getUTCFullYear(), 6, 1));
  if (to > yearEnd) to = yearEnd;
  return { from, to };
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

test('a school requests “Online veiligheid” for two classes through the wizard; a planner plans it; the school sees it planned, downloads a valid .ics and cancels', async ({
  page,
  request,
}) => {
  // The school finds the offer in the catalogue, filtered to its level.
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('contact@domstad.school.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/school$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' }).click();
  await page.getByRole('combobox', { name: 'Niveau' }).click();
  await page.getByRole('option', { name: 'VO klas 1–2' }).click();
  await page.getByRole('link', { name: 'Online veiligheid' }).click();
  await page.getByRole('link', { name: 'Dit aanbod aanvragen' }).click();

  // Step 1: the offer is chosen already.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanvraag doen');
  await expect(page.getByRole('combobox', { name: 'Aanbod' })).toHaveValue(/.+/);
  await expect(page.getByText('60 minuten')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'wizard: offer');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Step 2: two classes.
  const class1 = page.getByRole('group', { name: 'Klas 1' });
  await class1.getByLabel('Naam van de klas').fill('1A');
  await class1.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'VO klas 1–2' });
  await class1.getByLabel('Aantal leerlingen').fill('28');
  await page.getByRole('button', { name: 'Klas toevoegen' }).click();
  const class2 = page.getByRole('group', { name: 'Klas 2' });
  await class2.getByLabel('Naam van de klas').fill('1B');
  await class2.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'VO klas 1–2' });
  await class2.getByLabel('Aantal leerlingen').fill('26');
  await expectNoSeriousA11yViolations(page, 'wizard: classes');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Step 3: two windows; the school's calendar shows which days are possible.
  const { from, to } = windowAhead();
  const split = addDays(from, 13);
  const period1 = page.getByRole('group', { name: 'Periode 1' });
  await period1.getByLabel('Vanaf').fill(isoDate(from));
  await period1.getByLabel('Tot en met').fill(isoDate(split));
  await period1.getByLabel('Uiterlijk klaar om').fill('15:00');
  await expect(period1.getByText(/In deze periode zijn \d+ dagen mogelijk\./)).toBeVisible();
  await expect(period1.getByRole('table').first()).toContainText('niet mogelijk: valt in het weekend');
  await page.getByRole('button', { name: 'Periode toevoegen' }).click();
  const period2 = page.getByRole('group', { name: 'Periode 2' });
  await period2.getByLabel('Vanaf').fill(isoDate(addDays(split, 1)));
  await period2.getByLabel('Tot en met').fill(isoDate(to));
  await period2.getByRole('checkbox', { name: 'woensdag' }).uncheck();
  await expect(period2.getByText(/In deze periode zijn \d+ dagen mogelijk\./)).toBeVisible();
  await expect(period2.getByRole('table').first()).toContainText('deze dag is niet gekozen');
  await expectNoSeriousA11yViolations(page, 'wizard: dates');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Step 4: practical details; the contact is the signed-in user until changed.
  await expect(page.getByLabel('E-mailadres')).toHaveValue('contact@domstad.school.example');
  await page.getByLabel('Locatie in de school').fill('Aula');
  await expectNoSeriousA11yViolations(page, 'wizard: practical');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Step 5: review and submit; the school lands on its new request, submitted.
  await expect(
    page.getByRole('definition').filter({ hasText: '1A (VO klas 1–2, 28); 1B (VO klas 1–2, 26)' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'wizard: review');
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(page).toHaveURL(/\/school\/aanvragen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: 'Uw aanvraag is ingediend.' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Ingediend' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'submitted request');

  const school = await token(request, 'contact@domstad.school.example');
  const auth = { Authorization: `Bearer ${school}` };
  const created = await (await request.get(`/api/requests/${page.url().split('/').at(-1)}`, { headers: auth })).json();
  expect(created.windows).toHaveLength(2);
  expect(created.windows[1]).toMatchObject({ weekdays: [1, 2, 4, 5], earliest: '08:30', latest: '15:00' });
  expect(created.groups.map((g: { name: string }) => g.name)).toEqual(['1A', '1B']);
  // The first day the school is open in the first window, from the school's own calendar.
  const calendar = await (
    await request.get(`/api/schools/${created.school.id}/calendar?from=${isoDate(from)}&to=${isoDate(split)}`, {
      headers: auth,
    })
  ).json();
  const day = calendar.days.find((d: { schoolDay: boolean }) => d.schoolDay).date as string;
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The planner of region midden finds it in the inbox and plans both sessions.
  await page.getByLabel('E-mailadres').fill('planner.midden@halt.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/planner$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanvragen in uw regio’s');
  await expect(page.getByRole('link', { name: created.reference })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner inbox');

  await page.getByRole('link', { name: created.reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aanvraag ${created.reference}`);
  await expectNoSeriousA11yViolations(page, 'planner request');

  const first = page.getByRole('form', { name: 'Sessie 1 inplannen' });
  await first.getByLabel('Datum').fill(day);
  await first.getByLabel('Begintijd').fill('09:00');
  await first.getByRole('button', { name: 'Sessie 1 inplannen' }).click();
  await expect(page.getByRole('status')).toHaveText('Sessie 1 is ingepland.');

  // A time outside the school's preferences is refused with the reason.
  const second = page.getByRole('form', { name: 'Sessie 2 inplannen' });
  await second.getByLabel('Datum').fill(day);
  await second.getByLabel('Begintijd').fill('15:00');
  await second.getByRole('button', { name: 'Sessie 2 inplannen' }).click();
  await expect(page.getByRole('alert')).toContainText('valt niet binnen de voorkeuren van de school');

  await second.getByLabel('Begintijd').fill('10:30');
  await second.getByRole('button', { name: 'Sessie 2 inplannen' }).click();
  await expect(page.getByRole('status')).toHaveText('Sessie 2 is ingepland.');
  await expect(page.getByRole('definition').filter({ hasText: 'Ingepland' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Sessie 2 inplannen' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page, 'planned request');

  // The school sees both sessions planned in "Mijn aanvragen" and downloads a valid calendar file.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByLabel('E-mailadres').fill('contact@domstad.school.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/school$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanvragen' }).click();
  const row = page.getByRole('row').filter({ hasText: created.reference });
  await expect(row).toContainText('Ingepland');
  await expect(row).toContainText('2 van 2');
  await expectNoSeriousA11yViolations(page, 'my requests');

  await row.getByRole('link', { name: created.reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aanvraag ${created.reference}`);
  await expectNoSeriousA11yViolations(page, 'request detail');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda-bestand van sessie 1 downloaden' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`halt-sessie-${created.reference}-1.ics`);
  const text = readFileSync(await download.path(), 'utf8');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Halt: Online veiligheid (1A)');
  expect(event.startDate.toString().slice(0, 10)).toBe(day);

  // And cancels it, with a reason; the sessions are cancelled with it.
  await page.getByLabel('Reden van annuleren').fill('Toetsweek verschoven');
  await page.getByRole('button', { name: 'Aanvraag annuleren' }).click();
  await expect(page.getByRole('status')).toContainText('De aanvraag is geannuleerd.');
  await expect(page.getByRole('definition').filter({ hasText: 'Geannuleerd' })).toBeVisible();
  const after = await (await request.get(`/api/requests/${created.id}`, { headers: auth })).json();
  expect(after.sessions.map((x: { status: string }) => x.status)).toEqual(['cancelled', 'cancelled']);
});
