import { APIRequestContext, expect, Page, PlaywrightWorkerArgs } from '@playwright/test';

/** The password of every demo account. */
export const PASSWORD = 'Preventie-2026!';

/** Signs in through the login page and waits until the portal shows the signed-in toolbar. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
}

/** The `Authorization` header of a demo user, for set-up through the API. */
export async function authHeader(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/**
 * Ends every open session of a demo user (through the API: sign in, end the others, sign out), so a test that
 * counts sessions starts from none, whatever ran before it on the same server.
 */
export async function endAllSessions(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  email: string,
): Promise<void> {
  const api = await playwright.request.newContext({ baseURL });
  try {
    const res = await api.post('/api/auth/login', { data: { email, password: PASSWORD } });
    expect(res.ok()).toBe(true);
    const headers = { Authorization: `Bearer ${(await res.json()).accessToken}` };
    expect((await api.post('/api/auth/sessions/end-others', { headers })).ok()).toBe(true);
    expect((await api.post('/api/auth/logout')).status()).toBe(204);
  } finally {
    await api.dispose();
  }
}
