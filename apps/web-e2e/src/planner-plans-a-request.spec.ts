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

test('a planner plans a submitted request by hand; the school sees it planned, downloads a valid .ics and cancels', async ({
  page,
  request,
}) => {
  // The school submits a request through the API, with a window five weeks from now.
  const school = await token(request, 'contact@domstad.school.example');
  const auth = { Authorization: `Bearer ${school}` };
  const offers = await (await request.get('/api/offers?type=voorlichting', { headers: auth })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  const { from, to } = windowAhead();
  const submitted = await request.post('/api/requests', {
    headers: auth,
    data: {
      offerId: offer.id,
      groups: [
        { name: '1A', level: 'vo-1-2', pupilCount: 28 },
        { name: '1B', level: 'vo-1-2', pupilCount: 26 },
      ],
      windows: [
        { from: isoDate(from), to: isoDate(to), weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '15:00' },
      ],
      location: 'Aula',
      contact: { name: 'J. de Boer', email: 'j.deboer@domstad.school.example' },
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: false,
      funding: 'school',
    },
  });
  expect(submitted.status()).toBe(201);
  const created = await submitted.json();
  // The first day the school is open in that window, from the school's own calendar.
  const calendar = await (
    await request.get(`/api/schools/${created.school.id}/calendar?from=${isoDate(from)}&to=${isoDate(to)}`, {
      headers: auth,
    })
  ).json();
  const day = calendar.days.find((d: { schoolDay: boolean }) => d.schoolDay).date as string;

  // The planner of region midden finds it in the inbox and plans both sessions.
  await page.goto('/inloggen');
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
