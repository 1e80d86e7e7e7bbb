import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

const SCHOOL = 'contact@domstad.school.example';
const PLANNER = 'planner.midden@halt.example';
const LOTTE = 'lotte.visser@halt.example';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

test('a specialist reports sick; the planner sees it on their home, opens the session and reassigns it with one action', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const school = await authHeader(request, SCHOOL);
  const planner = await authHeader(request, PLANNER);
  const { items: offers } = await (await request.get('/api/offers?type=voorlichting', { headers: school })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  // Four weeks from about eleven weeks ahead: clear of the other journeys' days.
  const from = addDays(new Date(), 77);
  const window = { from: isoDate(from), to: isoDate(addDays(from, 27)) };
  const submitted = await request.post('/api/requests', {
    headers: school,
    data: {
      offerId: offer.id,
      groups: [{ name: '2C', level: 'vo-1-2', pupilCount: 25 }],
      windows: [{ ...window, weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' }],
      location: 'Aula',
      contact: { name: 'J. de Boer', email: 'j.deboer@domstad.school.example' },
      languageNeeds: { interpreter: false, onlineParentMeeting: true },
      parentMeeting: true,
      funding: 'school',
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const r = await submitted.json();
  const session = r.sessions.find((s: { kind: string }) => s.kind === 'lesson');
  const n = session.sequence as number;
  // A Wednesday the school is open (Lotte Visser works on Wednesdays): planned at 13:00 with Lotte.
  const calendar = await (
    await request.get(`/api/schools/${r.school.id}/calendar?from=${window.from}&to=${window.to}`, { headers: school })
  ).json();
  const day = calendar.days.find(
    (d: { date: string; schoolDay: boolean }) => d.schoolDay && new Date(`${d.date}T12:00:00Z`).getUTCDay() === 3,
  ).date as string;
  const planned = await request.patch(`/api/sessions/${session.id}/plan`, {
    headers: planner,
    data: { date: day, time: '13:00' },
  });
  expect(planned.status(), await planned.text()).toBe(200);
  const { items: staff } = await (await request.get('/api/staff', { headers: planner })).json();
  const lotte = staff.find((s: { name: string }) => s.name === 'Lotte Visser');
  const assigned = await request.put(`/api/sessions/${session.id}/staff`, {
    headers: planner,
    data: { staffIds: [lotte.id] },
  });
  expect(assigned.status(), await assigned.text()).toBe(200);

  // 1. Lotte reports sick for that day on her availability page.
  await signIn(page, LOTTE);
  // Her home also offers her own calendar feed: the secret link is shown once.
  const feed = page.getByRole('region', { name: 'Agenda-koppeling' });
  await feed.getByRole('button', { name: 'Agenda-link maken' }).click();
  await expect(feed.getByLabel('Uw agenda-link')).toHaveValue(/\/api\/public\/calendar-feeds\/[A-Za-z0-9_-]{32}\.ics$/);
  await expectNoSeriousA11yViolations(page, 'specialist home: calendar feed');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beschikbaarheid' }).click();
  const absence = page.getByRole('group', { name: 'Afwezigheid toevoegen' });
  await absence.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Ziek' });
  await absence.getByLabel('Vanaf').fill(day);
  await absence.getByLabel('Tot en met').fill(day);
  await absence.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Ziek van .* is toegevoegd\.$/ })).toBeVisible();
  await signOut(page);

  // 2. The planner's home says a session needs a replacement, and opens the filtered list.
  await signIn(page, PLANNER);
  await page.goto('/');
  const today = page.getByRole('region', { name: 'Vandaag te doen' });
  const tile = today.getByRole('link', { name: /vervanging nodig/ });
  await expect(tile).toContainText(/[1-9]\d*/);
  await expect(today.getByRole('link', { name: /nieuwe aanvraag/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner home: what needs them today');
  // Usable at 320 px, and by keyboard.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
  await tile.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/planner\/aanvragen\?aandacht=vervanging/);
  const row = page.getByRole('row').filter({ hasText: r.reference });
  await expect(row).toContainText('1 vervanging nodig');
  await expectNoSeriousA11yViolations(page, 'planner inbox: sessions needing a replacement');

  // 3. The request shows the flag and the ranked replacements; one action reassigns.
  await row.getByRole('link', { name: r.reference }).click();
  await expect(page.getByText('Vervanging nodig: Lotte Visser is afwezig.', { exact: false })).toBeVisible();
  const panel = page.getByRole('region', { name: new RegExp(`^Medewerkers voor sessie ${n} op `) });
  const eligible = panel.getByRole('list', { name: `Geschikte medewerkers voor sessie ${n}` });
  await expect(eligible).not.toContainText('Lotte Visser');
  const replace = eligible.getByRole('button', { name: /^Vervangen door / }).first();
  const name = ((await replace.textContent()) ?? '').replace('Vervangen door', '').trim();
  await expect(
    page.getByRole('button', { name: `Sessie ${n} zonder medewerker terug in de wachtrij zetten` }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner request: replacement needed');
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
  await replace.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${name} is ingezet op sessie ${n}.` })).toBeVisible();
  await expect(page.getByText('Vervanging nodig:', { exact: false })).toHaveCount(0);

  const after = await (await request.get(`/api/requests/${r.id}`, { headers: planner })).json();
  expect(after.sessions.find((s: { id: string }) => s.id === session.id).staff).toEqual([
    expect.objectContaining({ name, unavailable: false }),
  ]);
  const list = await (await request.get('/api/requests?attention=replacement', { headers: planner })).json();
  expect(list.items.map((x: { id: string }) => x.id)).not.toContain(r.id);

  // 4. The online parent meeting gets its link on the same page; the parents see it on theirs.
  const language = page.getByRole('region', { name: 'Taal en online bijeenkomst' });
  await language.getByLabel('Link van de online bijeenkomst (https)').fill('http://meet.example.nl/ouderavond');
  await language.getByRole('button', { name: 'Opslaan' }).click();
  await expect(language.getByText('moet een https-link zijn', { exact: false })).toBeVisible();
  await language.getByLabel('Link van de online bijeenkomst (https)').fill('https://meet.example.nl/ouderavond-2c');
  await language.getByRole('button', { name: 'Opslaan' }).click();
  await expect(language.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(page.getByRole('link', { name: /https:\/\/meet\.example\.nl\/ouderavond-2c/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner request: language and online meeting');
  await signOut(page);
  const parentPage = r.sessions.find((s: { kind: string }) => s.kind === 'parent_meeting').parentPage as string;
  await page.goto(parentPage);
  await expect(page.getByRole('link', { name: /https:\/\/meet\.example\.nl\/ouderavond-2c/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'parents: the online meeting’s link');
});
