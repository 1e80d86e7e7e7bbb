import { APIRequestContext, expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { PASSWORD, signIn } from './support/session';

const SCHOOL = 'contact@domstad.school.example';

async function token(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return (await res.json()).accessToken;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Two weeks from about six weeks ahead, out of the summer holidays. */
function windowAhead(offset: number): { from: string; to: string } {
  let from = addDays(new Date(), 42 + offset);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7)
    from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15 + offset));
  return { from: isoDate(from), to: isoDate(addDays(from, 13)) };
}

test('a planner finds the right specialist with the reasons, is kept from double-booking, and lets the auto-planner plan a period; a specialist keeps their availability', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const school = { Authorization: `Bearer ${await token(request, SCHOOL)}` };
  const { items: offers } = await (await request.get('/api/offers?type=voorlichting', { headers: school })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  const submit = async (window: { from: string; to: string }, classes: string[]) => {
    const res = await request.post('/api/requests', {
      headers: school,
      data: {
        offerId: offer.id,
        groups: classes.map((name) => ({ name, level: 'vo-1-2', pupilCount: 25 })),
        windows: [{ ...window, weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' }],
        location: 'Aula',
        contact: { name: 'J. de Boer', email: 'j.deboer@domstad.school.example' },
        languageNeeds: { interpreter: false, onlineParentMeeting: false },
        parentMeeting: false,
        funding: 'school',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    return res.json();
  };
  const byHand = await submit(windowAhead(0), ['3A', '3B']);
  const automatic = await submit(windowAhead(21), ['4A', '4B']);
  const calendar = await (
    await request.get(`/api/schools/${byHand.school.id}/calendar?from=${windowAhead(0).from}&to=${windowAhead(0).to}`, {
      headers: school,
    })
  ).json();
  // A Tuesday the school is open: Lotte Visser, Bram Jansen and Iris Mulder all work on Tuesdays.
  const day = calendar.days.find(
    (d: { date: string; schoolDay: boolean }) => d.schoolDay && new Date(`${d.date}T12:00:00Z`).getUTCDay() === 2,
  ).date as string;

  // 1. By hand: plan session 1, look for specialists, see why, and put the best one on it.
  await signIn(page, 'planner.midden@halt.example');
  await page.goto(`/planner/aanvragen/${byHand.id}`);
  const first = page.getByRole('form', { name: 'Sessie 1 inplannen' });
  await first.getByLabel('Datum').fill(day);
  await first.getByLabel('Begintijd').fill('09:00');
  await first.getByRole('button', { name: 'Sessie 1 inplannen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sessie 1 is ingepland.' })).toBeVisible();
  await page.getByRole('button', { name: 'Medewerkers zoeken voor sessie 1' }).click();
  const panel = page.getByRole('region', { name: /^Medewerkers voor sessie 1 op / });
  const eligible = panel.getByRole('list', { name: 'Geschikte medewerkers voor sessie 1' });
  await expect(eligible.getByRole('listitem')).toHaveCount(3);
  await expect(eligible).toContainText('Lotte Visser');
  await expect(eligible).toContainText('min reistijd');
  const best = (
    (await eligible
      .getByRole('button', { name: / inzetten$/ })
      .first()
      .textContent()) ?? ''
  )
    .replace('inzetten', '')
    .trim();
  await panel.getByText(`Waarom? ${best}`).click();
  await expectNoSeriousA11yViolations(page, 'planner: candidates with the reasons');
  await eligible.getByRole('button', { name: `${best} inzetten` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${best} is ingezet op sessie 1.` })).toBeVisible();

  // 2. Session 2 at the same moment: the specialist just put on session 1 is not available, with the reason.
  const form = page.getByRole('form', { name: 'Sessie 2 inplannen' });
  await form.getByLabel('Datum').fill(day);
  await form.getByLabel('Begintijd').fill('09:00');
  await page.getByRole('button', { name: 'Medewerkers zoeken voor sessie 2' }).click();
  const second = page.getByRole('region', { name: /^Medewerkers voor sessie 2 op / });
  const unavailable = second.getByText(/^Niet beschikbaar/);
  await unavailable.click();
  await expect(second).toContainText(best);
  await expect(
    second
      .getByRole('list', { name: 'Geschikte medewerkers voor sessie 2' })
      .getByRole('button', { name: `${best} inzetten` }),
  ).toHaveCount(0);

  // 3. The auto-planner plans the other request's period; the planner reviews and applies the proposal.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Automatisch plannen' }).click();
  await page.getByRole('combobox', { name: 'Regio' }).selectOption({ label: 'Midden-Nederland' });
  await page.getByLabel('Vanaf').fill(windowAhead(21).from);
  await page.getByLabel('Tot en met').fill(windowAhead(21).to);
  await page.getByLabel('Rekentijd in seconden (optioneel)').fill('2');
  await expectNoSeriousA11yViolations(page, 'auto-planner: start');
  await page.getByRole('button', { name: 'Planning starten' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Het voorstel is klaar/ })).toBeVisible({ timeout: 30_000 });
  const changes = page.getByRole('region', { name: /^Wijzigingen in het voorstel/ });
  await expect(changes.getByRole('row').filter({ hasText: automatic.reference })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'auto-planner: proposal');
  await page.getByRole('button', { name: 'Voorstel toepassen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Het voorstel is toegepast/ })).toBeVisible();
  const planner = { Authorization: `Bearer ${await token(request, 'planner.midden@halt.example')}` };
  const applied = await (await request.get(`/api/requests/${automatic.id}`, { headers: planner })).json();
  expect(applied.status).toBe('planned');
  expect(applied.sessions.map((s: { staff: unknown[] }) => s.staff.length)).toEqual([1, 1]);

  // 4. The specialists list and a profile.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Medewerkers' }).click();
  await expect(page.getByRole('region', { name: /^Medewerkers \(3\)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'planner: staff list');
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // 5. A specialist keeps their own availability.
  await signIn(page, 'lotte.visser@halt.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beschikbaarheid' }).click();
  await page.getByRole('group', { name: 'Voorkeursdagen' }).getByRole('checkbox', { name: 'dinsdag' }).check();
  await page.getByRole('button', { name: 'Beschikbaarheid opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw beschikbaarheid is opgeslagen.' })).toBeVisible();
  const absence = page.getByRole('group', { name: 'Afwezigheid toevoegen' });
  await absence.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Training' });
  await absence.getByLabel('Vanaf').fill(windowAhead(60).from);
  await absence.getByLabel('Tot en met').fill(windowAhead(60).from);
  await absence.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
  await expect(page.getByRole('region', { name: 'Afwezigheid (1)' })).toContainText('Training');
  await expectNoSeriousA11yViolations(page, 'specialist: availability');
});
