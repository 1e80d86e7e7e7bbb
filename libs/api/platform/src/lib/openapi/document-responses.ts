import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import generated from './response-schemas.generated.json';

/**
 * What a handler returns, as `tools/scripts/openapi-responses.mjs` (run by `npm run openapi`) generates it from
 * the handler's declared return type — a `libs/contracts` type — with ts-json-schema-generator: the schemas of
 * the contract types, and per operationId (`OrganisationController_listSchools`) the schema of its body.
 */
export interface ResponseSchemas {
  schemas: Record<string, SchemaObject>;
  /**
   * Per operationId: the schema of its success body (none for 204), which of 403/404/409 its code can answer,
   * and the class of its `@Query()` DTO.
   */
  operations: Record<
    string,
    { schema?: SchemaObject | ReferenceObject; produces?: string; errors: number[]; query?: string }
  >;
}

export const RESPONSE_SCHEMAS = generated as unknown as ResponseSchemas;

/**
 * Gives each operation's success response (its one 2xx other than 204) the schema of what its handler returns,
 * as `application/json` (or the type the handler produces, such as `text/csv`), and adds the contract types to
 * the components. Fails when the generated schemas and the controllers disagree (run `npm run openapi`).
 */
export function documentResponses(
  document: OpenAPIObject,
  responses: ResponseSchemas = RESPONSE_SCHEMAS,
): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  for (const [name, schema] of Object.entries(responses.schemas)) {
    if (schemas[name] && JSON.stringify(schemas[name]) !== JSON.stringify(schema)) {
      throw new Error(`Two schemas named ${name}: a DTO class and a contracts type (rename one with @ApiSchema)`);
    }
    schemas[name] = schema;
  }
  document.components.schemas = schemas;
  const unused = new Set(Object.keys(responses.operations));
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as OperationObject[]) {
      const body = op.operationId ? responses.operations[op.operationId] : undefined;
      if (op.operationId) unused.delete(op.operationId);
      if (!body?.schema) continue;
      const success = Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status) && status !== '204');
      if (success.length !== 1) throw new Error(`${op.operationId} returns a body but has no one success status`);
      const response = op.responses[success[0]] as ResponseObject;
      response.description ||= 'Success';
      response.content = { [body.produces ?? 'application/json']: { schema: body.schema } };
    }
  }
  if (unused.size > 0)
    throw new Error(`Generated for operations that are gone (run \`npm run openapi\`): ${[...unused].join(', ')}`);
  return document;
}
