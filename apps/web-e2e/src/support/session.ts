import { APIRequestContext, expect, Page } from '@playwright/test';

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
