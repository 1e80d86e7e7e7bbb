import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

test('an admin corrects an offer after the API refuses a bad value, and the school catalogue shows the change', async ({
  page,
  request,
}) => {
  // The other journeys plan "Online veiligheid" as the 60-minute lesson it ships as: put it back afterwards.
  const admin = await authHeader(request, 'beheer@halt.example');
  const { items } = await (await request.get('/api/offers?q=Online%20veiligheid', { headers: admin })).json();
  const onlineSafety = items.find((o: { title: string }) => o.title === 'Online veiligheid');
  expect(onlineSafety?.durationMinutes).toBe(60);
  try {
    await changeAnOffer(page);
  } finally {
    await request.patch(`/api/offers/${onlineSafety.id}`, { headers: admin, data: { durationMinutes: 60 } });
  }
});

async function changeAnOffer(page: Page): Promise<void> {
  await signIn(page, 'beheer@halt.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod beheren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbod beheren');
  await expect(page.getByRole('region', { name: /^Aanbod \(\d+\)$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: offers');

  await page.getByRole('button', { name: 'Online veiligheid wijzigen' }).click();
  await expect(page.getByRole('heading', { name: 'Online veiligheid wijzigen' })).toBeFocused();
  const duration = page.getByLabel('Duur in minuten');
  await expect(duration).toHaveValue('60');
  // Too short: the API's own reason shows at the field, and the focus goes there.
  await duration.fill('5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('moet minstens 15 minuten zijn')).toBeVisible();
  await expect(duration).toBeFocused();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'admin: offer with a field error');
  // By keyboard: the value corrected, Enter saves.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('75');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Online veiligheid is opgeslagen.' })).toBeVisible();

  // Withdraw another offer and bring it back: it is marked in the list meanwhile.
  await page.getByRole('button', { name: 'Groepsdruk intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Groepsdruk is ingetrokken' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Groepsdruk/ }).getByText('Ingetrokken')).toBeVisible();
  await page.getByRole('button', { name: 'Groepsdruk terugzetten' }).click();
  await expect(page.getByRole('row', { name: /Groepsdruk/ }).getByText('Actief')).toBeVisible();

  await signOut(page);
  await signIn(page, 'contact@domstad.school.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' }).click();
  await page.getByRole('link', { name: 'Online veiligheid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Online veiligheid');
  await expect(page.getByText('75 minuten')).toBeVisible();
}

test('an admin enters the holidays of a missing school year from the notice on the home page, by keyboard, also at 320 px', async ({
  page,
  request,
}) => {
  const admin = await authHeader(request, 'beheer@halt.example');
  // A year on (the demo clock), the next school year is 2028-2029, which has no holidays yet.
  expect((await request.put('/api/demo/clock', { headers: admin, data: { offsetDays: 365 } })).status()).toBe(200);
  try {
    await signIn(page, 'beheer@halt.example');
    const notice = page.getByRole('status').filter({ hasText: 'Voor schooljaar 2028-2029' });
    await expect(notice).toContainText('regio Noord, Midden, Zuid');
    await notice.getByRole('link', { name: 'Schoolvakanties 2028-2029 invoeren' }).click();
    await expect(page).toHaveURL(/\/beheer\/schoolvakanties\?jaar=2028-2029&regio=noord/);
    await expect(page.getByRole('region', { name: 'Schoolvakanties 2028-2029, regio Noord (0)' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: school holidays');

    // The form by keyboard: choose the holiday, type the dates, Enter adds it. A last day before the first is refused.
    await page.getByRole('combobox', { name: 'Vakantie', exact: true }).focus();
    await page.getByRole('combobox', { name: 'Vakantie', exact: true }).selectOption({ label: 'Herfstvakantie' });
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Eerste dag')).toBeFocused();
    await page.getByLabel('Eerste dag').fill('2028-10-14');
    await page.keyboard.press('Tab');
    await page.getByLabel('Laatste dag').fill('2028-10-10');
    await page.keyboard.press('Enter');
    await expect(page.getByText('mag niet voor de eerste dag liggen')).toBeVisible();
    await expect(page.getByLabel('Laatste dag')).toBeFocused();
    await page.getByLabel('Laatste dag').fill('2028-10-22');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Herfstvakantie is toegevoegd.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Schoolvakanties 2028-2029, regio Noord (1)' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Herfstvakantie/ })).toContainText('2028-10-22');

    // Change its last day, as an admin would after the official list comes out.
    await page.getByRole('button', { name: 'Herfstvakantie wijzigen' }).click();
    await page.getByLabel('Laatste dag').fill('2028-10-23');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('row', { name: /Herfstvakantie/ })).toContainText('2028-10-23');

    // At 320 px the page fits without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoSeriousA11yViolations(page, 'admin: school holidays at 320 px');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Back home: Noord is no longer named as missing for 2028-2029.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beheer', exact: true })
      .click();
    await expect(notice).toContainText('regio Midden, Zuid');
    await expect(notice).not.toContainText('Noord');
  } finally {
    await request.put('/api/demo/clock', { headers: admin, data: { offsetDays: 0 } });
  }
});

test('an admin changes the credits of an offer in a standard package, after the API refuses a bad value', async ({
  page,
}) => {
  await signIn(page, 'beheer@halt.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Standaardpakketten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standaardpakketten');
  await expect(page.getByRole('region', { name: /^Standaardpakketten \(\d+\)$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin: package templates');

  await page.getByRole('button', { name: 'Basispakket voorlichtingen PO/VO wijzigen' }).click();
  await expect(page.getByRole('heading', { name: 'Basispakket voorlichtingen PO/VO wijzigen' })).toBeFocused();
  const credits = page.getByRole('spinbutton', { name: /^Credits per sessie/ }).first();
  const label = (await credits.getAttribute('aria-label')) ?? '';
  const title = /\((.*)\)$/.exec(label)?.[1] ?? '';
  await credits.fill('0');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('moet minstens 1 zijn')).toBeVisible();
  await expect(credits).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'admin: package template with a field error');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Basispakket voorlichtingen PO/VO is opgeslagen.' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Basispakket voorlichtingen PO\/VO/ })).toContainText(`${title} (3 cr.)`);
});
