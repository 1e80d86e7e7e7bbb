import type { OfferDto, Page } from '@halt/contracts';
import { startTestApi, TestApi } from '../../testing/test-api';
import { GAMBLING_OFFER } from './offer-fixtures';

describe('offer catalogue', () => {
  let t: TestApi;
  let school: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApi();
    school = await t.bearer('contact@domstad.school.example');
    admin = await t.bearer('beheer@halt.example');
  });
  afterAll(() => t.close());

  const offers = async (query = '', auth = school) => {
    const res = await t.http().get(`/api/offers${query}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    return (res.body as Page<OfferDto>).items;
  };

  it('ships Halt’s full standard offer', async () => {
    const all = await offers();
    expect(all).toHaveLength(15);
    // A page at a time, by type and title, with the total.
    const page = (await t.http().get('/api/offers?pageSize=4&page=2').set('Authorization', school)).body;
    expect(page).toMatchObject({ total: 15, page: 2, pageSize: 4 });
    expect(page.items.map((o: OfferDto) => o.id)).toEqual(all.slice(4, 8).map((o) => o.id));
    expect(all.filter((o) => o.type === 'voorlichting')).toHaveLength(10);
    const dialogue = all.find((o) => o.type === 'klassendialoog')!;
    expect(dialogue).toMatchObject({ staffNeeded: 2, requiredSkill: 'klassendialoog', durationMinutes: 90 });
    expect(all.map((o) => o.type).sort()).toEqual(
      expect.arrayContaining([
        'halt-jrb',
        'jongerenrechtbank',
        'klassendialoog',
        'ouderbijeenkomst',
        'schoolspreekuur',
      ]),
    );
  });

  it('lists each offer as its own page shows it, and counts past the last page', async () => {
    for (const offer of await offers()) {
      const detail = await t.http().get(`/api/offers/${offer.id}`).set('Authorization', school);
      expect(offer).toStrictEqual(detail.body);
    }
    const past = (await t.http().get('/api/offers?pageSize=10&page=3').set('Authorization', school)).body;
    expect(past).toMatchObject({ items: [], total: 15, page: 3 });
  });

  it('filters by level, type, topic and text', async () => {
    const vo12 = await offers('?level=vo-1-2&type=voorlichting');
    expect(vo12.map((o) => o.title)).toContain('Online veiligheid');
    expect(vo12.every((o) => o.levels.includes('vo-1-2') && o.type === 'voorlichting')).toBe(true);
    expect(vo12.map((o) => o.title)).not.toContain('Ondermijning in de werksfeer (MBO)');

    const undermining = await offers(`?topic=${encodeURIComponent('ondermijning')}`);
    expect(undermining.map((o) => o.code).sort()).toEqual([
      'voorlichting-ondermijning-preventie-met-gezag',
      'voorlichting-ondermijning-werksfeer',
    ]);
    expect((await offers('?q=grooming')).map((o) => o.code)).toEqual(['voorlichting-sexting-grooming']);
    expect(await offers('?q=100%25')).toEqual([]);

    const topics = (await t.http().get('/api/offers/topics').set('Authorization', school)).body as string[];
    expect(topics).toEqual(expect.arrayContaining(['online veiligheid', 'sexting', 'wapens', 'vuurwerk']));
  });

  it('refuses an unknown filter value with 400 and the field', async () => {
    const res = await t.http().get('/api/offers?level=groep-3').set('Authorization', school);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'level', message: 'moet een van po-7-8, vo-1-2, vo-3-4, mbo, so-vso zijn' },
    ]);
  });

  it('lets admins add, change and withdraw offers; schools no longer see a withdrawn one', async () => {
    const body = GAMBLING_OFFER;
    expect((await t.http().post('/api/offers').set('Authorization', school).send(body)).status).toBe(403);
    const created = await t.http().post('/api/offers').set('Authorization', admin).send(body);
    expect(created.status).toBe(201);
    expect((await t.http().post('/api/offers').set('Authorization', admin).send(body)).status).toBe(409);

    const id = created.body.id;
    expect((await t.http().get(`/api/offers/${id}`).set('Authorization', school)).status).toBe(200);
    const withdrawn = await t
      .http()
      .patch(`/api/offers/${id}`)
      .set('Authorization', admin)
      .send({ active: false, priceCredits: 2 });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ active: false, priceCredits: 2, code: 'voorlichting-gokken' });
    expect((await t.http().get(`/api/offers/${id}`).set('Authorization', school)).status).toBe(404);
    expect((await offers()).map((o) => o.id)).not.toContain(id);
    expect((await offers('', admin)).map((o) => o.id)).toContain(id);

    // The offer's own trail (migrations that seed offers, such as Sport en Gedrag, leave theirs too).
    const trail = await t.http().get('/api/audit-events?entity=Offer&pageSize=50').set('Authorization', admin);
    const own = (trail.body.items as { action: string; entityId: string | null }[]).filter((e) => e.entityId === id);
    expect(own.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('names every bad field of a new offer in Dutch, and stores nothing', async () => {
    const before = (await offers('', admin)).length;
    const res = await t.http().post('/api/offers').set('Authorization', admin).send({
      code: 'X',
      type: 'les',
      title: 'a',
      description: 'kort',
      topics: 'pesten',
      levels: [],
      durationMinutes: 5,
      maxPupilsPerGroup: 0,
      staffNeeded: 9,
      requiredSkill: 'Klassen Dialoog',
      priceEuroCents: -1,
      priceCredits: 1.5,
      parentMeetingPossible: 'ja',
      onlinePossible: false,
      code2: 1,
    });
    expect(res.status).toBe(400);
    const fields = Object.fromEntries(
      (res.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]),
    );
    expect(fields).toMatchObject({
      code: 'moet 3 tot 80 kleine letters, cijfers of streepjes zijn',
      type: expect.stringMatching(/^moet een van voorlichting, klassendialoog/),
      title: 'moet 3 tot 120 tekens lang zijn',
      description: 'moet 10 tot 4000 tekens lang zijn',
      levels: 'kies ten minste één niveau',
      durationMinutes: 'moet minstens 15 minuten zijn',
      maxPupilsPerGroup: 'moet minstens 1 zijn',
      staffNeeded: 'mag hoogstens 4 zijn',
      priceEuroCents: 'mag niet negatief zijn',
      priceCredits: 'moet een geheel aantal credits zijn',
      parentMeetingPossible: 'moet waar of onwaar zijn',
      code2: 'is geen bekend veld',
    });
    expect(fields['topics']).toBeDefined();
    expect(fields['requiredSkill']).toBeDefined();
    expect(await offers('', admin)).toHaveLength(before);
  });
});
