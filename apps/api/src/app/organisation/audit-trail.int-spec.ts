import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

describe('audit trail', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => t.close());

  it('records an update with who, role, organisation, what, which object, when and from which IP', async () => {
    const session = await t.login('contact@lorentz.school.example');
    const schoolId = session.user.organisation.id!;
    const before = Date.now();
    const res = await t
      .http()
      .patch(`/api/schools/${schoolId}`)
      .set('Authorization', `Bearer ${session.accessToken}`)
      .set('X-Forwarded-For', '198.51.100.23')
      .set('X-Request-Id', 'test-request-0001')
      .send({ dayStart: '08:15', dayEnd: '15:30' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dayStart: '08:15', dayEnd: '15:30' });

    const admin = await t.bearer('beheer@halt.example');
    const trail = await t.http().get('/api/audit-events?entity=School&action=update').set('Authorization', admin);
    expect(trail.status).toBe(200);
    expect(trail.body.total).toBe(1);
    const e = trail.body.items[0];
    expect(e).toMatchObject({
      actorId: session.user.id,
      actorEmail: 'contact@lorentz.school.example',
      actorRole: 'school',
      organisation: 'school:99AT00',
      action: 'update',
      entity: 'School',
      entityId: schoolId,
      ip: '198.51.100.23',
      requestId: 'test-request-0001',
    });
    expect(e.changedFields.sort()).toEqual(['dayEnd', 'dayStart']);
    expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(before - 5000);
  });

  it('records sign-ins and the creates of the demo seed', async () => {
    const admin = await t.bearer('beheer@halt.example');
    const signIns = await t.http().get('/api/audit-events?action=sign_in').set('Authorization', admin);
    expect(signIns.body.total).toBeGreaterThanOrEqual(2);
    expect(signIns.body.items[0]).toMatchObject({ entity: 'User', actorRole: 'admin', organisation: 'halt' });
    const creates = await t.http().get('/api/audit-events?action=create&entity=School').set('Authorization', admin);
    expect(creates.body.total).toBe(20);
  });

  it('is append-only: the database refuses to change or delete an event', async () => {
    const ds = t.api.app.get(DataSource);
    await expect(ds.query(`UPDATE audit_event SET action = 'delete'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('validates the audit query', async () => {
    const admin = await t.bearer('beheer@halt.example');
    const res = await t.http().get('/api/audit-events?page=0&action=steal').set('Authorization', admin);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'page', message: 'moet 1 of meer zijn' },
        { field: 'action', message: expect.stringMatching(/^moet een van create, update/) },
      ]),
    );
  });
});
