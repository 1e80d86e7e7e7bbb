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

const SCHOOL_USER = 'directie@import1.school.example';
const FIXTURE = join(__dirname, '../fixtures/duo-schools-50.csv');
/** The gemeenten of the DUO file, with their centre and holiday region. */
const GEMEENTEN = [
  { code: 'GM0344', name: 'Utrecht', lat: '52,09', lon: '5,12', holidays: 'midden' },
  { code: 'GM0363', name: 'Amsterdam', lat: '52,37', lon: '4,90', holidays: 'noord' },
  { code: 'GM0599', name: 'Rotterdam', lat: '51,92', lon: '4,48', holidays: 'midden' },
  { code: 'GM0014', name: 'Groningen', lat: '53,22', lon: '6,57', holidays: 'noord' },
  { code: 'GM0772', name: 'Eindhoven', lat: '51,44', lon: '5,48', holidays: 'zuid' },
];

test('the first day in production: create-admin, set the password; regions, gemeenten and a DUO import; a school user invited, signed in and resetting a forgotten password; an offer and a year of holidays', async ({
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

  // 2. Halt's first region and the gemeenten of the DUO file (each with its centre), then the import itself.
  await page.goto('/beheer/regios');
  await expect(page.getByRole('heading', { level: 1, name: "Regio's en gemeenten" })).toBeVisible();
  await page.getByLabel('Code (kleine letters, zoals midden)').fill('midden');
  await page.getByLabel('Naam van de regio').fill('Midden-Nederland');
  await page.getByRole('button', { name: 'Regio toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Regio Midden-Nederland is toegevoegd.' })).toBeVisible();
  for (const g of GEMEENTEN) {
    await page.getByLabel('CBS-code (zoals GM0363)').fill(g.code);
    await page.getByLabel('Naam', { exact: true }).fill(g.name);
    await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Midden-Nederland' });
    await page.getByLabel('Vakantieregio', { exact: true }).selectOption(g.holidays);
    await page.getByLabel('Centrum: breedtegraad (zoals 52,09)').fill(g.lat);
    await page.getByLabel('Centrum: lengtegraad (zoals 5,12)').fill(g.lon);
    await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${g.name} is toegevoegd.` })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page, 'first day: regions and gemeenten');
  await page.goto('/beheer/scholen-importeren');
  await page.getByLabel('CSV-bestand van DUO').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText('47 nieuw, 0 gewijzigd, 0 ongewijzigd, 3 geweigerd');
  const refused = page.locator('tr[data-outcome="refused"]');
  await expect(refused).toHaveCount(3);
  await expect(refused.nth(0)).toContainText('postcode "0123 XX" is geen Nederlandse postcode');
  await expect(refused.nth(1)).toContainText('onbekende gemeentecode GM9999');
  await expect(refused.nth(2)).toContainText('onbekend soort onderwijs "Kinderopvang"');
  await page.getByRole('button', { name: 'Importeren (47 scholen)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De import is klaar: 47 scholen toegevoegd, 0 bijgewerkt.' }),
  ).toBeVisible();

  // A school that keeps other holidays than its gemeente gets its own holiday region.
  await page.goto('/beheer/regios');
  await page.getByLabel('BRIN en vestiging (zoals 60QA00)').fill('60qa00');
  await page.getByLabel('Eigen vakantieregio').selectOption('zuid');
  await page.getByRole('button', { name: 'Vakantieregio opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Basisschool De Import 1 heeft nu eigen vakantieregio zuid.' }),
  ).toBeVisible();
  await page.getByLabel('BRIN en vestiging (zoals 60QA00)').fill('60QA00');
  await page.getByLabel('Eigen vakantieregio').selectOption({ label: 'Volgt de gemeente' });
  await page.getByRole('button', { name: 'Vakantieregio opslaan' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Basisschool De Import 1 volgt weer de gemeente: vakantieregio midden.' }),
  ).toBeVisible();

  // 3. The admin invites a user for one of the imported schools; the invitation comes by e-mail.
  await page.goto('/beheer/gebruikers');
  await page.getByLabel('E-mailadres', { exact: true }).fill(SCHOOL_USER);
  await page.getByLabel('Naam', { exact: true }).fill('Directie De Import');
  await page.getByRole('combobox', { name: 'Rol' }).first().selectOption({ label: 'School' });
  await page.getByRole('combobox', { name: 'School' }).selectOption({ label: 'Basisschool De Import 1' });
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `is verstuurd naar ${SCHOOL_USER}` })).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  const invitation = await linkInMail(request, SCHOOL_USER, 'Uitnodiging voor het Halt Preventieportaal');
  await setPassword(page, invitation, 'schoolplein met kastanjes');
  await expect(page).toHaveURL(/\/school$/);
  await expect(page.getByText('Basisschool De Import 1').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'first day: the invited school user at home');

  // 4. The school user forgets the password: the reset link comes by e-mail, over SMTP, through the outbox and BullMQ.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await page.getByLabel('E-mailadres').fill(SCHOOL_USER);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status')).toContainText('Als er een account is met dit e-mailadres');
  const reset = await linkInMail(request, SCHOOL_USER, 'Nieuw wachtwoord voor het Halt Preventieportaal');
  await setPassword(page, reset, 'een nieuw wachtwoord voor school');
  await expect(page).toHaveURL(/\/school$/);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByLabel('E-mailadres').fill(SCHOOL_USER);
  await page.getByLabel('Wachtwoord').fill('een nieuw wachtwoord voor school');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/school$/);
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // 5. The admin edits an offer and adds a year of holidays.
  await page.getByLabel('E-mailadres').fill(ADMIN);
  await page.getByLabel('Wachtwoord').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  await page.goto('/beheer/aanbod');
  await page.getByRole('button', { name: 'Online veiligheid wijzigen' }).click();
  await page.getByLabel('Duur in minuten').fill('75');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Online veiligheid is opgeslagen.' })).toBeVisible();
  await page.goto('/beheer/schoolvakanties?jaar=2028-2029&regio=noord');
  await expect(page.getByRole('region', { name: 'Schoolvakanties 2028-2029, regio Noord (0)' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Vakantie', exact: true }).selectOption({ label: 'Herfstvakantie' });
  await page.getByLabel('Eerste dag').fill('2028-10-14');
  await page.getByLabel('Laatste dag').fill('2028-10-22');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Herfstvakantie is toegevoegd.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Schoolvakanties 2028-2029, regio Noord (1)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'first day: school holidays');
});
