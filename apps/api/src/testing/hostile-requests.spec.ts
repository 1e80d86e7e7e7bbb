import { edgeCases, example, type OpenApiDocument, operations, schemaCases } from './hostile-requests';

const doc: OpenApiDocument = {
  paths: {
    '/api/requests/{id}/groups': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/AddGroupDto' } } } },
      },
    },
    '/api/offers': { get: { parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }] } },
  },
  components: {
    schemas: {
      AddGroupDto: {
        type: 'object',
        required: ['name', 'pupils'],
        properties: {
          name: { type: 'string', minLength: 1 },
          pupils: { type: 'integer', minimum: 1 },
          windows: { type: 'array', items: { $ref: '#/components/schemas/WindowDto' } },
        },
      },
      WindowDto: { type: 'object', properties: { from: { type: 'string', format: 'date' } } },
    },
  },
};

describe('hostile requests from an OpenAPI document', () => {
  const [addGroup, offers] = operations(doc);

  it('reads operations with their path parameters, query and resolved body schema', () => {
    expect(addGroup).toMatchObject({ method: 'POST', path: '/api/requests/{id}/groups', pathParams: ['id'] });
    expect(addGroup.body?.properties?.['windows'].items?.properties?.['from']).toEqual({
      type: 'string',
      format: 'date',
    });
    expect(offers).toMatchObject({ method: 'GET', query: [{ name: 'page', schema: { type: 'integer', minimum: 1 } }] });
  });

  it('builds a valid-looking base body, so one wrong property is all that is wrong', () => {
    expect(example(addGroup.body ?? {})).toEqual({ name: 'aaaa', pupils: 1, windows: [{ from: '2027-03-15' }] });
  });

  it('mutates every property, path parameter and query parameter, and nested array items', () => {
    const names = schemaCases(addGroup).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['path id=%00', 'body pupils="abc"', 'body pupils=1e+308', 'body name="a\\u0000b"']),
    );
    expect(names.some((n) => n.startsWith('body windows[0].from='))).toBe(true);
    const nul = schemaCases(addGroup).find((c) => c.name === 'body name="a\\u0000b"');
    expect(nul?.body).toMatchObject({ name: 'a\u0000b', pupils: 1 });
    expect(schemaCases(offers).map((c) => c.query)).toContain('page=1e308');
  });

  it('expects 413 for an oversized body and 400 for the other edge cases', () => {
    const cases = edgeCases(addGroup);
    expect(cases.find((c) => c.name === 'oversized body')).toMatchObject({ expect: 413 });
    expect((cases.find((c) => c.name === 'oversized body')?.rawBody ?? '').length).toBeGreaterThan(256 * 1024);
    expect(cases.filter((c) => c.expect === 400).map((c) => c.name)).toHaveLength(7);
  });
});
