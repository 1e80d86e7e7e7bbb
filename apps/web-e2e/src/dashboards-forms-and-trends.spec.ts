import { expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signIn, signOut } from './support/session';

const fitsIn320 = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

test('an admin publishes a new version of a form; earlier versions stay listed with their answers', async ({
  page,
}) => {
  await signIn(page, 'beheer@halt.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Evaluatieformulieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatieformulieren' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: evaluation forms');
  await page.getByRole('button', { name: 'Nieuwe versie van Leerling – Halt-JRB-combinatie' }).click();
  await expect(
    page.getByRole('heading', { name: /Nieuwe versie van Leerling – Halt-JRB-combinatie \(wordt versie 2\)/ }),
  ).toBeVisible();
  await page.getByLabel('Titel').fill('Wat vond je van de zitting?');
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  const added = page.getByRole('group', { name: /Vraag 5/ });
  await added.getByLabel('Vraag', { exact: true }).fill('Wat neem je mee uit de zitting?');
  // A new question is a 1–5 scale until told otherwise: saving it without the meaning of 1 and 5 is refused.
  await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
  await expect(page.getByRole('alert')).toContainText('Controleer de gemarkeerde velden.');
  await added.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Open vraag' });
  await expectNoSeriousA11yViolations(page, 'admin: form editor');
  await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
  await expect(page.getByText(/Versie 2 van Leerling – Halt-JRB-combinatie opgeslagen/)).toBeVisible();
  await expect(page.getByText('Versie 1: 0 antwoorden')).toBeVisible();

  // The year's targets are the admin's to set, on the dashboard.
  await page.goto('/beheer/dashboard?van=2030-01-01&tot=2030-12-31');
  await page.getByText('Doelen 2030 aanpassen').click();
  const targets = page.getByRole('form', { name: 'Doelen 2030 aanpassen' });
  await targets.getByLabel('Leerlingen te bereiken').fill('-5');
  await targets.getByRole('button', { name: 'Doelen opslaan' }).click();
  await expect(targets.getByRole('alert')).toContainText('Vul voor beide doelen een geheel getal van 0 of meer in.');
  await targets.getByLabel('Leerlingen te bereiken').fill('210000');
  await targets.getByRole('button', { name: 'Doelen opslaan' }).click();
  await expect(targets.getByRole('status')).toHaveText('De doelen voor 2030 zijn opgeslagen.');
  await expect(page.getByText(/van 210\.000 leerlingen/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: dashboard with the target editor');
});

test('dashboards, trend signals and the school results work at 320 px and pass axe', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const year = new Date().getUTCFullYear();
  const period = `van=${year}-01-01&tot=${year + 1}-12-31`;

  await signIn(page, 'planner.midden@halt.example');
  await page.goto(`/planner/dashboard?${period}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Bereikte leerlingen' })).toBeVisible();
  await fitsIn320(page);
  await expectNoSeriousA11yViolations(page, 'planner dashboard at 320 px');
  // A period that runs backwards is refused in Dutch, on the field.
  await page.getByLabel('Tot en met').fill(`${year - 1}-01-01`);
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByText('De einddatum ligt vóór de begindatum')).toBeVisible();
  await page.goto(`/planner/trends?${period}`);
  await expect(
    page.getByText('Alleen zichtbaar voor Halt-medewerkers; e-mailadressen en telefoonnummers zijn verwijderd.'),
  ).toBeVisible();
  await fitsIn320(page);
  await expectNoSeriousA11yViolations(page, 'trend signals at 320 px');
  await signOut(page);

  await signIn(page, 'beleid@utrecht.gemeente.example');
  await page.goto(`/gemeente/dashboard?${period}`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Gegeven tegenover besteld, per bestelling en school' }),
  ).toBeVisible();
  await fitsIn320(page);
  await expectNoSeriousA11yViolations(page, 'gemeente dashboard at 320 px');
  await signOut(page);

  await signIn(page, 'contact@domstad.school.example');
  // Below 600 px the navigation sits behind the menu button.
  await page.getByRole('button', { name: /Menu/ }).click();
  await page.getByRole('menuitem', { name: 'Resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultaten en evaluaties' })).toBeVisible();
  await fitsIn320(page);
  await expectNoSeriousA11yViolations(page, 'school results at 320 px');
  await context.close();
});
