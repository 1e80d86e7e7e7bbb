// The errors a handler can really answer, read from the code it reaches (used by openapi-responses.mjs).
//
// A name-based call graph of the API libraries and the domain: each function and class method, the exceptions it
// throws (`new ForbiddenException(…)`) and what it calls — `this.method(…)`, `this.service.method(…)` (the
// service's class from the constructor or property type) and plain functions. From a handler, every reachable
// throw counts (an over-approximation: a branch that cannot run still counts). Writes through the UnitOfWork may
// meet a database constraint, which the error filter answers with 409.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const STATUS_OF = {
  ForbiddenException: 403,
  NotFoundException: 404,
  ConflictException: 409,
  IllegalTransitionError: 409,
};

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'migrations') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !/\.(spec|int-spec|test)\.ts$/.test(name) ? [path] : [];
  });
}

/** `name` → { throws: Set, calls: Set of names, writes: boolean } for functions, `Class.method` for methods. */
function callGraph(root) {
  const graph = new Map();
  const add = (key, body, fields, className) => {
    const node = graph.get(key) ?? { throws: new Set(), calls: new Set(), writes: false };
    const visit = (n) => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && STATUS_OF[n.expression.text]) {
        node.throws.add(n.expression.text);
      }
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        if (ts.isIdentifier(callee)) node.calls.add(callee.text);
        else if (ts.isPropertyAccessExpression(callee)) {
          const target = callee.expression;
          const method = callee.name.text;
          // The lifecycles (`bookingRequestLifecycle.next(…)`) refuse an event the state does not allow.
          if (ts.isIdentifier(target) && /Lifecycle$/.test(target.text) && method === 'next') {
            node.throws.add('IllegalTransitionError');
          }
          if (target.kind === ts.SyntaxKind.ThisKeyword && className) node.calls.add(`${className}.${method}`);
          else if (
            ts.isPropertyAccessExpression(target) &&
            target.expression.kind === ts.SyntaxKind.ThisKeyword &&
            fields.has(target.name.text)
          ) {
            const type = fields.get(target.name.text);
            node.calls.add(`${type}.${method}`);
            if (type === 'UnitOfWork' && method === 'run') node.writes = true;
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    if (body) visit(body);
    graph.set(key, node);
  };
  const files = [
    ...sources(join(root, 'libs/api')),
    ...sources(join(root, 'libs/domain')),
    ...sources(join(root, 'apps/api/src')),
  ];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visitTop = (statement) => {
      if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement.body, new Map());
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (
            ts.isIdentifier(d.name) &&
            d.initializer &&
            (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
          ) {
            add(d.name.text, d.initializer.body, new Map());
          }
        }
      }
      if (ts.isClassDeclaration(statement) && statement.name) {
        const className = statement.name.text;
        const fields = new Map();
        for (const member of statement.members) {
          const typeName = (t) => (t && ts.isTypeReferenceNode(t) ? t.typeName.getText().split('.').pop() : undefined);
          if (ts.isConstructorDeclaration(member)) {
            for (const p of member.parameters) {
              const type = typeName(p.type);
              if (ts.isIdentifier(p.name) && type) fields.set(p.name.text, type);
            }
          }
          if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) {
            const type = typeName(member.type);
            if (type) fields.set(member.name.text, type);
          }
        }
        for (const member of statement.members) {
          if (
            (ts.isMethodDeclaration(member) || ts.isGetAccessor(member)) &&
            member.name &&
            ts.isIdentifier(member.name)
          ) {
            add(`${className}.${member.name.text}`, member.body, fields, className);
          }
          if (
            ts.isPropertyDeclaration(member) &&
            ts.isIdentifier(member.name) &&
            member.initializer &&
            ts.isArrowFunction(member.initializer)
          ) {
            add(`${className}.${member.name.text}`, member.initializer.body, fields, className);
          }
        }
      }
    };
    source.statements.forEach(visitTop);
  }
  // applyTransition(machine, …) calls the machine it is given: it refuses what the machine refuses.
  graph.get('applyTransition')?.throws.add('IllegalTransitionError');
  return graph;
}

/** For `Class.method` keys of handlers: the statuses among 403, 404, 409 their code can answer, and whether it writes. */
export function reachableErrors(root, keys) {
  const graph = callGraph(root);
  const result = new Map();
  for (const key of keys) {
    const seen = new Set();
    const statuses = new Set();
    let writes = false;
    const stack = [key];
    while (stack.length > 0) {
      const name = stack.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      const node = graph.get(name);
      if (!node) continue;
      for (const thrown of node.throws) statuses.add(STATUS_OF[thrown]);
      writes ||= node.writes;
      stack.push(...node.calls);
    }
    result.set(key, { statuses: [...statuses].sort(), writes });
  }
  return result;
}
