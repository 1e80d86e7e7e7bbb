import { createHash, createHmac } from 'node:crypto';

/** The web page where a one-time link lets a person set their password. */
export const SET_PASSWORD_PATH = '/wachtwoord-instellen';

/**
 * The secret of a one-time password link (invitation, reset, first admin): 32 bytes, the HMAC-SHA256 of the
 * token row's random id under a key derived from the server secret (JWT_SECRET). The database keeps only the
 * SHA-256 of it (`passwordTokenHash`), so a copy of the database opens no account; the worker that sends the
 * e-mail derives the same link from the row id, so the link itself is stored nowhere — not in the outbox, not in
 * the queue, not in the message log.
 */
export function passwordLinkToken(serverSecret: string, tokenId: string): string {
  const key = createHmac('sha256', serverSecret).update('halt/password-link/v1').digest();
  return createHmac('sha256', key).update(tokenId).digest('base64url');
}

/** What the database stores of a link's secret: its SHA-256, as 64 hex characters. */
export function passwordTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The full link, as the e-mail or the create-admin command shows it. */
export function passwordLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
}
