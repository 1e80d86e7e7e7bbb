import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

const INVITED = `nieuwe.docent.${Date.now().toString(36)}@domstad.school.example`;
const NEW_PASSWORD = 'fietsen langs de gracht';

test('an admin invites a school user, who follows the e-mailed link, sets a password and lands on the school home', async ({
  page,
  request,
}) => {
  await signIn(page, 'beheer@halt.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Accounts \(\d+\)$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: users');

  // The invitation: a school account for Stadscollege Domstad.
  await page.getByLabel('E-mailadres', { exact: true }).fill(INVITED);
  await page.getByLabel('Naam', { exact: true }).fill('Nieuwe Docent');
  await page.getByRole('combobox', { name: 'Rol' }).first().selectOption({ label: 'School' });
  await page.getByRole('combobox', { name: 'School' }).selectOption({ label: 'Stadscollege Domstad' });
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `is verstuurd naar ${INVITED}` })).toBeVisible();

  // The list shows the account as invited, never signed in.
  await page.getByLabel('Naam of e-mailadres').fill(INVITED);
  await page.getByRole('button', { name: 'Filteren' }).click();
  const row = page.getByRole('row').filter({ hasText: INVITED });
  await expect(row).toContainText('Uitgenodigd');
  await expect(row).toContainText('Nog nooit');
  // Made the school's main contact, the person may invite colleagues of their own school.
  await row.getByRole('button', { name: 'Nieuwe Docent hoofdcontact maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nieuwe Docent is nu hoofdcontact' })).toBeVisible();
  await expect(row).toContainText('hoofdcontact');

  // A Halt role changes within the rules: planner Marieke Postma becomes a specialist, and back.
  await page.getByLabel('Naam of e-mailadres').fill('planner.noord@halt.example');
  await page.getByRole('button', { name: 'Filteren' }).click();
  const planner = page.getByRole('row').filter({ hasText: 'planner.noord@halt.example' });
  await planner
    .getByRole('combobox', { name: 'Rol van Marieke Postma' })
    .selectOption({ label: 'Preventiemedewerker' });
  await planner.getByRole('button', { name: 'Rol van Marieke Postma wijzigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De rol van Marieke Postma is gewijzigd' })).toBeVisible();
  await expect(planner.getByRole('cell').nth(1)).toHaveText('Preventiemedewerker');
  await expectNoSeriousA11yViolations(page, 'admin: users, after a role change');
  await planner.getByRole('combobox', { name: 'Rol van Marieke Postma' }).selectOption({ label: 'Planner' });
  await planner.getByRole('button', { name: 'Rol van Marieke Postma wijzigen' }).click();
  await expect(planner.getByRole('cell').nth(1)).toHaveText('Planner');

  // The e-mail, as the portal captured it (this server has no SMTP: the message log is the delivery).
  const headers = await authHeader(request, 'beheer@halt.example');
  let link = '';
  await expect
    .poll(
      async () => {
        const res = await request.get('/api/message-log', { headers, params: { recipient: INVITED, pageSize: 5 } });
        const body = ((await res.json()) as { items: { subject: string; bodyText: string }[] }).items;
        link = /https?:\/\/\S+\/wachtwoord-instellen\?token=[\w-]+/.exec(body[0]?.bodyText ?? '')?.[0] ?? '';
        return body[0]?.subject && link ? body[0].subject : '';
      },
      { timeout: 20_000 },
    )
    .toBe('Uitnodiging voor het Halt Preventieportaal');
  await signOut(page);

  // The invited person opens the link on a phone-sized screen and chooses a password.
  await page.setViewportSize({ width: 320, height: 720 });
  const { pathname, search } = new URL(link);
  await page.goto(pathname + search);
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'set password (320 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByLabel('Nieuw wachtwoord').fill('te kort');
  await page.getByLabel('Herhaal het wachtwoord').fill('te kort');
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(page.getByText('Het wachtwoord moet minstens 12 tekens hebben.')).toBeVisible();
  await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();

  // Signed in, on the school's home page.
  await expect(page).toHaveURL(/\/school$/);
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  await expect(page.getByText('Stadscollege Domstad').first()).toBeVisible();
  // As main contact, the school's users page is in the menu.
  await page.getByRole('button', { name: /Menu/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Gebruikers' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page, 'school home after setting the password');
  await signOut(page);

  // The link worked once.
  await page.goto(pathname + search);
  await page.getByLabel('Nieuw wachtwoord').fill('nog een ander wachtwoord');
  await page.getByLabel('Herhaal het wachtwoord').fill('nog een ander wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze link is al gebruikt');

  // "Wachtwoord vergeten?" answers the same for any address.
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(INVITED);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status')).toContainText('Als er een account is met dit e-mailadres');
  await expectNoSeriousA11yViolations(page, 'forgot password (320 px)');
});
