import { PG_INVALID_TEXT_REPRESENTATION, pgError, preparedRead, preparedStatementName } from '@halt/api/database';
import { DataSource, QueryFailedError } from 'typeorm';
import { startTestApi, TestApi } from '../../testing/test-api';

/**
 * The reads every request runs (the signed-in user, the request lists) are named prepared statements: parsed once
 * per connection, not on every call. One connection here, so what it holds can be read back.
 */
describe('prepared hot reads', () => {
  let t: TestApi;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApi({ DATABASE_POOL_SIZE: '1' });
    dataSource = t.api.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('prepares a read once per connection and answers as a plain query does', async () => {
    const text = `SELECT code, name FROM region WHERE code = $1`;
    const [{ code }] = await dataSource.query(`SELECT code FROM region ORDER BY code LIMIT 1`);
    const plain = await dataSource.query(text, [code]);
    for (let i = 0; i < 3; i++) expect(await preparedRead(dataSource, text, [code])).toEqual(plain);

    const held: { name: string }[] = await dataSource.query(
      `SELECT name FROM pg_prepared_statements WHERE statement = $1`,
      [text],
    );
    expect(held).toEqual([{ name: preparedStatementName(text) }]);
  });

  it('prepares the user lookup of a signed-in request', async () => {
    const bearer = await t.bearer('beheer@halt.example');
    expect((await t.http().get('/api/auth/me').set('Authorization', bearer)).status).toBe(200);
    const held: { statement: string }[] = await dataSource.query(
      `SELECT statement FROM pg_prepared_statements WHERE name LIKE 'read\\_%'`,
    );
    expect(held.some((s) => s.statement.includes('JOIN auth_session sess'))).toBe(true);
  });

  it('still answers when a migration changed what a prepared read returns', async () => {
    await dataSource.query(`CREATE TABLE prepared_read_probe (id int PRIMARY KEY, label int)`);
    try {
      await dataSource.query(`INSERT INTO prepared_read_probe VALUES (1, 7)`);
      const text = `SELECT id, label FROM prepared_read_probe WHERE id = $1`;
      expect(await preparedRead(dataSource, text, [1])).toEqual([{ id: 1, label: 7 }]);
      // The column's type changes under the prepared statement (as a migration on a running API would).
      await dataSource.query(`ALTER TABLE prepared_read_probe ALTER COLUMN label TYPE text`);
      expect(await preparedRead(dataSource, text, [1])).toEqual([{ id: 1, label: '7' }]);
      expect(await preparedRead(dataSource, text, [1])).toEqual([{ id: 1, label: '7' }]);
    } finally {
      await dataSource.query(`DROP TABLE prepared_read_probe`);
    }
  });

  it('fails as TypeORM does, with PostgreSQL’s code, so the error mapping is the same', async () => {
    const failure = await preparedRead(dataSource, `SELECT $1::uuid AS id`, ['geen-uuid']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(pgError(failure)?.code).toBe(PG_INVALID_TEXT_REPRESENTATION);
  });
});
