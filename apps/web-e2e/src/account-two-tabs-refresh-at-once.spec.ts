import { expect, test } from '@playwright/test';
import { endAllSessions, signIn } from './support/session';

// A refresh token used twice ends the whole session. Two tabs of one browser share the refresh cookie, so when
// both refresh at the same moment (here: both reloaded at once) they must take turns, the second sending the
// cookie the first received — or the user would be signed out of both.
test('two tabs reloaded at the same moment both stay signed in, with one session', async ({
  context,
  page,
  playwright,
  baseURL,
}) => {
  await endAllSessions(playwright, baseURL, 'planner.zuid@halt.example');
  await signIn(page, 'planner.zuid@halt.example');
  const other = await context.newPage();
  await other.goto('/planner');
  const tabs = [page, other];
  for (const tab of tabs) await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Planning');

  let refreshes = 0;
  context.on('request', (r) => {
    if (r.url().endsWith('/api/auth/refresh')) refreshes++;
  });
  for (let round = 0; round < 3; round++) {
    await Promise.all(tabs.map((tab) => tab.reload()));
    for (const tab of tabs) {
      await expect(tab).toHaveURL(/\/planner$/);
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Planning');
    }
  }
  expect(refreshes).toBe(6);

  // Still one open session, and it works in both tabs.
  for (const tab of tabs) {
    await tab.goto('/account');
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    await expect(tab.getByRole('region', { name: 'Waar u bent ingelogd' }).getByRole('listitem')).toHaveCount(1);
  }
});
