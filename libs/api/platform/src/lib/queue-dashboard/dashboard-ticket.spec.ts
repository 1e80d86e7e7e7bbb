import { issueDashboardTicket, verifyDashboardTicket } from './dashboard-ticket';

describe('queue dashboard ticket', () => {
  const now = Date.UTC(2026, 10, 28, 12);

  it('lets its holder in until it expires', () => {
    const ticket = issueDashboardTicket('geheim', 'admin-1', 900, now);
    expect(verifyDashboardTicket('geheim', ticket, now + 899_000)).toBe('admin-1');
    expect(verifyDashboardTicket('geheim', ticket, now + 900_000)).toBeNull();
  });

  it('refuses a forged, altered or missing ticket', () => {
    const ticket = issueDashboardTicket('geheim', 'admin-1', 900, now);
    expect(verifyDashboardTicket('ander-geheim', ticket, now)).toBeNull();
    const [payload, mac] = ticket.split('.');
    const altered = Buffer.from(JSON.stringify({ sub: 'admin-2', exp: now / 1000 + 900 })).toString('base64url');
    expect(verifyDashboardTicket('geheim', `${altered}.${mac}`, now)).toBeNull();
    expect(verifyDashboardTicket('geheim', `${payload}.`, now)).toBeNull();
    expect(verifyDashboardTicket('geheim', undefined, now)).toBeNull();
    expect(verifyDashboardTicket('geheim', 'rommel', now)).toBeNull();
  });
});
