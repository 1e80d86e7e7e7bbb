import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('a school adds a study day, cannot add it twice, and removes it again', async ({ page }) => {
  const date = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('contact@waalstad.school.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/school$/);
  const section = page.getByRole('region', { name: 'Vrije dagen van de school' });
  await expect(section.getByRole('table')).toContainText('Nog geen vrije dagen ingevoerd.');

  await section.getByLabel('Datum').fill(date);
  await section.getByLabel('Reden').fill('Studiedag team');
  await section.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
  await expect(section.getByRole('status')).toHaveText('De vrije dag is toegevoegd.');
  await expect(section.getByRole('table')).toContainText('Studiedag team');
  // The emptied form is ready for the next day, without error messages under its fields.
  await expect(section.getByLabel('Reden')).toHaveValue('');
  await expect(section.getByText('Vul een reden in (2 tot 120 tekens)')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'school home with a closed day');

  await section.getByLabel('Datum').fill(date);
  await section.getByLabel('Reden').fill('Nog eens');
  await section.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
  await expect(section.getByRole('alert')).toHaveText('Op deze datum is de school al dicht');

  await section.getByRole('button', { name: /^Vrije dag .* verwijderen$/ }).click();
  await expect(section.getByRole('status')).toHaveText('De vrije dag is verwijderd.');
  await expect(section.getByRole('table')).toContainText('Nog geen vrije dagen ingevoerd.');
});
