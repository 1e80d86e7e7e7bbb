import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousA11yViolations } from './support/axe';

const FIXTURE = join(__dirname, 'fixtures', 'duo-schools-50.csv');

test('an admin imports 50 schools from DUO’s CSV: 3 lines refused with their reason, a second import adds nothing', async ({
  page,
}) => {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('beheer@halt.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

  await page.goto('/beheer/scholen-importeren');
  await expect(page.getByRole('heading', { name: 'Scholen importeren uit DUO' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: school import, empty');

  await page.getByLabel('CSV-bestand van DUO').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText('47 nieuw, 0 gewijzigd, 0 ongewijzigd, 3 geweigerd');
  const refused = page.locator('tr[data-outcome="refused"]');
  await expect(refused).toHaveCount(3);
  await expect(refused.nth(0)).toContainText('postcode "0123 XX" is geen Nederlandse postcode');
  await expect(refused.nth(1)).toContainText('onbekende gemeentecode GM9999');
  await expect(refused.nth(2)).toContainText('onbekend soort onderwijs "Kinderopvang"');
  await expectNoSeriousA11yViolations(page, 'admin: school import, preview');

  await page.getByRole('button', { name: 'Importeren (47 scholen)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De import is klaar: 47 scholen toegevoegd, 0 bijgewerkt.' }),
  ).toBeVisible();

  // The same file again: nothing new, nothing to import.
  await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText('0 nieuw, 0 gewijzigd, 47 ongewijzigd, 3 geweigerd');
  await expect(page.getByRole('button', { name: 'Importeren (0 scholen)' })).toBeDisabled();

  // Narrow screen: the page and its table still work at 320 px.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('button', { name: 'Bekijk wat er verandert' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: school import at 320 px');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
