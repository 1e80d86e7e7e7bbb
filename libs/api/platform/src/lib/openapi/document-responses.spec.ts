import type { OpenAPIObject } from '@nestjs/swagger';
import { documentErrors } from './document-errors';
import { documentResponses, RESPONSE_SCHEMAS, type ResponseSchemas } from './document-responses';

const documentOf = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 'probe', version: '1.0.0' },
  paths: {
    '/api/things': {
      get: { operationId: 'ThingsController_list', responses: { 200: { description: '' } } },
      post: {
        operationId: 'ThingsController_create',
        security: [{ bearer: [] }],
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { 201: { description: '' } },
      },
    },
    '/api/things/{id}': {
      delete: {
        operationId: 'ThingsController_remove',
        security: [{ bearer: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 204: { description: '' } },
      },
    },
  },
  components: { schemas: { CreateThingDto: { type: 'object' } } },
});

const THING = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } as const;
const responses = (): ResponseSchemas => ({
  schemas: { ThingDto: THING },
  operations: {
    ThingsController_list: { schema: { type: 'array', items: { $ref: '#/components/schemas/ThingDto' } }, errors: [] },
    ThingsController_create: { schema: { $ref: '#/components/schemas/ThingDto' }, errors: [403, 409] },
    ThingsController_remove: { errors: [404] },
  },
});

describe('documentResponses: each success body is the schema of what its handler returns', () => {
  it('puts the schema on the one 2xx, adds the contract types, and leaves a 204 without body', () => {
    const doc = documentResponses(documentOf(), responses());
    expect(doc.paths['/api/things'].get?.responses['200']).toEqual({
      description: 'Success',
      content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/ThingDto' } } } },
    });
    expect(doc.paths['/api/things'].post?.responses['201']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } } },
    });
    expect(doc.paths['/api/things/{id}'].delete?.responses['204']).toEqual({ description: '' });
    expect(doc.components?.schemas).toEqual({ CreateThingDto: { type: 'object' }, ThingDto: THING });
  });

  it('fails when a DTO class and a contract type share a name, or an operation is gone', () => {
    const clash = responses();
    clash.schemas['CreateThingDto'] = THING;
    expect(() => documentResponses(documentOf(), clash)).toThrow(/Two schemas named CreateThingDto/);
    const stale = responses();
    stale.operations['GoneController_list'] = { errors: [] };
    expect(() => documentResponses(documentOf(), stale)).toThrow(/GoneController_list/);
  });

  it('declares 403/404/409 only where the code can answer them', () => {
    const doc = documentErrors(documentResponses(documentOf(), responses()), responses());
    const statuses = (path: string, method: 'get' | 'post' | 'delete') =>
      Object.keys(doc.paths[path][method]?.responses ?? {}).filter((s) => /^[45]/.test(s));
    expect(statuses('/api/things', 'get')).toEqual(['429', '503']);
    expect(statuses('/api/things', 'post')).toEqual(['400', '401', '403', '409', '413', '429', '503']);
    expect(statuses('/api/things/{id}', 'delete')).toEqual(['400', '401', '404', '429', '503']);
  });

  it('has the generated schemas of the real controllers', () => {
    expect(RESPONSE_SCHEMAS.operations['OrganisationController_listSchools']).toEqual({
      schema: { $ref: '#/components/schemas/PageSchoolDto' },
      query: 'SchoolQueryDto',
      errors: [],
    });
    expect(RESPONSE_SCHEMAS.schemas['PageSchoolDto'].properties?.['items']).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/SchoolDto' },
    });
    expect(RESPONSE_SCHEMAS.schemas['SchoolDto'].properties?.['id']).toEqual({ type: 'string', format: 'uuid' });
  });
});
