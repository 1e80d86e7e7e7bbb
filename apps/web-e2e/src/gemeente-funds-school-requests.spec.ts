import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from './support/axe';
import { PASSWORD, signIn, signOut } from './support/session';

const GEMEENTE = 'beleid@utrecht.gemeente.example';
const SCHOOL = 'contact@domstad.school.example';

async function token(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return (await res.json()).accessToken;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The content of one wizard step: a tab panel, or a region in the vertical stepper of narrow screens. */
const step = (page: Page, label: string) => {
  const name = new RegExp(`${label}$`);
  return page.getByRole('tabpanel', { name }).or(page.getByRole('region', { name }));
};

test('a gemeente orders a package for two schools with approval; Halt accepts; a school requests a funded voorlichting; the gemeente approves; delivery turns the reservation into consumption; the CSV has the row', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const now = new Date();
  const year = now.getUTCMonth() >= 9 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  const packageName = `Voorlichtingen ${year} e2e`;

  // 1. The gemeente orders: the basic package, for two of its schools, approval required.
  await signIn(page, GEMEENTE);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Pakketten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'gemeente: packages');
  await page.getByRole('link', { name: 'Pakket bestellen' }).click();
  await page.getByRole('radio', { name: 'Basispakket voorlichtingen PO/VO' }).check();
  await page.getByRole('textbox', { name: 'Naam' }).fill(packageName);
  await expectNoSeriousA11yViolations(page, 'order wizard: template');
  await step(page, 'Pakket').getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('group', { name: 'Online veiligheid' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Online veiligheid' }).getByRole('checkbox', { name: 'Opnemen in pakket' }),
  ).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'order wizard: offers');
  await step(page, 'Aanbod en prijzen').getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Alleen de gekozen scholen' }).check();
  const chosen = page.getByRole('group', { name: 'Kies de scholen' });
  await chosen.getByRole('checkbox', { name: /Stadscollege Domstad/ }).check();
  await chosen.getByRole('checkbox', { name: /Vechtoever/ }).check();
  await expectNoSeriousA11yViolations(page, 'order wizard: schools');
  await step(page, 'Scholen').getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Budget in credits').fill('34');
  await page.getByLabel('Subsidiejaar').selectOption(String(year));
  await page.getByLabel('Besteldeadline').fill(`${year}-12-31`);
  await page.getByRole('checkbox', { name: 'Goedkeuring door de gemeente vereist' }).check();
  await expectNoSeriousA11yViolations(page, 'order wizard: budget');
  await step(page, 'Budget en voorwaarden').getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(packageName);
  await page.getByRole('button', { name: 'Bestellen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is naar Halt gestuurd' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Besteld$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'ordered package');
  const orderUrl = page.url();
  const orderId = orderUrl.split('/').at(-1) as string;
  await signOut(page);

  // 2. Halt accepts it; it becomes active.
  await signIn(page, 'beheer@halt.example');
  await page.goto(`/beheer/pakketten?jaar=${year}`);
  await expect(page.getByRole('link', { name: /^PK-/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: packages');
  await page.goto(`/beheer/pakketten/${orderId}`);
  await page.getByRole('button', { name: 'Accepteren' }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'Actief' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: accepted package');
  await signOut(page);

  // 3. The school requests a voorlichting paid from the package; it waits for the gemeente.
  await signIn(page, SCHOOL);
  await page.goto('/school/aanbod');
  await page.getByRole('link', { name: 'Online veiligheid' }).click();
  await page.getByRole('link', { name: 'Dit aanbod aanvragen' }).click();
  await step(page, 'Aanbod').getByRole('button', { name: 'Volgende' }).click();
  const class1 = page.getByRole('group', { name: 'Klas 1' });
  await class1.getByLabel('Naam van de klas').fill('2G');
  await class1.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'VO klas 1–2' });
  await class1.getByLabel('Aantal leerlingen').fill('27');
  await step(page, 'Klassen').getByRole('button', { name: 'Volgende' }).click();
  let from = addDays(now, 35);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  const to = addDays(from, 21);
  const period = page.getByRole('group', { name: 'Periode 1' });
  await period.getByLabel('Vanaf').fill(isoDate(from));
  await period.getByLabel('Tot en met').fill(isoDate(to));
  await step(page, 'Data').getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Locatie in de school').fill('Lokaal 0.12');
  const paid = page.getByRole('radio', { name: `Uit het pakket “${packageName}” van gemeente Utrecht` });
  await expect(paid).toBeEnabled();
  await expect(page.getByText('Nog 34 credits over; deze aanvraag vraagt er 1.')).toBeVisible();
  await paid.check();
  await expectNoSeriousA11yViolations(page, 'request wizard: paid from a package');
  await step(page, 'Praktisch').getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'Wacht op goedkeuring' })).toBeVisible();
  await expect(
    page.getByRole('definition').filter({ hasText: `Uit het pakket “${packageName}” (1 credits)` }),
  ).toBeVisible();
  const requestId = page.url().split('/').at(-1) as string;
  const reference = (await page.getByRole('heading', { level: 1 }).textContent())?.replace('Aanvraag ', '').trim();
  await signOut(page);

  // 4. The gemeente approves it in its inbox; the budget bar shows the reservation.
  await signIn(page, GEMEENTE);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goedkeuren' }).click();
  await expectNoSeriousA11yViolations(page, 'gemeente: approvals');
  await page.getByRole('button', { name: `Goedkeuren: aanvraag ${reference}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Aanvraag ${reference}` })).toContainText('goedgekeurd');
  await page.goto(orderUrl);
  await expect(page.getByRole('img', { name: /0 verbruikt, 1 gereserveerd, 33 over van 34 credits/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'gemeente: package with a reservation');

  // 5. The planner plans the lesson; once its day has come (demo clock) it is marked delivered for 27 pupils.
  const planner = { Authorization: `Bearer ${await token(request, 'planner.midden@halt.example')}` };
  const admin = { Authorization: `Bearer ${await token(request, 'beheer@halt.example')}` };
  const school = { Authorization: `Bearer ${await token(request, SCHOOL)}` };
  const r = await (await request.get(`/api/requests/${requestId}`, { headers: school })).json();
  const days = await (
    await request.get(`/api/schools/${r.school.id}/calendar?from=${isoDate(from)}&to=${isoDate(to)}`, {
      headers: school,
    })
  ).json();
  const day = days.days.find((d: { schoolDay: boolean }) => d.schoolDay).date as string;
  const planned = await request.patch(`/api/sessions/${r.sessions[0].id}/plan`, {
    headers: planner,
    data: { date: day, time: '09:00' },
  });
  expect(planned.status(), await planned.text()).toBe(200);
  const ahead = Math.ceil((Date.parse(`${day}T12:00:00Z`) - Date.now()) / 86_400_000) + 1;
  try {
    expect((await request.put('/api/demo/clock', { headers: admin, data: { offsetDays: ahead } })).status()).toBe(200);
    const delivered = await request.post(`/api/sessions/${r.sessions[0].id}/deliver`, {
      headers: planner,
      data: { pupilsReached: 27 },
    });
    expect(delivered.status(), await delivered.text()).toBe(200);
  } finally {
    await request.put('/api/demo/clock', { headers: admin, data: { offsetDays: 0 } });
  }

  await page.reload();
  await expect(page.getByRole('img', { name: /1 verbruikt, 0 gereserveerd, 33 over van 34 credits/ })).toBeVisible();
  const ledger = page.getByRole('region', { name: 'Mutaties van het budget' });
  await expect(ledger).toContainText('Verbruikt');

  // 6. The results of the year, as a chart with a table and as CSV.
  await page.goto(`/gemeente/resultaten?jaar=${year}`);
  const table = page.getByRole('region', { name: new RegExp(`Resultaten ${year} per school en aanbod`) });
  await expect(table.getByRole('row').filter({ hasText: 'Stadscollege Domstad' })).toContainText('27');
  await expect(page.getByRole('img', { name: /^Staafdiagram/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'gemeente: results');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Stadscollege Domstad,Online veiligheid,voorlichting,1,1,27,1');
});
