import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn } from './support/session';

const EMAIL = 'contact@walden.school.example';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

test.describe('privacy: the statements and a person’s own data', () => {
  test('the footer links reach the privacy and accessibility statements, accessible, also at 320 px', async ({
    page,
  }) => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/inloggen');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
      await expect(page).toHaveURL(/\/privacy$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Privacyverklaring' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Uw rechten' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `privacy statement at ${width} px`);

      await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
      await expect(page).toHaveURL(/\/toegankelijkheid$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeVisible();
      for (const h of ['Status', 'Wat is gecontroleerd?', 'Bekende problemen', 'Contact']) {
        await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
      }
      // The outcome of the last recorded axe check, or that none was recorded — never an invented one.
      await expect(page.getByTestId('a11y-outcome')).toHaveText(
        /Laatste controle: \d{4}-\d{2}-\d{2}\.|nog geen controle/,
      );
      await expectNoSeriousA11yViolations(page, `accessibility statement at ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('a signed-in school user downloads their own data as JSON, with the request they are the contact of', async ({
    page,
    request,
  }) => {
    const auth = await authHeader(request, EMAIL);
    const { items: offers } = await (await request.get('/api/offers?type=voorlichting', { headers: auth })).json();
    let from = new Date(Date.now() + 49 * 86_400_000);
    if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
    const submitted = await request.post('/api/requests', {
      headers: auth,
      data: {
        offerId: offers[0].id,
        groups: [{ name: '2B', level: 'so-vso', pupilCount: 12 }],
        windows: [
          {
            from: isoDate(from),
            to: isoDate(new Date(from.getTime() + 14 * 86_400_000)),
            weekdays: [1, 2, 3, 4, 5],
            earliest: '08:30',
            latest: '16:00',
          },
        ],
        location: 'Lokaal 12',
        contact: { name: 'Contact Walden', email: EMAIL, phone: '020 555 12 34' },
        languageNeeds: { interpreter: false, onlineParentMeeting: false },
        parentMeeting: false,
        funding: 'school',
      },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    const { reference } = await submitted.json();

    await signIn(page, EMAIL);
    await page.goto('/account');
    const section = page.getByRole('region', { name: 'Download wat het portaal over u bewaart' });
    await expect(section).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'account page with the download');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download als JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('persoonsgegevens.json');
    const data = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(data.account.email).toBe(EMAIL);
    expect(data.requests.map((r: { reference: string }) => r.reference)).toContain(reference);
    expect(data.requests.find((r: { reference: string }) => r.reference === reference).contactPhone).toBe(
      '020 555 12 34',
    );
    expect(data.auditEvents.length).toBeGreaterThan(0);
  });

  test('an admin erases a person on request (AVG art. 17): after a confirmation they are a pseudonym everywhere', async ({
    page,
    request,
  }) => {
    const admin = await authHeader(request, 'beheer@halt.example');
    // The school of the Walden contact: the only one that user sees.
    const walden = await authHeader(request, EMAIL);
    const { items: schools } = await (await request.get('/api/schools', { headers: walden })).json();
    const person = `wissen.${Date.now().toString(36)}@walden.school.example`;
    const invited = await request.post('/api/users', {
      headers: admin,
      data: { email: person, name: 'Wil Wissen', role: 'school', schoolId: schools[0].id },
    });
    expect(invited.status(), await invited.text()).toBe(201);

    await signIn(page, 'beheer@halt.example');
    await page.goto('/beheer/gebruikers');
    await page.getByLabel('Naam of e-mailadres').fill(person);
    await page.getByRole('button', { name: 'Filteren' }).click();
    const row = page.getByRole('row').filter({ hasText: person });
    await row.getByRole('button', { name: 'Gegevens van Wil Wissen wissen (AVG)' }).click();
    const confirm = row.getByRole('group', { name: 'Wissen van Wil Wissen bevestigen' });
    await expect(confirm).toContainText('Dit kan niet ongedaan worden.');
    await expectNoSeriousA11yViolations(page, 'admin: erasure to confirm');
    // Cancelling writes nothing.
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await expect(row).toContainText(person);
    await row.getByRole('button', { name: 'Gegevens van Wil Wissen wissen (AVG)' }).click();
    await row.getByRole('button', { name: 'Ja, wissen' }).click();
    const done = page.getByRole('status').filter({ hasText: 'De gegevens van Wil Wissen zijn gewist.' });
    await expect(done).toBeVisible();
    const pseudonym = /Overal staat nu (verwijderd-[0-9a-f]+@pseudoniem\.invalid)/.exec(
      (await done.textContent()) ?? '',
    )?.[1];
    expect(pseudonym).toBeTruthy();
    const { items } = await (await request.get('/api/users', { headers: admin, params: { q: person } })).json();
    expect(items).toEqual([]);
    const erased = await (await request.get('/api/users', { headers: admin, params: { q: pseudonym! } })).json();
    expect(erased.items).toEqual([expect.objectContaining({ email: pseudonym, status: 'deactivated' })]);
  });
});
