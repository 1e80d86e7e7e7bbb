import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('language, narrow screens and keyboard', () => {
  test('switches to English and back, remembered on the account', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('contact@lorentz.school.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/school$/);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Welcome, Contactpersoon Lorentz College Eindhoven',
    );
    await expect(page.getByRole('heading', { name: 'School details' })).toBeVisible();
    await expect(page).toHaveTitle('My school — Halt Prevention Portal');
    await expectNoSeriousA11yViolations(page, 'school home in English');

    // The choice is stored on the account: it survives signing out and in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail address').fill('contact@lorentz.school.example');
    await page.getByLabel('Password', { exact: true }).fill('Preventie-2026!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welcome/);

    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom/);
  });

  test('works at 320 px wide without sideways scrolling of the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/inloggen');
    await expect(page.getByRole('table', { name: /Demo-accounts per rol/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByLabel('E-mailadres').fill('beheer@halt.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/beheer$/);
    await expect(page.getByRole('table', { name: /Gebruikers van het portaal/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeInViewport();
    await expectNoSeriousA11yViolations(page, 'admin home at 320 px');
    // Below 600 px the navigation sits behind a menu button.
    await page.getByRole('button', { name: /Menu/ }).click();
    await expect(page.getByRole('menuitem', { name: 'Beheer' })).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('signs in and changes the school day with the keyboard alone', async ({ page }) => {
    await page.goto('/inloggen');
    // The login page is loaded lazily: start typing once it is there.
    await expect(page.getByLabel('E-mailadres')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    // The skip link jumps over the toolbar (brand link, language switch) straight to the page.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
    await page.keyboard.type('contact@hetij.school.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Preventie-2026!');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/school$/);

    const start = page.getByLabel('Begin van de schooldag');
    await start.focus();
    await start.fill('09:00');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Einde van de schooldag')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('08:00');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Het einde moet later zijn dan het begin');

    await page.getByLabel('Einde van de schooldag').fill('15:15');
    await page.getByLabel('Einde van de schooldag').press('Enter');
    await expect(page.getByRole('status')).toContainText('De wijzigingen zijn opgeslagen.');
    await expect(page.getByText('09:00 tot 15:15')).toBeVisible();
  });
});
