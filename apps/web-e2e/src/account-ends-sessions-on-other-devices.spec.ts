import { Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { endAllSessions, PASSWORD } from './support/session';

const EMAIL = 'contact@domstad.school.example';
/** A second "device": another browser profile that says it is Firefox on Linux. */
const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** Signs in through the login page; resolves with the access token the portal sends (it keeps it in memory only). */
async function signIn(page: Page, email = EMAIL): Promise<string> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  const call = page.waitForRequest((r) => r.url().includes('/api/') && !!r.headers()['authorization']);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  const token = (await call).headers()['authorization'].replace(/^Bearer /, '');
  await expect(page.getByRole('button', { name: 'Uitloggen', exact: true })).toBeVisible();
  return token;
}

async function secondDevice(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', userAgent: FIREFOX_ON_LINUX });
}

/** Tabs from the top of the page until `name` has the focus (at most `max` times); fails when it never does. */
async function tabTo(page: Page, name: string, max = 30): Promise<void> {
  await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`"${name}" was not reached with Tab`);
}

const sessionItems = (page: Page, region = 'Waar u bent ingelogd') =>
  page.getByRole('region', { name: region }).getByRole('listitem');

test.describe('account page: where you are signed in', () => {
  test('a user signed in on two devices sees both and ends the other one by keyboard; that device is signed out', async ({
    page,
    browser,
    baseURL,
    playwright,
  }) => {
    await endAllSessions(playwright, baseURL, EMAIL);
    const phoneContext = await secondDevice(browser, baseURL);
    const phone = await phoneContext.newPage();
    const phoneToken = await signIn(phone);
    await signIn(page);

    // The account page is in the toolbar of every role, reachable with Tab.
    await tabTo(page, 'Mijn account');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/account$/);
    await expect(page).toHaveTitle('Mijn account — Halt Preventieportaal');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    const details = page.getByRole('region', { name: 'Uw gegevens' });
    await expect(details).toContainText(EMAIL);
    await expect(details).toContainText('School');
    await expect(details).toContainText('Stadscollege Domstad');

    // Two sessions: this device first and marked, then the other with its own button.
    const items = sessionItems(page);
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('Dit apparaat');
    await expect(items.first()).toContainText('Chrome op Windows');
    await expect(items.first()).toContainText('Nu in gebruik');
    await expect(items.nth(1)).toContainText('Firefox op Linux');
    await expect(items.nth(1)).not.toContainText('Dit apparaat');
    await expect(items.nth(1)).toContainText(/Ingelogd op\s*\d{1,2} [a-z]{3}\.? \d{4}/);
    await expectNoSeriousA11yViolations(page, 'account page');

    // The confirmation takes the focus; Escape goes back to the button.
    const end = page.getByRole('button', { name: /^Sessie beëindigen: Firefox op Linux, laatst gebruikt / });
    await end.focus();
    await page.keyboard.press('Enter');
    const yes = page.getByRole('button', { name: 'Ja, beëindigen' });
    await expect(yes).toBeFocused();
    await expect(page.getByRole('group', { name: /Wilt u de sessie op Firefox op Linux beëindigen/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'account page asking to confirm');
    await page.keyboard.press('Escape');
    await expect(end).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Enter');

    // Confirmed in the polite live region; the list, refreshed, has this device only.
    await expect(page.getByRole('status')).toHaveText('De sessie op Firefox op Linux is beëindigd.');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('Dit apparaat');
    await expect(page.getByText('U bent alleen op dit apparaat ingelogd.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Overal anders uitloggen' })).toHaveCount(0);

    // The other device: its access token stopped at once, and its next page goes to the login page.
    const me = await phoneContext.request.get('/api/auth/me', { headers: { Authorization: `Bearer ${phoneToken}` } });
    expect(me.status()).toBe(401);
    await phone.getByRole('link', { name: 'Aanbod' }).first().click();
    await expect(phone).toHaveURL(/\/inloggen/);
    await expect(phone.getByRole('status')).toContainText('Uw sessie is verlopen');
    await phoneContext.close();

    // This device is still signed in, also after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    await expect(sessionItems(page)).toHaveCount(1);
  });

  test('ends every other session at once, signs out here, and fits a 320 px screen', async ({
    page,
    playwright,
    baseURL,
  }) => {
    // Two more sessions of a user no other test here signs in, signed in elsewhere (through the API, as another
    // client would).
    const email = 'sanne.devries@halt.example';
    await endAllSessions(playwright, baseURL, email);
    const elsewhere = await playwright.request.newContext({ baseURL });
    for (let i = 0; i < 2; i++) {
      const res = await elsewhere.post('/api/auth/login', { data: { email, password: PASSWORD } });
      expect(res.ok()).toBe(true);
    }

    await page.setViewportSize({ width: 320, height: 640 });
    await signIn(page, email);
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await expect(sessionItems(page)).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoSeriousA11yViolations(page, 'account page at 320 px');

    await page.getByRole('button', { name: 'Overal anders uitloggen' }).click();
    await expect(page.getByRole('group', { name: /Wilt u uitloggen op alle andere apparaten \(2\)/ })).toBeVisible();
    await page.getByRole('button', { name: 'Ja, overal anders uitloggen' }).click();
    await expect(page.getByRole('status')).toHaveText('U bent uitgelogd op de andere apparaten (2).');
    await expect(sessionItems(page)).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Ending this device's session is signing out.
    await page.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Faccount/);

    // Signing in again returns to the account page, with one session.
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(sessionItems(page)).toHaveCount(1);
    await elsewhere.dispose();
  });
  test('the language is chosen on the account page, and the page reads in English', async ({ page }) => {
    // A user no other test signs in: the choice is stored on their account.
    await signIn(page, 'beleid@groningen.gemeente.example');
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Taal opslaan' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status')).toHaveText('The language has been saved. The portal is now in English.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
    await expect(page).toHaveTitle('My account — Halt Prevention Portal');
    const details = page.getByRole('region', { name: 'Your details' });
    await expect(details).toContainText('Municipality');
    const items = sessionItems(page, 'Where you are signed in');
    await expect(items.first()).toContainText('Chrome on Windows');
    await expect(items.first()).toContainText('This device');
    await expect(items.first()).toContainText('In use now');
    await expectNoSeriousA11yViolations(page, 'account page in English');

    // Remembered on the account: still English after a reload; back to Dutch the same way.
    await page.reload();
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.getByRole('button', { name: 'Save language' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    await expect(page.getByRole('status')).toHaveText('De taal is opgeslagen. Het portaal is nu in het Nederlands.');
  });
});
