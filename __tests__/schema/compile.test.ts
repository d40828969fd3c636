import { createAjv } from '../../src/schema/ajv.js';
import { compileSchema } from '../../src/schema/compile.js';
import { loadPatternEngine } from '../../src/schema/regex.js';
import { fieldOf } from '../../src/schema/validate.js';
import { TEST_SCHEMA as schema } from './helpers.js';

// A schema of one's own: its patterns run on RE2, which a config load would have loaded.
await loadPatternEngine();

const compiled = compileSchema(schema, createAjv(), 'test-schema');

describe('compileSchema', () => {
  test('reads columns, required columns and options', () => {
    expect(compiled.id).toBe('test-schema');
    expect(compiled.properties).toEqual(['Name', 'Level', 'Kind', 'Since', 'Code', 'Ticket', 'Owners', 'Size']);
    expect(compiled.patterns).toEqual([]);
    expect(compiled.required).toEqual(['Name', 'Level', 'Owners']);
    expect(compiled.additionalColumns).toBe(false);
    expect(compiled.options).toEqual({});
  });
});

describe('fieldOf', () => {
  test.each([
    ['/Support State', 'Support State'],
    ['/$raw/Maintainers', 'Maintainers'],
    ['/$links/Maintainers/0/url', 'Maintainers'],
    ['/a~1b~0c', 'a/b~c'],
    ['/$group', undefined],
    ['', undefined],
  ])('%j -> %j', (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });
});

describe('invalid schemas', () => {
  test.each([
    [{ properties: { A: { enm: ['x'] } } }, 'bad: invalid JSON Schema: strict mode: unknown keyword: "enm"'],
    [
      { properties: { A: { linkAgreement: { text: '(' , url: 'x' } } } },
      'bad: invalid JSON Schema: the pattern ( is not supported (error parsing regexp: missing closing ): `(`); patterns use RE2 syntax: no lookaround, no backreferences',
    ],
    [
      { properties: { A: { pattern: '^(?=x)' } } },
      'bad: invalid JSON Schema: the pattern ^(?=x) is not supported (error parsing regexp: invalid or unsupported Perl syntax: `(?=`); patterns use RE2 syntax: no lookaround, no backreferences',
    ],
    [{ 'x-severity': 'fatal' }, 'bad: invalid JSON Schema: keyword "x-severity" value is invalid at path "#": data must be equal to one of the allowed values'],
    [{ 'x-support-table-lint': { order: true } }, 'bad: x-support-table-lint.order: must be false or { scope?: table | group, direction?: asc | desc, compare?: text | ascii | natural | semver, by?: COLUMN }'],
    [{ 'x-support-table-lint': { sort: false } }, 'bad: x-support-table-lint: unknown option "sort"'],
  ])('%j', (bad, message) => {
    expect(() => compileSchema(bad, createAjv(), 'bad')).toThrow(message);
  });

  it('a schema too deep for the stack is called too deep, not a $ref loop', () => {
    let deep: object = { type: 'string' };
    for (let i = 0; i < 20_000; i++) deep = { allOf: [deep] };
    expect(() => compileSchema({ properties: { A: deep } }, createAjv(), 'deep')).toThrow(
      'deep: invalid JSON Schema: it is too large or too deeply nested to compile (the stack overflowed); use fewer nested levels or fewer properties',
    );
  });
});
