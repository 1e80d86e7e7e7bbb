import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expectNoSeriousA11yViolations } from '../support/axe';

// The portal's first day, as Halt would start it: NODE_ENV=production, SEED_DEMO=false, an empty database, mail
// over SMTP (tools/testing/serve-production.ts). Nothing is seeded: every account here is made through the portal.
const port = Number(process.env['E2E_PRODUCTION_PORT'] ?? 4320);
const mailbox = `http://127.0.0.1:${port + 1}`;
const root = join(__dirname, '../../../..');
const ADMIN = 'functioneel.beheer@halt.example';
const ADMIN_PASSWORD = 'eerste dag in productie';

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** The newest mail to `to` with this subject whose text holds a link matching `link`, as the SMTP server got it. */
async function linkInMail(request: APIRequestContext, to: string, subject: string, seen = 0): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(`${mailbox}/mail`, { params: { to } })).json()) as Mail[];
        const matching = mails.filter((m) => m.subject === subject);
        if (matching.length <= seen) return 0;
        link = /https?:\/\/\S+?\/wachtwoord-instellen\?token=[\w-]+/.exec(matching.at(-1)!.text)?.[0] ?? '';
        return link ? matching.length : 0;
      },
      { timeout: 30_000, message: `a mail "${subject}" to ${to}` },
    )
    .toBeGreaterThan(seen);
  return link;
}

async function setPassword(page: Page, link: string, password: string): Promise<void> {
  const { pathname, search } = new URL(link);
  await page.goto(pathname + search);
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' })).toBeVisible();
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
}

test('the first day in production: create-admin, set the password, and the admin is signed in', async ({
  page,
  request,
}) => {
  // Nobody can sign in yet: production starts with zero users and no demo seed.
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('beheer@halt.example');
  await page.getByLabel('Wachtwoord').fill('demo-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  // 1. Halt's operator runs create-admin against the production database, with the server's own environment.
  const env = (await (await request.get(`${mailbox}/env`)).json()) as NodeJS.ProcessEnv;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(root, 'dist/apps/api/main.js'), 'create-admin', '--email', ADMIN, '--name', 'Functioneel Beheer'],
    { env, cwd: root },
  );
  const link = /https?:\/\/\S+\/wachtwoord-instellen\?token=[\w-]+/.exec(stdout)?.[0];
  expect(link, `create-admin printed: ${stdout}`).toBeTruthy();

  await setPassword(page, link!, ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin home on the first day');

  // The admin forgets the password: the reset link comes by e-mail, over SMTP, through the outbox and BullMQ.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await page.getByLabel('E-mailadres').fill(ADMIN);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status')).toContainText('Als er een account is met dit e-mailadres');
  const reset = await linkInMail(request, ADMIN, 'Nieuw wachtwoord voor het Halt Preventieportaal');
  await setPassword(page, reset, 'een nieuw wachtwoord voor beheer');
  await expect(page).toHaveURL(/\/beheer$/);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByLabel('E-mailadres').fill(ADMIN);
  await page.getByLabel('Wachtwoord').fill('een nieuw wachtwoord voor beheer');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer$/);
});
