import { bodyProblem, MAX_BODY_DEPTH, queryProblem, UNSTORABLE_MESSAGE } from './hostile-input';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('hostile input at the edge', () => {
  it('accepts ordinary bodies, including nesting up to the limit', () => {
    expect(bodyProblem({ notes: 'Graag in de ochtend', groups: [{ name: '2B', pupils: 27 }] })).toBeUndefined();
    expect(bodyProblem(nested(MAX_BODY_DEPTH))).toBeUndefined();
    expect(bodyProblem('😀 emoji are whole pairs')).toBeUndefined();
  });

  it('refuses nesting beyond the limit without recursion, even 100,000 levels deep', () => {
    expect(bodyProblem(nested(MAX_BODY_DEPTH + 1))?.message).toBe('is te diep genest (hoogstens 32 niveaus)');
    expect(bodyProblem(nested(100_000))).toBeDefined();
  });

  it('names the field holding a NUL or a lone surrogate', () => {
    expect(bodyProblem({ groups: [{ name: 'a\u0000b' }] })).toEqual({
      field: 'groups[0].name',
      message: UNSTORABLE_MESSAGE,
    });
    expect(bodyProblem({ notes: 'x\ud800' })).toEqual({ field: 'notes', message: UNSTORABLE_MESSAGE });
    expect(bodyProblem({ notes: '\udc00x' })).toEqual({ field: 'notes', message: UNSTORABLE_MESSAGE });
    expect(queryProblem({ q: 'a\u0000' })).toEqual({ field: 'q', message: UNSTORABLE_MESSAGE });
    expect(queryProblem({ q: ['ok', 'b\u0000'] })).toEqual({ field: 'q', message: UNSTORABLE_MESSAGE });
    expect(queryProblem({ q: 'gewoon zoeken' })).toBeUndefined();
  });

  it('refuses prototype keys, as JSON.parse makes them own properties', () => {
    expect(bodyProblem(JSON.parse('{"__proto__":{"isAdmin":true}}'))).toEqual({
      field: '__proto__',
      message: 'is geen toegestane veldnaam',
    });
    expect(bodyProblem(JSON.parse('{"a":[{"constructor":{"prototype":1}}]}'))?.field).toBe('a[0].constructor');
  });
});
