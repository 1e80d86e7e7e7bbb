import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

const SCHOOL = 'contact@domstad.school.example';
/** This request's contact person: the school's reminders about it go to this address. */
const CONTACT = 'agenda.journey@domstad.school.example';
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** The portal's quiet hours for reminders: 21:00–07:30 in Amsterdam, and all of Sunday. */
function inQuietHours(at: Date): boolean {
  const local = at.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(11, 16);
  const sunday =
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Amsterdam' }).format(at) === 'Sun';
  return sunday || local >= '21:00' || local < '07:30';
}
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** A Monday-to-Friday fortnight about seven weeks ahead, out of the summer holidays. */
function fortnightAhead(): { from: string; to: string } {
  let from = addDays(new Date(), 49);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  from = addDays(from, (8 - from.getUTCDay()) % 7); // the next Monday
  return { from: isoDate(from), to: isoDate(addDays(from, 11)) };
}

test('the planner’s day: the home opens the sessions without a specialist in the week view; a planner plans one by dragging and one by keyboard; a specialist reports sick; one action reassigns, and the school’s next reminder names the new specialist', async ({
  page,
  request,
}) => {
  const window = fortnightAhead();
  const school = await authHeader(request, SCHOOL);
  const { items: offers } = await (await request.get('/api/offers?type=voorlichting', { headers: school })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  const res = await request.post('/api/requests', {
    headers: school,
    data: {
      offerId: offer.id,
      groups: ['2A', '2B'].map((name) => ({ name, level: 'vo-1-2', pupilCount: 25 })),
      windows: [{ ...window, weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' }],
      location: 'Aula',
      contact: { name: 'A. Genda', email: CONTACT },
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: false,
      funding: 'school',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const created = await res.json();
  const tuesday = isoDate(addDays(new Date(`${window.from}T00:00:00Z`), 1));
  const label = (date: string) =>
    new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const tuesdayLabel = label(tuesday);
  // This request's sessions in the side list: their window is the fortnight.
  const ofThisRequest = `tussen ${label(window.from)} en ${label(window.to)}`;

  await signIn(page, 'planner.midden@halt.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  const waiting = page.getByRole('region', { name: /^Wacht op een datum \(\d+\)$/ });
  const mine = waiting.getByRole('listitem').filter({ hasText: ofThisRequest });
  await expect(mine.first()).toBeVisible();

  // By keyboard: choose "Inplannen"; the calendar goes to the session's week; a slot button plans it there.
  await mine
    .first()
    .getByRole('button', { name: /^Inplannen/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Gekozen:/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: tuesdayLabel })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner: calendar with a chosen session');
  // First a slot that is refused: a 60-minute session from 16:30 ends after the school day.
  await page.getByRole('button', { name: `Hier plannen: ${tuesdayLabel} 16:30` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(`Dit kan niet op ${tuesdayLabel} 16:30`);
  await expect(page.getByRole('alert')).toContainText('valt buiten de schooltijden 08:30–16:00');
  await page.getByRole('button', { name: `Hier plannen: ${tuesdayLabel} 09:00` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `staat nu op ${tuesdayLabel} 09:00` })).toBeVisible();
  const tuesdayColumn = page.getByRole('region', { name: tuesdayLabel });
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '09:00–10:00' })).toContainText(
    'Nog geen medewerker',
  );

  // By dragging, with a specialist chosen: the second class goes to Tuesday 11:00 with Lotte Visser.
  await page.getByRole('combobox', { name: 'Medewerker' }).click();
  await page.getByRole('option', { name: 'Lotte Visser' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Medewerker' })).toContainText('Lotte Visser');
  // The week of Lotte alone: the session planned without a specialist is not hers.
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '09:00–10:00' })).toHaveCount(0);
  const second = waiting.getByRole('listitem').filter({ hasText: ofThisRequest }).first();
  const slot = tuesdayColumn.locator('.slot').nth(6); // 08:00 + 6 × 30 minutes
  await slot.scrollIntoViewIfNeeded();
  await second.scrollIntoViewIfNeeded();
  const from = (await second.boundingBox())!;
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 5 });
  // Aim at the slot where it is now (the page may have scrolled while dragging), then settle and drop.
  const to = (await slot.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  const settled = (await slot.boundingBox())!;
  await page.mouse.move(settled.x + settled.width / 2, settled.y + settled.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(
    page.getByRole('status').filter({ hasText: `staat nu op ${tuesdayLabel} 11:00 met Lotte Visser` }),
  ).toBeVisible();
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '11:00–12:00' })).toContainText('Lotte Visser');
  const planned = await (await request.get(`/api/requests/${created.id}`, { headers: school })).json();
  expect(planned.sessions.map((s: { status: string }) => s.status)).toEqual(['planned', 'planned']);
  await expectNoSeriousA11yViolations(page, 'planner: calendar week');

  // Lotte's page shows the session and her load that week, travel from home and back included.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Medewerkers' }).click();
  await page.getByRole('link', { name: 'Lotte Visser' }).click();
  const workload = page.getByRole('region', { name: 'Werk de komende tien weken' });
  await expect(workload.getByRole('link', { name: `${tuesdayLabel} 11:00–12:00` })).toBeVisible();
  const weekRow = workload.getByRole('row', { name: new RegExp(`^Week van ${label(window.from)}`) });
  await expect(weekRow).toContainText(/\d+(,\d)? van \d+ uur/);
  await expectNoSeriousA11yViolations(page, 'planner: a specialist with their load per week');
  await page.goto('/planner/agenda');

  // The planner's home counts the sessions without a specialist and opens them in the week view.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Planner' }).click();
  const unstaffed = page.getByRole('link', { name: /ingeplande sessie\(s\) zonder medewerker/ });
  await expect(unstaffed).toContainText(/[1-9]/);
  await page.getByRole('link', { name: /^Bekijk de \d+ sessie\(s\) zonder medewerker in de agenda$/ }).click();
  await expect(page).toHaveURL(/\/planner\/agenda\?datum=\d{4}-\d{2}-\d{2}&zonder-medewerker=ja/);
  await expect(page.getByRole('checkbox', { name: 'Alleen sessies zonder medewerker' })).toBeChecked();
  const shown = page.locator('.block');
  await expect(shown.first()).toContainText('Nog geen medewerker');
  for (const text of await shown.allInnerTexts()) expect(text).toContain('Nog geen medewerker');
  await page.getByRole('textbox', { name: 'Ga naar datum' }).fill(tuesday);
  await page.getByRole('textbox', { name: 'Ga naar datum' }).dispatchEvent('change');
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '09:00–10:00' })).toBeVisible();
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '11:00–12:00' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Alleen sessies zonder medewerker' }).uncheck();
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '11:00–12:00' })).toBeVisible();

  // Lotte sees it in "Mijn agenda", with the travel from home and the week's hours.
  await signOut(page);
  await signIn(page, 'lotte.visser@halt.example');
  await expect(page.getByRole('region', { name: 'Vandaag' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'specialist home: today');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn agenda' })).toBeVisible();
  const monday = (date: Date) => addDays(date, -((date.getUTCDay() + 6) % 7));
  const todayUtc = new Date(`${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })}T00:00:00Z`);
  const weeksAhead = Math.round(
    (monday(new Date(`${tuesday}T00:00:00Z`)).getTime() - monday(todayUtc).getTime()) / (7 * 86_400_000),
  );
  for (let i = 0; i < weeksAhead; i++) await page.getByRole('button', { name: 'Volgende' }).click();
  const longTuesday = new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${tuesday}T00:00:00Z`));
  const day = page.getByRole('region', { name: longTuesday });
  await expect(day).toContainText('11:00–12:00');
  await expect(day).toContainText(/Reistijd vanaf huis: \d+ minuten/);
  await expect(page.getByText(/Deze week: [\d,]+ van \d+ uur/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'specialist: my calendar');

  // Lotte reports sick for that Tuesday.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beschikbaarheid' }).click();
  const absence = page.getByRole('group', { name: 'Afwezigheid toevoegen' });
  await absence.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Ziek' });
  await absence.getByLabel('Vanaf').fill(tuesday);
  await absence.getByLabel('Tot en met').fill(tuesday);
  await absence.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Ziek van .* is toegevoegd\.$/ })).toBeVisible();
  await signOut(page);

  // The planner sees the flag (home, calendar) and reassigns with one action. The school's first reminder is moved
  // to fall due right now (so many days before the session, at this minute), so the next one the school gets is
  // sent at once after the reassignment: it names the new specialist.
  const admin = await authHeader(request, 'beheer@halt.example');
  const rule = (body: object) => request.put('/api/reminder-rules/school_before_14d', { headers: admin, data: body });
  const amsterdam = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }); // YYYY-MM-DD HH:mm:ss
  const now = amsterdam(new Date(Date.now() - 120_000));
  const daysBefore = Math.round(
    (Date.parse(`${tuesday}T00:00:00Z`) - Date.parse(`${now.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
  expect((await rule({ offsetAmount: daysBefore, sendTime: now.slice(11, 16), enabled: true })).status()).toBe(200);
  try {
    await signIn(page, 'planner.midden@halt.example');
    await page.goto(`/planner/agenda?datum=${tuesday}`);
    await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '11:00–12:00' })).toContainText(
      'Vervanging nodig',
    );
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Planner' }).click();
    await page
      .getByRole('region', { name: 'Vandaag te doen' })
      .getByRole('link', { name: /vervanging nodig/ })
      .click();
    await page
      .getByRole('row')
      .filter({ hasText: created.reference })
      .getByRole('link', { name: created.reference })
      .click();
    await expect(page.getByText('Vervanging nodig: Lotte Visser is afwezig.', { exact: false })).toBeVisible();
    const replace = page.getByRole('button', { name: /^Vervangen door / }).first();
    const name = ((await replace.textContent()) ?? '').replace('Vervangen door', '').trim();
    await replace.click();
    await expect(page.getByRole('status').filter({ hasText: `${name} is ingezet op sessie` })).toBeVisible();
    let text = '';
    const messages = async () => {
      const res = await request.get('/api/message-log', { headers: admin, params: { recipient: CONTACT } });
      return ((await res.json()) as { items: { bodyText: string }[] }).items;
    };
    if (inQuietHours(new Date())) {
      // At night and on Sundays nothing goes out: the reminder waits for the morning.
      await page.waitForTimeout(3_000);
      expect((await messages()).some((m) => m.bodyText.includes(`Van Halt komt: ${name}`))).toBe(false);
    } else {
      await expect
        .poll(
          async () => {
            text = (await messages()).map((m) => m.bodyText).find((b) => b.includes(`Van Halt komt: ${name}`)) ?? '';
            return text !== '';
          },
          { timeout: 30_000, message: `a reminder to ${CONTACT} naming ${name}` },
        )
        .toBe(true);
      expect(text).not.toContain('Lotte Visser');
    }
  } finally {
    await rule({ offsetAmount: 14, sendTime: '08:00', enabled: true });
  }
  await page.goto(`/planner/agenda?datum=${tuesday}`);

  // The month view, and a list of the days on a phone-sized screen.
  await page.getByRole('button', { name: 'Maand' }).click();
  await expect(page.getByRole('heading', { level: 3, name: tuesdayLabel })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner: calendar month');
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('button', { name: 'Week' }).click();
  await expect(tuesdayColumn.getByRole('listitem').filter({ hasText: '11:00–12:00' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoSeriousA11yViolations(page, 'planner: calendar list at 320 px');
});
