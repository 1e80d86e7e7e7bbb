import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponsesObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { RESPONSE_SCHEMAS, type ResponseSchemas } from './document-responses';

/** The problem-details schema (RFC 9457) of every error response, with the portal's own fields. */
const PROBLEM: SchemaObject = {
  type: 'object',
  description:
    'Problem details (RFC 9457). `detail` and `message` hold the same Dutch sentence for the user; `status` and ' +
    '`statusCode` the same number.',
  required: ['type', 'title', 'status', 'detail', 'statusCode', 'error', 'message'],
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem', example: 'about:blank' },
    title: { type: 'string', description: 'The HTTP reason phrase', example: 'Bad Request' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 400 },
    detail: { type: 'string', description: 'What went wrong, in Dutch', example: 'Controleer de invoer' },
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: { type: 'string', example: 'Controleer de invoer' },
    errors: {
      type: 'array',
      description: 'For 400: each invalid field with a Dutch reason',
      items: { $ref: '#/components/schemas/FieldError' },
    },
    conflict: {
      type: 'object',
      description: 'For 409: what the request conflicts with (a constraint, a state and the allowed events)',
      additionalProperties: true,
    },
    requestId: { type: 'string', description: 'The X-Request-Id of the request, for support' },
  },
};

const FIELD_ERROR: SchemaObject = {
  type: 'object',
  required: ['field', 'message'],
  properties: {
    field: { type: 'string', example: 'postcode' },
    message: { type: 'string', example: 'moet een Nederlandse postcode zijn, bijvoorbeeld 1012 AB' },
  },
};

const WHEN: Record<number, string> = {
  400: 'Invalid input: the problem names each invalid field (`errors`)',
  401: 'No valid access token',
  403: 'The signed-in user may not do this (role, or the object belongs to someone else)',
  404: 'Not found, or not visible to the signed-in user',
  409: 'Conflicts with the current state (`conflict` says with what)',
  413: 'The body is larger than 256 kB',
  429: 'Too many requests from this client; wait a minute',
  503: 'The server is busy; try again after Retry-After seconds',
};

/**
 * The error statuses an operation can answer: 400 when it has input, 401 when it needs a token, 413 when it takes
 * a body, 429 and 503 always; 403, 404 and 409 when its code can answer them (`reachable`, found by
 * `npm run openapi` in the code the handler reaches: a refusal, a role check, a lifecycle, a write).
 */
export function errorStatuses(op: OperationObject, reachable: readonly number[]): number[] {
  const secured = (op.security ?? []).length > 0;
  const hasInput = (op.parameters ?? []).length > 0 || op.requestBody !== undefined;
  return [
    ...(hasInput ? [400] : []),
    ...(secured ? [401] : []),
    ...[403, 404, 409].filter((status) => reachable.includes(status)),
    ...(op.requestBody !== undefined ? [413] : []),
    429,
    503,
  ];
}

/**
 * Adds the problem-details schema and, to every operation, the error responses it can give (unless the
 * operation declares that status itself), each as `application/problem+json`.
 */
export function documentErrors(document: OpenAPIObject, responses: ResponseSchemas = RESPONSE_SCHEMAS): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM, FieldError: FIELD_ERROR };
  document.components.responses = Object.fromEntries(
    Object.entries(WHEN).map(([status, description]) => [
      `Problem${status}`,
      {
        description,
        ...(status === '503'
          ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } }
          : {}),
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item) as [string, OperationObject][]) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const reachable = op.operationId ? responses.operations[op.operationId]?.errors : undefined;
      if (!reachable) throw new Error(`${method} ${path}: no errors found for it; run \`npm run openapi\``);
      const declared: ResponsesObject = (op.responses ??= {});
      for (const status of errorStatuses(op, reachable)) {
        declared[status] ??= { $ref: `#/components/responses/Problem${status}` };
      }
      // An error the operation declares itself (the health check's 503) is written by the filter too.
      for (const [status, response] of Object.entries(declared)) {
        if (/^[45]/.test(status) && response && 'description' in response) {
          response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
        }
      }
    }
  }
  return document;
}
