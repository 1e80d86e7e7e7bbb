import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signIn, signOut } from './support/session';

const GEMEENTE = 'beleid@utrecht.gemeente.example';
const PLANNER = 'planner.midden@halt.example';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Six weeks ahead for six weeks, out of the summer holidays. */
function periodAhead(): { from: string; to: string } {
  let from = addDays(new Date(), 42);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  return { from: isoDate(from), to: isoDate(addDays(from, 42)) };
}

test('a gemeente asks a maatwerk question, a planner plans the intake and proposes, the gemeente accepts and the sessions reach the planner inbox', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Overlast winkelcentrum ${Date.now()}`;
  const period = periodAhead();

  // 1. The gemeente submits its question without choosing an offer.
  await signIn(page, GEMEENTE);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Maatwerk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maatwerk en advies' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'maatwerk list (gemeente)');
  await page.getByRole('link', { name: 'Maatwerkvraag stellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maatwerkvraag stellen' })).toBeVisible();
  await page.getByLabel('Onderwerp', { exact: true }).fill(title);
  await page
    .getByLabel('Situatie', { exact: true })
    .fill('Groepjes jongeren zorgen na school voor overlast en vernielingen.');
  await page.getByLabel('Aantal groepen').fill('2');
  await page.getByLabel('Aantal deelnemers').fill('40');
  await page.getByRole('combobox', { name: 'Urgentie' }).click();
  await page.getByRole('option', { name: 'Binnen een maand' }).click();
  await page.getByLabel('Voorkeursperiode vanaf').fill(period.from);
  await page.getByLabel('Voorkeursperiode tot en met').fill(period.to);
  await expectNoSeriousA11yViolations(page, 'maatwerk form');
  // Usable at 320 px: nothing wider than the screen.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (size) await page.setViewportSize(size);
  // By keyboard: the submit button is reachable with Tab from the last field.
  await page.getByLabel('Telefoon (niet verplicht)').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Vraag versturen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gemeente\/maatwerk\/[0-9a-f-]{36}$/);
  const questionUrl = new URL(page.url()).pathname;
  const id = questionUrl.split('/').pop() as string;
  await expect(page.getByText('Ingediend').first()).toBeVisible();
  await signOut(page);

  // 2. The planner of the region finds it in the inbox, plans the intake and sends a proposal.
  await signIn(page, PLANNER);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Maatwerkvragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maatwerkvragen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'maatwerk inbox');
  await page
    .getByRole('row', { name: new RegExp(title) })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(new RegExp(`/planner/maatwerk/${id}$`));
  await page.getByLabel('Datum intake').fill(isoDate(addDays(new Date(), 7)));
  await page.getByLabel('Tijd intake').fill('10:00');
  await page.getByLabel('Link van het online gesprek (https)').fill('https://meet.halt.example/intake');
  await page.getByRole('button', { name: 'Intake plannen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intake gepland' })).toBeVisible();
  await page.getByLabel('Titel', { exact: true }).fill('Groepsgesprek over overlast');
  await page.getByLabel('Beschrijving').fill('Twee gesprekken met de groep, samen met de wijkagent.');
  await page.getByLabel('Aantal sessies').fill('2');
  await page.getByLabel('Prijs (euro)').fill('450');
  await expectNoSeriousA11yViolations(page, 'maatwerk proposal editor');
  await page.getByRole('button', { name: 'Voorstel versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Voorstel verstuurd' })).toBeVisible();
  await expect(page.getByText('€ 450,00').first()).toBeVisible();
  await signOut(page);

  // 3. The gemeente accepts; the proposal line becomes a request.
  await signIn(page, GEMEENTE);
  await page.goto(questionUrl);
  await expect(page.getByRole('button', { name: 'Voorstel accepteren' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'maatwerk proposal (gemeente)');
  await page.getByRole('button', { name: 'Voorstel accepteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Geaccepteerd' })).toBeVisible();
  const reference = (
    await page
      .getByRole('row', { name: /Groepsgesprek over overlast/ })
      .getByText(/^AV-\d{4}-\d{6}$/)
      .textContent()
  )?.trim() as string;
  expect(reference).toMatch(/^AV-\d{4}-\d{6}$/);
  await signOut(page);

  // 4. Its two sessions are in the planner's inbox.
  await signIn(page, PLANNER);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Maatwerk');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Aanvraag ${reference}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sessie 1 inplannen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sessie 2 inplannen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sessie 3 inplannen' })).toHaveCount(0);
});
