import type { FieldError } from '@halt/contracts';
import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** JSON deeper than this is no DTO of the portal (the deepest nests 4 levels); refused before anything walks it. */
export const MAX_BODY_DEPTH = 32;
/** The largest JSON body the API reads (a request with 40 classes and long notes is about 30 kB). */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * The one exception: the admins' school import (`/api/admin/school-imports…`) posts a whole DUO file of up to
 * 1,500 locations; DUO's rows of 20-odd columns make that about 400 kB, so that route alone reads up to 1 MiB.
 */
export const MAX_IMPORT_BODY_BYTES = 1024 * 1024;

/** Keys that would reach an object's prototype when copied naively (class-transformer, spread, merges). */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Characters PostgreSQL cannot store in text (NUL) and UTF-16 halves without their partner (lone
 * surrogates, which cannot be encoded as UTF-8 at all).
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_MESSAGE = 'bevat een teken dat niet kan worden opgeslagen (zoals een NUL-teken)';

const refused = (field: string, message: string) =>
  new BadRequestException({ message: 'Controleer de invoer', errors: [{ field, message } satisfies FieldError] });

/**
 * Walks a parsed JSON body without recursion (a hostile body may be nested thousands of levels deep) and
 * returns the first problem: too deep, a prototype key, or a string PostgreSQL cannot store.
 */
export function bodyProblem(body: unknown): FieldError | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return { field: path || 'body', message: UNSTORABLE_MESSAGE };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      return { field: path || 'body', message: `is te diep genest (hoogstens ${MAX_BODY_DEPTH} niveaus)` };
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value)) {
        if (PROTOTYPE_KEYS.has(key)) return { field: childPath, message: 'is geen toegestane veldnaam' };
        if (UNSTORABLE.test(key)) return { field: path || 'body', message: UNSTORABLE_MESSAGE };
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The first query parameter holding a character PostgreSQL cannot store. */
export function queryProblem(query: Record<string, unknown>): FieldError | undefined {
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && UNSTORABLE.test(v)) || UNSTORABLE.test(key)) {
      return { field: key, message: UNSTORABLE_MESSAGE };
    }
  }
  return undefined;
}

/**
 * Express middleware after the JSON parser: refuses, as a 400 naming the field, what no handler should see —
 * nesting beyond MAX_BODY_DEPTH, `__proto__`/`constructor`/`prototype` keys, NUL and lone surrogates in the body,
 * the query or the path (`%00`).
 */
export function refuseHostileInput(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/i.test(req.originalUrl.split('?')[0])) return next(refused('path', UNSTORABLE_MESSAGE));
  const query = queryProblem((req.query ?? {}) as Record<string, unknown>);
  if (query) return next(refused(query.field, query.message));
  const body = req.body === undefined ? undefined : bodyProblem(req.body);
  if (body) return next(refused(body.field, body.message));
  next();
}
