import { expect, Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

/** The text of a PDF as pdf.js reads it (tools/testing/pdf-text.mjs, pdfjs-dist). */
const pdfText = (path: string) =>
  execFileSync(process.execPath, [join(__dirname, '../../../tools/testing/pdf-text.mjs')], {
    input: readFileSync(path),
  }).toString();

/** The cells of a table's rows as the page shows them, joined by spaces (as the PDF's text lines read). */
const rowsOf = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());

const year = new Date().getUTCFullYear();

test('a gemeente opens the council report of the year, downloads the PDF, and the PDF holds the figures of the page', async ({
  page,
  request,
}) => {
  // Maastricht orders a Preventie met Gezag package for this year and Halt accepts it (set-up through the API).
  const gemeente = await authHeader(request, 'beleid@maastricht.gemeente.example');
  const admin = await authHeader(request, 'beheer@halt.example');
  const templates = await (await request.get('/api/package-templates', { headers: gemeente })).json();
  const pmg = templates.find((t: { code: string }) => t.code === 'preventie-met-gezag');
  const made = await request.post('/api/package-orders', {
    headers: gemeente,
    data: {
      templateId: pmg.id,
      name: 'Preventie met Gezag Maastricht',
      subsidyYear: year,
      budgetCredits: 17,
      allSchools: true,
      requiresApproval: false,
      orderDeadline: `${year}-12-31`,
    },
  });
  expect(made.status()).toBe(201);
  const order = await made.json();
  expect((await request.post(`/api/package-orders/${order.id}/order`, { headers: gemeente })).ok()).toBe(true);
  expect((await request.post(`/api/package-orders/${order.id}/accept`, { headers: admin })).ok()).toBe(true);

  await signIn(page, 'beleid@maastricht.gemeente.example');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Raadsrapportage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raadsrapportage' })).toBeVisible();
  await expect(page.getByLabel('Subsidiejaar (kalenderjaar)')).toHaveValue(String(year));
  await expect(page.getByRole('heading', { level: 2, name: `Raadsrapportage Maastricht ${year}` })).toBeVisible();
  await expect(page.getByText(`Subsidiejaar ${year}: 1 januari tot en met 31 december ${year}`)).toBeVisible();
  await expect(
    page.getByText(`Subsidiejaar ${year} overlapt de schooljaren ${year - 1}-${year} en ${year}-${year + 1}.`),
  ).toBeVisible();
  const orders = await rowsOf(page, 'report-orders');
  expect(orders).toContainEqual(
    expect.stringMatching(new RegExp(`^Preventie met Gezag Maastricht ${order.reference} 17 \\d+ \\d+ \\d+$`)),
  );
  const totals = await rowsOf(page, 'report-totals');
  expect(totals).toContain('Credits in budget 17');
  const targets = await rowsOf(page, 'report-targets');
  expect(targets).toHaveLength(2);
  const summary = (await page.locator('ul.summary li').allInnerTexts()).map((s) => s.trim());
  expect(summary).toContain('Van het budget van 17 credits is 0 verbruikt.');
  await expectNoSeriousA11yViolations(page, 'gemeente: council report');

  // Only the Preventie met Gezag work: the package stays; outside a programme it is gone.
  await page.getByLabel('Programma').selectOption({ label: 'Buiten een programma' });
  await expect(page.getByTestId('report-orders')).toContainText('Geen pakketten in dit subsidiejaar.');
  await page.getByLabel('Programma').selectOption({ label: 'Preventie met Gezag' });
  await expect(page.getByTestId('report-orders')).toContainText('Preventie met Gezag Maastricht');

  // The figures of the page as it is now (Preventie met Gezag only), to compare with the PDF it downloads.
  await expect(page.locator('ul.summary li').first()).toHaveText(
    `In ${year} heeft Maastricht binnen Preventie met Gezag nog geen sessies bij Halt besteld.`,
  );
  const shown = {
    summary: (await page.locator('ul.summary li').allInnerTexts()).map((s) => s.trim()),
    rows: [
      ...(await rowsOf(page, 'report-totals')),
      ...(await rowsOf(page, 'report-orders')),
      ...(await rowsOf(page, 'report-schools')),
      ...(await rowsOf(page, 'report-targets')),
    ],
  };
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`raadsrapportage-maastricht-${year}.pdf`);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(path);
  expect(text).toContain(`Raadsrapportage Maastricht ${year}`);
  expect(text).toContain('Programma: Preventie met Gezag');
  // Every row the page shows is a line of the PDF, with the same figures.
  const lines = text.split('\n');
  for (const row of shown.rows.filter((r) => !r.startsWith('Nog geen'))) expect(lines).toContain(row);
  for (const line of shown.summary) expect(lines).toContain(line);

  // The print stylesheet: A4, no navigation, a page per section.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'PDF downloaden' })).toBeHidden();
  expect(
    await page.locator('#orders-heading').evaluate((h) => getComputedStyle(h.parentElement as Element).breakBefore),
  ).toBe('page');
  await page.emulateMedia({ media: 'screen' });

  // 320 px wide: everything reachable, nothing wider than the screen.
  await page.setViewportSize({ width: 320, height: 720 });
  await expect(page.getByRole('button', { name: 'PDF downloaden' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoSeriousA11yViolations(page, 'gemeente: council report at 320 px');
  await signOut(page);

  // Maastricht is no other journey's; its package is closed, so it draws nothing more from it.
  expect((await request.post(`/api/package-orders/${order.id}/close`, { headers: admin })).ok()).toBe(true);
});
