import { createHmac, timingSafeEqual } from 'node:crypto';

/** Name and path of the cookie that lets an admin's browser open the queue dashboard. */
export const DASHBOARD_COOKIE = 'halt_queues';
export const DASHBOARD_PATH = '/admin/queues';

const sign = (secret: string, payload: string) =>
  createHmac('sha256', `queue-dashboard:${secret}`).update(payload).digest('base64url');

/** A short-lived ticket for the dashboard: `<payload>.<hmac>`, payload `{ sub, exp }` (seconds). */
export function issueDashboardTicket(secret: string, userId: string, ttlSeconds: number, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ sub: userId, exp: Math.floor(now / 1000) + ttlSeconds })).toString(
    'base64url',
  );
  return `${payload}.${sign(secret, payload)}`;
}

/** The admin's user id when the ticket is genuine and not expired; null otherwise. */
export function verifyDashboardTicket(secret: string, ticket: string | undefined, now = Date.now()): string | null {
  if (!ticket) return null;
  const [payload, mac] = ticket.split('.');
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { sub, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string; exp: number };
    return typeof sub === 'string' && typeof exp === 'number' && exp * 1000 > now ? sub : null;
  } catch {
    return null;
  }
}
