import { expect, Page, test } from '@playwright/test';

// Markers that survive minification: a text only the English catalogue has, one only the Dutch texts beyond the
// shell's and the sign-in page's have (nl.ts, not nl-shell.ts), and a class name only the CDK's overlay code (menus,
// the notification panel) has.
const ENGLISH = 'Halt Prevention Portal';
const OTHER_DUTCH = 'Gegevens van de school';
const OVERLAY = 'cdk-overlay-connected-position-bounding-box';

/** The source of every script the page has downloaded so far. */
function recordScripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}

test.describe('what the first page downloads', () => {
  test('the sign-in page loads neither the English texts, the other pages’ Dutch texts nor the overlay code; each comes when needed', async ({
    page,
  }) => {
    const scripts = recordScripts(page);
    await page.goto('/inloggen');
    await expect(page.getByLabel('E-mailadres')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const first = await scripts();
    expect(first.length).toBeGreaterThan(0);
    expect(
      first.some((s) => s.includes(ENGLISH)),
      'a script of the sign-in page holds the English texts',
    ).toBe(false);
    expect(
      first.some((s) => s.includes(OTHER_DUTCH)),
      'a script of the sign-in page holds the Dutch texts of other pages',
    ).toBe(false);
    expect(
      first.some((s) => s.includes(OVERLAY)),
      'a script of the sign-in page holds the CDK overlay',
    ).toBe(false);

    // Switching to English fetches the English texts (and only then shows them).
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(
      (await scripts()).some((s) => s.includes(ENGLISH)),
      'the English texts were fetched',
    ).toBe(true);
    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');

    // Signed in, the toolbar's deferred parts arrive: the notification bell with its overlay panel.
    await page.getByLabel('E-mailadres').fill('contact@lorentz.school.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('Preventie-2026!');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/school$/);
    await expect(page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ })).toBeVisible();
    expect(
      (await scripts()).some((s) => s.includes(OVERLAY)),
      'the overlay code was fetched',
    ).toBe(true);
    // The school home's own Dutch texts came with it.
    await expect(page.getByRole('heading', { name: 'Gegevens van de school' })).toBeVisible();
    expect(
      (await scripts()).some((s) => s.includes(OTHER_DUTCH)),
      'the other Dutch texts were fetched',
    ).toBe(true);
  });
});
