import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OUT = join(__dirname, '../../libs/web/privacy/src/lib/a11y-check.json');
const PASSWORD = 'Preventie-2026!';

/** One demo user per role; the public pages are checked signed out. */
const ROLES: [string, string | null][] = [
  ['anonymous', null],
  ['school', 'contact@domstad.school.example'],
  ['gemeente', 'beleid@utrecht.gemeente.example'],
  ['planner', 'planner.midden@halt.example'],
  ['staff', 'sanne.devries@halt.example'],
  ['admin', 'beheer@halt.example'],
];
const PUBLIC_PAGES = ['/inloggen', '/wachtwoord-vergeten', '/privacy', '/toegankelijkheid', '/evaluatie'];
const WIDTHS = [1280, 320];

interface Checked {
  path: string;
  role: string;
  width: number;
  serious: number;
  critical: number;
}

async function axe(page: Page): Promise<{ serious: number; critical: number }> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const count = (impact: string) =>
    result.violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  return { serious: count('serious'), critical: count('critical') };
}

/** The portal's own pages a signed-in user reaches from the toolbar (and /account). */
async function navPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('header a[href^="/"], nav a[href^="/"]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  return [...new Set([...hrefs.filter((h) => h && !h.startsWith('/api')), '/account'])];
}

test('crawl every role’s pages with axe-core and record the outcome', async ({ browser, baseURL }) => {
  const checked: Checked[] = [];
  for (const [role, email] of ROLES) {
    const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    let paths = PUBLIC_PAGES;
    if (email) {
      await page.goto('/inloggen');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
      paths = await navPaths(page);
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        checked.push({ path, role, width, ...(await axe(page)) });
      }
    }
    await context.close();
  }
  const total = (k: 'serious' | 'critical') => checked.reduce((n, c) => n + c[k], 0);
  const outcome = {
    checkedAt: new Date().toISOString(),
    tool: 'axe-core',
    rules: 'WCAG 2.1 A and AA',
    pages: checked,
    serious: total('serious'),
    critical: total('critical'),
  };
  await writeFile(OUT, JSON.stringify(outcome, null, 2) + '\n');
  console.log(
    `a11y:check: ${checked.length} page views (${new Set(checked.map((c) => c.path)).size} pages, ${ROLES.length} roles, ${WIDTHS.join(' and ')} px): ${outcome.serious} serious, ${outcome.critical} critical → ${OUT}`,
  );
});
