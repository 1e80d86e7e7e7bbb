import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('a school contact filters the catalogue to VO klas 1–2 and opens “Online veiligheid”', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('contact@domstad.school.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/school$/);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbod van Halt');
  await expect(page.getByRole('status')).toHaveText('15 resultaten');
  await expectNoSeriousA11yViolations(page, 'catalogue');

  await page.getByRole('combobox', { name: 'Niveau' }).click();
  await page.getByRole('option', { name: 'VO klas 1–2' }).click();
  await page.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Voorlichting' }).click();
  await expect(page.getByRole('status')).toHaveText('9 resultaten');
  await expect(page.getByRole('heading', { name: 'Ondermijning in de werksfeer (MBO)' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'filtered catalogue');

  await page.getByRole('link', { name: 'Online veiligheid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Online veiligheid');
  await expect(page.getByText('60 minuten')).toBeVisible();
  await expect(page).toHaveTitle('Aanbod in detail — Halt Preventieportaal');
  await expectNoSeriousA11yViolations(page, 'offer detail');

  await page.getByRole('link', { name: 'Terug naar het aanbod' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbod van Halt');
});
