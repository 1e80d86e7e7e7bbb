import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.use({ viewport: { width: 320, height: 800 } });

test('a parent opens the link the school forwarded and leaves only an e-mail address, with consent (320 px, no sign-in)', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/auth/login', {
    data: { email: 'contact@hofstad.school.example', password: 'Preventie-2026!' },
  });
  const auth = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const { items: offers } = await (await request.get('/api/offers?type=voorlichting', { headers: auth })).json();
  const offer = offers.find((o: { code: string }) => o.code === 'voorlichting-online-veiligheid');
  let from = new Date(Date.now() + 42 * 86_400_000);
  if (from.getUTCMonth() === 6 || from.getUTCMonth() === 7) from = new Date(Date.UTC(from.getUTCFullYear(), 8, 15));
  const to = new Date(from.getTime() + 21 * 86_400_000);
  const submitted = await request.post('/api/requests', {
    headers: auth,
    data: {
      offerId: offer.id,
      groups: [{ name: '1A', level: 'vo-1-2', pupilCount: 28 }],
      windows: [
        {
          from: from.toISOString().slice(0, 10),
          to: to.toISOString().slice(0, 10),
          weekdays: [1, 2, 3, 4, 5],
          earliest: '08:30',
          latest: '16:00',
        },
      ],
      location: 'Aula',
      contact: { name: 'R. Peters', email: 'r.peters@hofstad.school.example' },
      languageNeeds: { interpreter: false, onlineParentMeeting: false },
      parentMeeting: true,
      funding: 'school',
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const meeting = (await submitted.json()).sessions.find((s: { kind: string }) => s.kind === 'parent_meeting');
  expect(meeting.parentPage).toMatch(/^\/ouders\/[A-Za-z0-9_-]{32}$/);

  await page.goto(meeting.parentPage);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ouderbijeenkomst van Halt op');
  await expect(page.getByText('De datum volgt nog')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'parent meeting page (320 px)');
  await page.getByLabel('Uw e-mailadres').fill('ouder@example.nl');
  await page.getByRole('button', { name: 'Herinnering aanvragen' }).click();
  await expect(page.getByRole('alert')).toContainText('Geef toestemming');
  await page.getByRole('checkbox', { name: /Ik geef toestemming/ }).check();
  await page.getByRole('button', { name: 'Herinnering aanvragen' }).click();
  await expect(page.getByRole('status')).toContainText('U ontvangt twee dagen vooraf een herinnering');
  await expectNoSeriousA11yViolations(page, 'parent registered (320 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.goto('/ouders/abcdefghijklmnopqrstuvwxyz012345');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bijeenkomst niet gevonden');
});
