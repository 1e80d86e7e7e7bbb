import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { authHeader, signIn, signOut } from './support/session';

interface Step {
  id: string;
  level: string;
  offerId: string;
  offerTitle: string;
  taught: boolean;
  state: 'given' | 'planned' | 'open';
}
interface Progress {
  schoolYear: string;
  lines: { code: string; name: string; steps: Step[]; next: Step | null }[];
}
interface Coverage {
  schoolYear: string;
  lines: { code: string; name: string; steps: (Step & { schools: number; given: number; planned: number })[] }[];
}

const SCHOOL = 'contact@lorentz.school.example'; // Lorentz College Eindhoven, VO
const GEMEENTE = 'beleid@eindhoven.gemeente.example';
const LEVEL_TEXT: Record<string, string> = {
  'po-7-8': 'PO groep 7–8',
  'vo-1-2': 'VO klas 1–2',
  'vo-3-4': 'VO klas 3–4',
  mbo: 'MBO',
};
const STATE_TEXT = { given: 'gegeven', planned: 'aangevraagd of gepland', open: 'nog niet aangevraagd' };

test('a school sees where it stands on each learning line, and requests the suggested next step; its gemeente sees the coverage', async ({
  page,
  request,
}) => {
  // What the portal knows of the school's lessons this school year, read through the API as the page does.
  const progress = (await (
    await request.get('/api/learning-lines/progress', { headers: await authHeader(request, SCHOOL) })
  ).json()) as Progress;
  expect(progress.lines.map((l) => l.name)).toEqual([
    'Online veiligheid',
    'Weerbaar tegen ondermijning',
    'Samen veilig',
  ]);

  await signIn(page, SCHOOL);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlijnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leerlijnen' })).toBeVisible();
  await expect(page.getByLabel('Schooljaar')).toHaveValue(progress.schoolYear);
  for (const line of progress.lines) {
    const section = page.getByRole('region', { name: line.name });
    await expect(section.getByRole('listitem')).toHaveCount(line.steps.length);
    for (const [i, s] of line.steps.entries())
      await expect(section.getByRole('listitem').nth(i)).toContainText(
        `${s.offerTitle} — ${s.taught ? STATE_TEXT[s.state] : 'deze jaargroep heeft uw school niet'}`,
      );
  }
  // A VO school has no groep 7–8: the primary step of "Online veiligheid" is not for it.
  await expect(page.getByRole('region', { name: 'Online veiligheid' }).getByRole('listitem').first()).toContainText(
    'PO groep 7–8: Online veiligheid — deze jaargroep heeft uw school niet',
  );
  await expectNoSeriousA11yViolations(page, 'school: learning lines');

  // The suggested next step, and the request it starts.
  const line = progress.lines.find((l) => l.next);
  expect(line).toBeDefined();
  const next = line?.next as Step;
  const section = page.getByRole('region', { name: line?.name });
  await expect(section).toContainText(`Volgende stap: ${next.offerTitle} voor`);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSeriousA11yViolations(page, 'school: learning lines at 320 px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await section.getByRole('link', { name: `${next.offerTitle} aanvragen` }).click();
  await expect(page).toHaveURL(new RegExp(`/school/aanvragen/nieuw\\?aanbod=${next.offerId}`));
  await expect(page.getByRole('main')).toContainText(next.offerTitle);
  await expect(page.getByRole('combobox', { name: 'Aanbod', exact: true }).locator('option:checked')).toHaveText(next.offerTitle);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/school');
  await signOut(page);

  // The gemeente: per line and year group, how many of its schools had the lesson.
  const coverage = (await (
    await request.get('/api/learning-lines/coverage', { headers: await authHeader(request, GEMEENTE) })
  ).json()) as Coverage;
  await signIn(page, GEMEENTE);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlijnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leerlijnen in uw gemeente' })).toBeVisible();
  const online = coverage.lines[0];
  const table = page.getByRole('table', { name: `Online veiligheid, schooljaar ${coverage.schoolYear}` });
  await expect(table.getByRole('row')).toHaveCount(online.steps.length + 1);
  for (const s of online.steps)
    await expect(table.getByRole('row', { name: new RegExp(`^${LEVEL_TEXT[s.level]}`) })).toContainText(s.offerTitle);
  const vo = online.steps.find((s) => s.level === 'vo-1-2');
  const voRow = table.getByRole('row', { name: /^VO klas 1–2/ });
  await expect(voRow.getByRole('cell')).toHaveText([
    'Online veiligheid',
    String(vo?.schools),
    String(vo?.given),
    String(vo?.planned),
    `${vo && vo.schools ? Math.round((100 * vo.given) / vo.schools) : 0}%`,
  ]);
  await expectNoSeriousA11yViolations(page, 'gemeente: learning lines');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSeriousA11yViolations(page, 'gemeente: learning lines at 320 px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await signOut(page);
});
