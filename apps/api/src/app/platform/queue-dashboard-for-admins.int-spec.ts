import { startTestApi, TestApi } from '../../testing/test-api';

describe('the queue dashboard at /admin/queues', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('is closed without a ticket, and only admins get one (a 15-minute cookie on the dashboard path only)', async () => {
    const closed = await t.http().get('/admin/queues');
    expect(closed.status).toBe(401);
    expect(closed.text).toContain('alleen voor beheerders');
    // A page of its own, not bare text: a language and a title, as every page of the portal has.
    expect(closed.headers['content-type']).toMatch(/text\/html/);
    expect(closed.text).toMatch(/<html lang="nl">/);
    expect(closed.text).toMatch(/<title>Wachtrijen – Halt Preventieportaal<\/title>/);
    expect(
      (
        await t
          .http()
          .post('/api/admin/queue-dashboard')
          .set('Authorization', await t.bearer('planner.midden@halt.example'))
      ).status,
    ).toBe(403);
    expect((await t.http().post('/api/admin/queue-dashboard')).status).toBe(401);

    const ticket = await t
      .http()
      .post('/api/admin/queue-dashboard')
      .set('Authorization', await t.bearer('beheer@halt.example'));
    expect(ticket.status).toBe(200);
    const cookie = ([] as string[])
      .concat(ticket.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('halt_queues='));
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const page = await t.http().get('/admin/queues').set('Cookie', cookie!.split(';')[0]);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toMatch(/<html lang="en"/); // Bull Board's own interface is English-only
    expect(page.text).toMatch(/<title>Halt wachtrijen<\/title>/);
    const queues = await t.http().get('/admin/queues/api/queues').set('Cookie', cookie!.split(';')[0]);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'maintenance',
      'planning',
      'reminders',
    ]);

    const forged = await t
      .http()
      .get('/admin/queues/api/queues')
      .set('Cookie', 'halt_queues=eyJzdWIiOiJ4IiwiZXhwIjo5OTk5OTk5OTk5fQ.nep');
    expect(forged.status).toBe(401);
  });
});
