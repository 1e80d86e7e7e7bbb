import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';

/** A DTO class, as class-validator keys its rules. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DtoClass = abstract new (...args: any[]) => unknown;

/** One rule of a DTO property as class-validator keeps it. */
interface Rule {
  name?: string;
  type: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

const DATE_ONLY = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;

/** Sets `key` on the schema unless the DTO's own `@ApiProperty` says something already. */
function fill(schema: SchemaObject, key: keyof SchemaObject, value: unknown): void {
  if (schema[key] === undefined) (schema as Record<string, unknown>)[key] = value;
}

/** What one validation rule says about the value's schema: formats, integer, bounds, lengths, patterns, enums. */
function apply(schema: SchemaObject, rule: Rule, all: Rule[]): void {
  const [a, b] = rule.constraints ?? [];
  switch (rule.name) {
    case 'isUuid':
      return fill(schema, 'format', 'uuid');
    case 'isEmail':
      return fill(schema, 'format', 'email');
    case 'isIso8601': {
      // A date alone: the `YYYY-MM-DD` pattern, or exactly ten characters.
      const dateOnly = all.some(
        (r) =>
          (r.name === 'matches' &&
            r.constraints?.[0] instanceof RegExp &&
            DATE_ONLY.test((r.constraints[0] as RegExp).source)) ||
          (r.name === 'isLength' && r.constraints?.[0] === 10 && r.constraints?.[1] === 10),
      );
      return fill(schema, 'format', dateOnly ? 'date' : 'date-time');
    }
    case 'isInt':
      if (schema.type === 'number' || schema.type === undefined) schema.type = 'integer';
      return;
    case 'min':
      return fill(schema, 'minimum', a);
    case 'max':
      return fill(schema, 'maximum', a);
    case 'isLength':
      fill(schema, 'minLength', a);
      if (typeof b === 'number') fill(schema, 'maxLength', b);
      return;
    case 'minLength':
      return fill(schema, 'minLength', a);
    case 'maxLength':
      return fill(schema, 'maxLength', a);
    case 'matches':
      if (a instanceof RegExp && !a.flags && schema.format !== 'date') fill(schema, 'pattern', a.source);
      return;
    case 'isIn': {
      if (!Array.isArray(a) || schema.enum) return;
      const ints = a.every((v) => Number.isInteger(v));
      const range = ints && a.every((v, i) => i === 0 || v === a[i - 1] + 1);
      if (range && (schema.type === 'integer' || schema.type === 'number')) {
        // A run of whole numbers (weekdays 1–5) is a range: the clients' types stay `number`.
        fill(schema, 'minimum', a[0]);
        fill(schema, 'maximum', a[a.length - 1]);
        schema.type = 'integer';
      } else if (a.every((v) => typeof v === (schema.type === 'integer' ? 'number' : schema.type))) {
        schema.enum = a;
      }
      return;
    }
  }
}

/** The array rules of a property: sizes and uniqueness. */
function applyArray(schema: SchemaObject, rule: Rule): void {
  const [a] = rule.constraints ?? [];
  if (rule.name === 'arrayMinSize') fill(schema, 'minItems', a);
  if (rule.name === 'arrayMaxSize') fill(schema, 'maxItems', a);
  if (rule.name === 'arrayUnique') fill(schema, 'uniqueItems', true);
}

/** A class's rules, inherited ones too (a query DTO may extend another). */
function rulesOf(storage: Map<DtoClass, Rule[]>, target: DtoClass): Rule[] {
  const rules: Rule[] = [];
  for (let t: DtoClass | null = target; t && t !== Function.prototype; t = Object.getPrototypeOf(t)) {
    rules.push(...(storage.get(t) ?? []).filter((r) => r.type === 'customValidation'));
  }
  return rules;
}

/** Applies a property's rules to its schema (or, for `each` rules, to its items). */
function applyRules(value: SchemaObject, own: Rule[]): void {
  const item =
    value.type === 'array' && value.items && !('$ref' in value.items) ? (value.items as SchemaObject) : undefined;
  for (const rule of own) {
    if (rule.each && item)
      apply(
        item,
        rule,
        own.filter((r) => r.each),
      );
    else if (value.type === 'array') applyArray(value, rule);
    else apply(value, rule, own);
  }
}

const signature = (rules: Rule[]) => JSON.stringify(rules.map((r) => [r.name, String(r.constraints), r.each]));

/**
 * Completes each DTO schema with what its class-validator rules check, so the document says exactly what the
 * API accepts: `format` (uuid, email, date, date-time), `integer`, minimum/maximum, lengths, the pattern of a
 * `@Matches` and the values of an `@IsIn`. A property's own `@ApiProperty` wins where it says something.
 * Query parameters get the rules of their query DTO: the handler's `@Query()` class (`queryDtos`, by operationId,
 * as `npm run openapi` reads it from the controllers); else the DTOs with exactly the operation's query parameters
 * (else those that have them all), when they all agree on a parameter's rules. Path parameters read with `idPipe` (`id`, `…Id`) are
 * UUIDs.
 */
export function documentValidation(document: OpenAPIObject, queryDtos: Record<string, string> = {}): OpenAPIObject {
  const storage = (getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass, Rule[]> })
    .validationMetadatas;
  const classes = new Map<string, Rule[]>();
  for (const target of storage.keys()) classes.set(target.name, rulesOf(storage, target));
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}) as [string, SchemaObject][]) {
    const rules = classes.get(name);
    if (!rules || !schema.properties) continue;
    for (const [property, value] of Object.entries(schema.properties) as [string, SchemaObject][]) {
      if (!('$ref' in value))
        applyRules(
          value,
          rules.filter((r) => r.propertyName === property),
        );
    }
  }
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as { operationId?: string; parameters?: ParameterObject[] }[]) {
      const params = (op.parameters ?? []).filter((p) => p.schema && !('$ref' in p.schema));
      const query = params.filter((p) => p.in === 'query');
      const having = [...classes.values()].filter((rules) =>
        query.every((p) => rules.some((r) => r.propertyName === p.name)),
      );
      // The DTOs with exactly these properties, when there are such; else every DTO that has them all.
      const exact = having.filter((rules) => new Set(rules.map((r) => r.propertyName)).size === query.length);
      const own = op.operationId ? classes.get(queryDtos[op.operationId] ?? '') : undefined;
      const candidates = own ? [own] : exact.length > 0 ? exact : having;
      for (const p of query) {
        const per = candidates.map((rules) => rules.filter((r) => r.propertyName === p.name));
        if (per.length > 0 && per.every((r) => signature(r) === signature(per[0]))) {
          applyRules(p.schema as SchemaObject, per[0]);
        }
      }
      for (const p of params.filter((x) => x.in === 'path')) {
        const schema = p.schema as SchemaObject;
        if (p.name === 'id' || /[a-z]Id$/.test(p.name)) fill(schema, 'format', 'uuid');
        if (p.name === 'year') schema.type = 'integer';
      }
    }
  }
  return document;
}
