#!/usr/bin/env node
// `openapi-responses.mjs <responses.json>`: the success-response schemas of the API, generated from the one place
// that says what a handler returns — its declared return type (`Promise<SchoolDto[]>`), a `libs/contracts` type.
//
// 1. Every controller handler (a method with @Get/@Post/@Put/@Patch/@Delete) must declare its return type; its
//    type text and the imports that name it are copied into a scratch module, one exported alias per handler,
//    named like Nest's operationId (`OrganisationController_listSchools`).
// 2. ts-json-schema-generator turns those aliases and every exported type they use into JSON Schema; the JSDoc
//    of the contracts' scalar types (`Uuid`, `IsoDate`, `Integer`, … in libs/contracts/src/lib/scalars.ts) gives
//    the formats.
// 3. The JSON Schema is rewritten as OpenAPI 3.0 (`nullable`, `enum` for `const`, `#/components/schemas` refs).
//
// The result — `{ schemas, operations: { operationId: { schema, produces? } } }` — is merged into the document by
// `documentResponses` (libs/api/platform). Used by `npm run openapi`; `--check` regenerates and compares it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { createGenerator } from 'ts-json-schema-generator';
import { reachableErrors } from './openapi-errors.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const output = process.argv[2];
if (!output) throw new Error('usage: openapi-responses.mjs <responses.json>');

/** Scalars of libs/contracts/src/lib/scalars.ts: inlined where used (their format), not separate schemas. */
const SCALARS = new Set(['Uuid', 'IsoDate', 'IsoDateTime', 'ClockTime', 'Email', 'Integer', 'SerialId']);
const ROUTES = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** Decorators that document the success response themselves (terminus' health check schema). */
const DOCUMENTS_ITS_RESPONSE = new Set(['HealthCheck']);

function controllerFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return controllerFiles(path);
    return name.endsWith('.controller.ts') ? [path] : [];
  });
}

const decoratorsOf = (node) => (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []);
const decoratorName = (d) =>
  ts.isCallExpression(d.expression) ? d.expression.expression.getText() : d.expression.getText();
const decoratorArg = (d) =>
  ts.isCallExpression(d.expression) && d.expression.arguments[0] && ts.isStringLiteral(d.expression.arguments[0])
    ? d.expression.arguments[0].text
    : undefined;

/** Each handler: its operationId, its declared return type (without Promise) and the imports that type needs. */
function handlers() {
  const all = [];
  const found = [];
  const problems = [];
  for (const file of [...controllerFiles(join(root, 'apps')), ...controllerFiles(join(root, 'libs'))].sort()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const imports = source.statements.filter(ts.isImportDeclaration);
    const locals = source.statements
      .filter(
        (s) =>
          (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) &&
          s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
      )
      .map((s) => s.name.text);
    for (const cls of source.statements.filter(ts.isClassDeclaration)) {
      if (!decoratorsOf(cls).some((d) => decoratorName(d) === 'Controller')) continue;
      for (const method of cls.members.filter(ts.isMethodDeclaration)) {
        const decorators = decoratorsOf(method);
        if (!decorators.some((d) => ROUTES.has(decoratorName(d)))) continue;
        const operationId = `${cls.name.text}_${method.name.getText()}`;
        const key = `${cls.name.text}.${method.name.getText()}`;
        const roles = [...decorators, ...decoratorsOf(cls)].some((d) => decoratorName(d) === 'Roles');
        const mutating = decorators.some((d) => ['Post', 'Put', 'Patch', 'Delete'].includes(decoratorName(d)));
        // The DTO of `@Query() q: PeriodQueryDto`: its rules are the query parameters' schemas.
        const query = method.parameters
          .filter((p) =>
            decoratorsOf(p).some((d) => decoratorName(d) === 'Query' && d.expression.arguments?.length === 0),
          )
          .map((p) => p.type?.getText())[0];
        const handler = { operationId, key, roles, mutating, query, file, imports, locals };
        all.push(handler);
        if (decorators.some((d) => DOCUMENTS_ITS_RESPONSE.has(decoratorName(d)))) continue;
        if (!method.type) {
          problems.push(`${relative(root, file)}: ${operationId} declares no return type`);
          continue;
        }
        let type = method.type;
        if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Promise') type = type.typeArguments[0];
        const produces = decorators.filter((d) => decoratorName(d) === 'ApiProduces').map(decoratorArg)[0];
        let text = type.getText();
        // A handler that writes a file itself (`@Res()`, e.g. an iCalendar feed) returns void but produces text.
        if ((text === 'void' || text === 'undefined') && produces) text = 'string';
        if (text === 'void' || text === 'undefined') continue;
        Object.assign(handler, { text, produces });
        found.push(handler);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Every handler declares what it returns:\n${problems.join('\n')}`);
  return { all, found };
}

/** The scratch module: per handler `export type <operationId> = <its return type>;` with the imports it needs. */
function scratchModule(list, dir) {
  const lines = [];
  const seen = new Map();
  for (const handler of list) {
    for (const declaration of handler.imports) {
      const bindings = declaration.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      let from = declaration.moduleSpecifier.text;
      if (from.startsWith('.')) from = relative(dir, resolve(dirname(handler.file), from)).replace(/^(?!\.)/, './');
      for (const element of bindings.elements) {
        const name = element.name.text;
        if (!new RegExp(`\\b${name}\\b`).test(handler.text)) continue;
        const imported = element.propertyName?.text ?? name;
        const key = `${imported} from ${from}`;
        if (seen.has(name) && seen.get(name) !== key)
          throw new Error(`Two types named ${name}: ${key}, ${seen.get(name)}`);
        if (!seen.has(name))
          lines.push(`import type { ${imported === name ? name : `${imported} as ${name}`} } from '${from}';`);
        seen.set(name, key);
      }
    }
  }
  for (const handler of list) {
    // Types the controller declares and exports itself.
    const own = handler.locals.filter((name) => new RegExp(`\\b${name}\\b`).test(handler.text));
    const from = relative(dir, handler.file).replace(/\.ts$/, '');
    for (const name of own) {
      if (seen.has(name)) throw new Error(`Two types named ${name}: in ${from}, ${seen.get(name)}`);
      lines.push(`import type { ${name} } from '${from}';`);
      seen.set(name, from);
    }
  }
  // One property per handler (an alias of a named type would be folded into that type's name).
  lines.push(`export interface ${RETURNS} {`);
  for (const handler of list) lines.push(`  ${handler.operationId}: ${handler.text};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const RETURNS = 'HandlerReturns';
const componentName = (name) => decodeURIComponent(name).replace(/[^A-Za-z0-9._-]+/g, '');

/** JSON Schema (draft 7, as the generator writes it) to an OpenAPI 3.0 schema object. */
function toOpenApi(schema, definitions) {
  if (Array.isArray(schema)) return schema.map((s) => toOpenApi(s, definitions));
  if (!schema || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const name = decodeURIComponent(schema.$ref.replace('#/definitions/', ''));
    const { $ref: _ref, ...siblings } = schema;
    if (SCALARS.has(name)) {
      const { description: _scalarDescription, ...scalar } = definitions[name];
      return toOpenApi({ ...scalar, ...siblings }, definitions);
    }
    const ref = { $ref: `#/components/schemas/${componentName(name)}` };
    // OpenAPI 3.0 ignores siblings of $ref: a described property wraps it.
    return Object.keys(siblings).length > 0 ? { allOf: [ref], ...toOpenApi(siblings, definitions) } : ref;
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'const') out.enum = [value];
    else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toOpenApi(v, definitions)]));
    } else if (typeof value === 'object') out[key] = toOpenApi(value, definitions);
    else out[key] = value;
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    if (types.length !== 1) throw new Error(`Cannot write type ${JSON.stringify(out.type)} in OpenAPI 3.0`);
    out.type = types[0];
    if (types.length < schema.type.length) out.nullable = true;
  }
  if (Array.isArray(out.enum) && out.enum.includes(null)) {
    out.enum = out.enum.filter((v) => v !== null);
    out.nullable = true;
  }
  for (const combiner of ['anyOf', 'oneOf']) {
    if (!Array.isArray(out[combiner])) continue;
    const nonNull = out[combiner].filter((s) => !(s.type === 'null' || (s.enum && s.enum.length === 0)));
    if (nonNull.length === out[combiner].length) continue;
    delete out[combiner];
    if (nonNull.length === 1 && nonNull[0].$ref) Object.assign(out, { allOf: nonNull, nullable: true });
    else if (nonNull.length === 1) Object.assign(out, nonNull[0], { nullable: true });
    else Object.assign(out, { [combiner]: nonNull, nullable: true });
  }
  // Literal unions of one type (`'a' | 'b'`) arrive as anyOf of one-value enums: one enum.
  if (
    Array.isArray(out.anyOf) &&
    out.anyOf.every((s) => s.type && s.enum && !s.nullable && s.type === out.anyOf[0].type)
  ) {
    const values = out.anyOf.flatMap((s) => s.enum);
    const type = out.anyOf[0].type;
    delete out.anyOf;
    Object.assign(out, { type, enum: values });
  }
  return out;
}

const { all, found: list } = handlers();
const scratch = join(root, 'tmp/openapi-responses');
mkdirSync(scratch, { recursive: true });
const module = join(scratch, 'handler-returns.ts');
writeFileSync(module, scratchModule(list, scratch));
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({ extends: '../../tsconfig.base.json', include: ['handler-returns.ts'], exclude: [] }),
);

let generated;
try {
  generated = createGenerator({
    path: module,
    tsconfig: join(scratch, 'tsconfig.json'),
    type: RETURNS,
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
    sortProps: true,
  }).createSchema(RETURNS);
} catch (e) {
  // Usually a return type naming something the scratch module cannot import (a type declared but not exported).
  console.error(
    `Could not read the handlers' return types: ${e.message}\n` +
      `See why with: npx tsc --noEmit -p ${relative(root, join(scratch, 'tsconfig.json'))}`,
  );
  process.exit(1);
}
const definitions = generated.definitions ?? {};

const schemas = {};
for (const [name, definition] of Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))) {
  if (name === RETURNS || SCALARS.has(name)) continue;
  schemas[componentName(name)] = toOpenApi(definition, definitions);
}
const reachable = reachableErrors(
  root,
  all.map((h) => h.key),
);
const operations = {};
for (const handler of [...all].sort((a, b) => a.operationId.localeCompare(b.operationId))) {
  const { statuses, writes } = reachable.get(handler.key);
  // 403 from the role check (@Roles) or a refusal in the code; 409 from a refusal, a lifecycle, or a write that
  // meets a database constraint.
  const errors = new Set(statuses);
  if (handler.roles) errors.add(403);
  if (handler.mutating && writes) errors.add(409);
  const entry = { errors: [...errors].sort(), ...(handler.query ? { query: handler.query } : {}) };
  if (handler.text) {
    const definition = (definitions[RETURNS] ?? generated).properties[handler.operationId];
    if (!definition) throw new Error(`No schema for ${handler.operationId} (${handler.text})`);
    entry.schema = toOpenApi(definition, definitions);
    if (handler.produces) entry.produces = handler.produces;
  }
  operations[handler.operationId] = entry;
}
writeFileSync(output, `${JSON.stringify({ schemas, operations }, null, 2)}\n`);
