import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('an admin adds a gemeente, moves it to another region, retires it; a gemeente with users cannot be retired', async ({
  page,
}) => {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('beheer@halt.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

  await page.goto('/beheer/regios');
  await expect(page.getByRole('heading', { name: 'Noord-Nederland' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Groningen (GM0014)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: regions and gemeenten');

  await page.getByLabel('CBS-code (zoals GM0363)').fill('GM1966');
  await page.getByLabel('Naam', { exact: true }).fill('Het Hogeland');
  await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Noord-Nederland' });
  await page.getByLabel('Vakantieregio', { exact: true }).selectOption('noord');
  await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het Hogeland is toegevoegd.' })).toBeVisible();

  await page.getByLabel('Regio van Het Hogeland').selectOption({ label: 'Oost-Nederland' });
  await expect(page.getByRole('status').filter({ hasText: 'Het Hogeland is verplaatst.' })).toBeVisible();
  await expect(page.getByLabel('Regio van Het Hogeland')).toHaveValue(
    await page.getByLabel('Regio van Enschede').inputValue(),
  );

  await page.getByLabel('Gemeente die opgaat').selectOption({ label: 'Groningen (GM0014)' });
  await page.getByLabel('Nieuwe gemeente').selectOption({ label: 'Leeuwarden (GM0080)' });
  await page.getByRole('button', { name: 'Gemeente opheffen' }).click();
  await expect(page.getByRole('alert')).toContainText('actieve gebruiker');

  await page.getByLabel('Gemeente die opgaat').selectOption({ label: 'Het Hogeland (GM1966)' });
  await page.getByLabel('Nieuwe gemeente').selectOption({ label: 'Groningen (GM0014)' });
  await page.getByRole('button', { name: 'Gemeente opheffen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De gemeente is opgeheven; 0 scholen zijn verplaatst.' }),
  ).toBeVisible();
  await expect(page.getByText('Het Hogeland (GM1966)')).toHaveCount(0);

  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSeriousA11yViolations(page, 'admin: regions at 320 px');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
