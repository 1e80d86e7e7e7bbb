import { randomUUID } from 'node:crypto';

/**
 * Hostile requests generated from the portal's own OpenAPI document: for an operation, the malformed path
 * parameters, the wrong types per query and body property, and the oversized, deeply nested, NUL and
 * prototype-key bodies an attacker (or a broken client) sends. Used by the fuzz integration test; pure, so the
 * generator itself is unit-tested.
 */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The template, e.g. `/api/requests/{id}/cancel`. */
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  /** The JSON body schema (references resolved), when the operation declares one. */
  body?: Schema;
  /** The statuses the document declares for it (`200`, `400`, …). */
  statuses: string[];
}

/** A request to send: a path with its parameters filled in, query and body, and what must come back. */
export interface HostileCase {
  name: string;
  path: string;
  /** A raw query string (without `?`), already encoded as it is to be sent. */
  query?: string;
  /** A JSON value to send, or a raw string sent as `application/json` as it is. */
  body?: unknown;
  rawBody?: string;
  /** The status the portal must answer (any 4xx when undefined). */
  expect?: number;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Bodies above the API's limit (256 KiB) must be a 413. */
export const OVERSIZED_BYTES = 300 * 1024;
/** The school import alone reads up to 1 MiB (a DUO file of 1,500 locations): above that it is a 413 too. */
export const OVERSIZED_IMPORT_BYTES = 1100 * 1024;
/** JSON nested this deep must be refused as a 400 (the API accepts 32 levels). */
export const DEEP_LEVELS = 5000;

export function resolve(doc: OpenApiDocument, schema: Schema | undefined, seen = new Set<string>()): Schema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return { type: 'object' };
    return resolve(doc, doc.components?.schemas?.[name], new Set([...seen, name]));
  }
  const composed = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (composed?.length) return { ...resolve(doc, composed[0], seen), nullable: schema.nullable };
  if (schema.items) return { ...schema, items: resolve(doc, schema.items, seen) };
  if (schema.properties) {
    const properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, resolve(doc, v, seen)]),
    );
    return { ...schema, type: schema.type ?? 'object', properties };
  }
  return schema;
}

export function operations(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: (path.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1)),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: resolve(doc, p.schema) })),
        body: json ? resolve(doc, json) : undefined,
        statuses: Object.keys(op.responses ?? {}),
      });
    }
  }
  return ops;
}

/** A plausible valid value for a schema, so that one wrong property is all that is wrong. */
export function example(schema: Schema, depth = 0): unknown {
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 4
        ? []
        : Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => example(schema.items ?? {}, depth + 1));
    case 'object':
      return depth > 4
        ? {}
        : Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, example(v, depth + 1)]));
    case 'string':
      switch (schema.format) {
        case 'date':
          return '2027-03-15';
        case 'date-time':
          return '2027-03-15T10:00:00.000Z';
        case 'time':
          return '10:00';
        case 'uuid':
          return randomUUID();
        case 'email':
          return 'fuzz@example.org';
        case 'uri':
          return 'https://example.org/';
      }
      return 'a'.repeat(Math.max(schema.minLength ?? 0, 4));
    default:
      return schema.properties ? example({ ...schema, type: 'object' }, depth) : 'x';
  }
}

/** Values of the wrong type (or out of any sane range) for a property of this schema. */
export function wrongValues(schema: Schema): unknown[] {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return ['abc', 1e308, -1e308, 1.5, { n: 1 }, [1], true];
    case 'boolean':
      return ['ja', 2, { b: true }];
    case 'array':
      return ['x', 7, { a: 1 }, [{ nested: { deeper: 1 } }], Array.from({ length: 5000 }, () => 1)];
    case 'object':
      return ['x', 7, [1, 2]];
    default:
      return [12345, { s: 'x' }, ['a'], 'a\u0000b', '\ud800', 'x'.repeat(100_000), ''];
  }
}

/** Malformed values for a path parameter, raw (already as they go on the wire). */
export const MALFORMED_PATH_PARAMS = [
  'niet-een-id',
  '%00',
  '1e308',
  '-1',
  '%E0%A4%A', // a broken percent-encoding
  'a'.repeat(2000),
  '%27%3B%20DROP%20TABLE%20app_user%3B--',
  '00000000-0000-0000-0000-00000000000g',
];

/** Malformed values for any query parameter, raw. */
const MALFORMED_QUERY_VALUES = ['%00', '1e308', '-99999999999999999999', 'abc', '%E0%A4%A', 'x'.repeat(5000), ''];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? randomUUID());
}

function nested(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

/** Cases that must be refused before any handler runs: the same for every operation and caller. */
export function edgeCases(op: Operation): HostileCase[] {
  const path = fill(op.path, {});
  const size = path.startsWith('/api/admin/school-imports') ? OVERSIZED_IMPORT_BYTES : OVERSIZED_BYTES;
  const big = JSON.stringify({ notes: 'x'.repeat(size) });
  return [
    { name: 'oversized body', path, rawBody: big, expect: 413 },
    { name: 'deeply nested body', path, rawBody: nested(DEEP_LEVELS), expect: 400 },
    { name: 'deeply nested array body', path, rawBody: '['.repeat(DEEP_LEVELS) + ']'.repeat(DEEP_LEVELS), expect: 400 },
    { name: 'NUL in body', path, rawBody: '{"name":"a\\u0000b"}', expect: 400 },
    { name: 'prototype key in body', path, rawBody: '{"__proto__":{"isAdmin":true}}', expect: 400 },
    { name: 'constructor key in body', path, rawBody: '{"constructor":{"prototype":{"x":1}}}', expect: 400 },
    { name: 'not JSON', path, rawBody: '{"a":', expect: 400 },
    { name: 'NUL in query', path, query: 'q=%00', expect: 400 },
  ];
}

/** Cases that reach validation (and, where validation lets a value through, the service and the database). */
export function schemaCases(op: Operation): HostileCase[] {
  const cases: HostileCase[] = [];
  const basePath = fill(op.path, {});
  for (const param of op.pathParams) {
    for (const value of MALFORMED_PATH_PARAMS) {
      cases.push({ name: `path ${param}=${value.slice(0, 24)}`, path: fill(op.path, { [param]: value }) });
    }
  }
  for (const q of op.query) {
    for (const value of MALFORMED_QUERY_VALUES) {
      cases.push({ name: `query ${q.name}=${value.slice(0, 24)}`, path: basePath, query: `${q.name}=${value}` });
    }
  }
  if (op.body) {
    const base = example(op.body) as Record<string, unknown>;
    cases.push({ name: 'body: array instead of object', path: basePath, body: [base] });
    cases.push({ name: 'body: unknown key', path: basePath, body: { ...base, onbekendVeld: 1 } });
    for (const [prop, schema] of Object.entries(op.body.properties ?? {})) {
      for (const wrong of wrongValues(schema)) {
        const label =
          typeof wrong === 'string' ? JSON.stringify(wrong.slice(0, 12)) : JSON.stringify(wrong)?.slice(0, 24);
        cases.push({ name: `body ${prop}=${label}`, path: basePath, body: { ...base, [prop]: wrong } });
      }
      if (schema.type === 'array' && schema.items?.properties) {
        const item = example(schema.items) as Record<string, unknown>;
        for (const [inner, innerSchema] of Object.entries(schema.items.properties)) {
          for (const wrong of wrongValues(innerSchema).slice(0, 4)) {
            cases.push({
              name: `body ${prop}[0].${inner}=${JSON.stringify(wrong)?.slice(0, 24)}`,
              path: basePath,
              body: { ...base, [prop]: [{ ...item, [inner]: wrong }] },
            });
          }
        }
      }
    }
  }
  return cases;
}
