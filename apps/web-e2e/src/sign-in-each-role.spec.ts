import { expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const PASSWORD = 'Preventie-2026!';

/** One demo user per role, the home their role lands on, and that home's heading. */
const ROLES = [
  {
    role: 'school',
    email: 'contact@domstad.school.example',
    path: '/school',
    heading: 'Welkom, Contactpersoon Stadscollege Domstad',
    shows: 'Kromme Nieuwegracht 10',
  },
  {
    role: 'gemeente',
    email: 'beleid@amsterdam.gemeente.example',
    path: '/gemeente',
    heading: 'Gemeente Amsterdam',
    shows: 'OBS Het IJ',
  },
  {
    role: 'planner',
    email: 'planner.zuid@halt.example',
    path: '/planner',
    heading: 'Planning',
    shows: 'Vakschool Mergelland',
  },
  {
    role: 'staff',
    email: 'sanne.devries@halt.example',
    path: '/medewerker',
    heading: 'Welkom, Sanne de Vries',
    shows: 'Noord-Nederland',
  },
  {
    role: 'admin',
    email: 'beheer@halt.example',
    path: '/beheer',
    heading: 'Beheer',
    shows: 'planner.zuid@halt.example',
  },
] as const;

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

test.describe('sign-in per role', () => {
  test('the Dutch login page lists the demo log-ins in development and has no serious accessibility problems', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/inloggen/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Inloggen/);
    await expect(page.getByRole('table').filter({ hasText: 'beheer@halt.example' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'login page');
  });

  test('a wrong password shows a Dutch error and keeps the user on the login page', async ({ page }) => {
    await signIn(page, 'beheer@halt.example', 'helemaal-fout');
    await expect(page.getByRole('alert')).toContainText('E-mailadres of wachtwoord onjuist');
    await expect(page).toHaveURL(/\/inloggen/);
  });

  for (const r of ROLES) {
    test(`${r.role} signs in, reaches their home, survives a reload and signs out`, async ({ page }) => {
      await signIn(page, r.email);
      await expect(page).toHaveURL(new RegExp(`${r.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.heading);
      await expect(page.getByText(r.shows).first()).toBeVisible(); // real data of the user's own organisation
      await expect(page).toHaveTitle(/ — Halt Preventieportaal$/);
      await expectNoSeriousA11yViolations(page, `${r.role} home`);

      // The refresh cookie restores the session after a reload.
      await page.reload();
      await expect(page).toHaveURL(new RegExp(`${r.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.heading);

      // Another role's area sends the user back to their own home.
      const other = ROLES.find((x) => x.role !== r.role)!;
      await page.goto(other.path);
      await expect(page).toHaveURL(new RegExp(`${r.path}$`));

      await page.getByRole('button', { name: /Uitloggen/ }).click();
      await expect(page).toHaveURL(/\/inloggen/);
      await page.goto(r.path);
      await expect(page).toHaveURL(/\/inloggen/);
    });
  }

  test('an unknown page shows the Dutch 404 page', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expectNoSeriousA11yViolations(page, '404 page');
  });
});
