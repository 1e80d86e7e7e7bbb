import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

describe('bad input on a school', () => {
  let t: TestApi;
  let auth: string;
  let id: string;
  beforeAll(async () => {
    t = await startTestApi();
    const s = await t.login('contact@kempenhuis.school.example');
    auth = `Bearer ${s.accessToken}`;
    id = s.user.organisation.id!;
  });
  afterAll(() => t.close());

  const patch = (body: unknown) =>
    t
      .http()
      .patch(`/api/schools/${id}`)
      .set('Authorization', auth)
      .send(body as object);

  it.each([
    [{ postcode: '12345' }, 'postcode', 'moet een Nederlandse postcode zijn, bijvoorbeeld 1012 AB'],
    [{ dayStart: '8.30' }, 'dayStart', 'moet een tijd zijn als 08:30'],
    [{ dayEnd: '25:00' }, 'dayEnd', 'moet een tijd zijn als 16:00'],
    [{ street: 'x' }, 'street', 'moet 2 tot 120 tekens lang zijn'],
    [{ name: 'Nieuwe naam' }, 'name', 'is geen bekend veld'],
    [{ dayStart: '15:00', dayEnd: '09:00' }, 'dayEnd', 'moet later zijn dan het begin van de schooldag'],
  ])('%j → 400 on %s', async (body, field, message) => {
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({ field, message });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t
      .http()
      .patch(`/api/schools/${id}`)
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send('{"postcode": ');
    expect(res.status).toBe(400);
  });

  it('normalises a valid postcode and leaves nothing half-written after a refused change', async () => {
    expect((await patch({ postcode: '5613dt' })).body.postcode).toBe('5613 DT');
    await patch({ street: 'Nieuwe Straat 1', dayStart: '15:00', dayEnd: '09:00' });
    const row = await t.api.app.get(DataSource).query(`SELECT street, day_start FROM school WHERE id = $1`, [id]);
    expect(row[0]).toEqual({ street: 'Tongelresestraat 200', day_start: '08:30:00' });
  });
});
