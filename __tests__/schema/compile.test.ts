import { createAjv } from '../../src/schema/ajv.js';
import { compileSchema, fieldOf, type SchemaFinding } from '../../src/schema/compile.js';
import type { RowObject } from '../../src/schema/row-object.js';
import { rowObject, team, teams } from './helpers.js';

/** A schema for a made-up table that exercises every keyword the messages handle. */
const schema = {
  type: 'object',
  required: ['Name', 'Level', 'Owners'],
  properties: {
    Name: { type: 'string', minLength: 1, maxLength: 12 },
    Level: { enum: ['Stable', 'Preview', 'Retired'] },
    Kind: { const: 'Plugin' },
    Since: { anyOf: [{ const: '' }, { format: 'date' }] },
    Code: { pattern: '^[A-Z]{3}$' },
    Ticket: { pattern: '^#\\d+$', errorMessage: { pattern: 'is not a ticket number; write #123' } },
    Owners: { type: 'string' },
    Size: { type: 'string', minLength: 3 },
    $links: {
      type: 'object',
      properties: {
        Owners: {
          type: 'array',
          maxItems: 2,
          items: {
            linkAgreement: {
              text: '^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$',
              url: '^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$',
            },
          },
        },
      },
    },
  },
  if: { properties: { Level: { const: 'Retired' } }, required: ['Level'] },
  then: { properties: { Since: { 'x-severity': 'notice', minLength: 1 } } },
  additionalProperties: false,
};

const compiled = compileSchema(schema, createAjv(), 'test-schema');
const check = (cells: Parameters<typeof rowObject>[0], key: string): SchemaFinding[] => compiled.validate(rowObject(cells), key);

describe('compileSchema', () => {
  test('reads columns, required columns and options', () => {
    expect(compiled.id).toBe('test-schema');
    expect(compiled.properties).toEqual(['Name', 'Level', 'Kind', 'Since', 'Code', 'Ticket', 'Owners', 'Size']);
    expect(compiled.required).toEqual(['Name', 'Level', 'Owners']);
    expect(compiled.additionalColumns).toBe(false);
    expect(compiled.options).toEqual({});
  });

  test('a valid row has no findings, and unknown or missing columns are left to the header check', () => {
    expect(check({ Name: 'alpha', Level: 'Stable', Extra: 'x' }, 'alpha')).toEqual([]);
  });

  test.each<[string, Record<string, string | ReturnType<typeof teams>>, string, SchemaFinding[]]>([
    [
      'enum with a suggestion',
      { Name: 'alpha', Level: 'preview', Owners: '' },
      'alpha',
      [
        {
          rule: 'allowed-values',
          field: 'Level',
          message: 'Level "preview" of "alpha" is not one of Stable, Preview, Retired. Did you mean "Preview"?',
          suggestion: 'Preview',
        },
      ],
    ],
    [
      'enum without a suggestion, and an empty enum cell',
      { Name: 'alpha', Level: 'Gone', Owners: '' },
      'alpha',
      [{ rule: 'allowed-values', field: 'Level', message: 'Level "Gone" of "alpha" is not one of Stable, Preview, Retired.' }],
    ],
    [
      'empty enum cell',
      { Name: 'alpha', Level: '', Owners: '' },
      'alpha',
      [{ rule: 'allowed-values', field: 'Level', message: 'Level of "alpha" is empty; expected one of Stable, Preview, Retired.' }],
    ],
    [
      'const',
      { Name: 'alpha', Level: 'Stable', Kind: 'plugin', Owners: '' },
      'alpha',
      [
        {
          rule: 'allowed-values',
          field: 'Kind',
          message: 'Kind "plugin" of "alpha" is not "Plugin". Did you mean "Plugin"?',
          suggestion: 'Plugin',
        },
      ],
    ],
    [
      'pattern, format inside anyOf, maxLength and minLength above one',
      { Name: 'a-very-long-name', Level: 'Stable', Code: 'ab', Since: 'soon', Size: 'xl', Owners: '' },
      'a-very-long-name',
      [
        { rule: 'cell-format', field: 'Name', message: 'Name "a-very-long-name" is longer than 12 characters.' },
        { rule: 'schema', field: 'Since', message: 'Since "soon" of "a-very-long-name" must match a schema in anyOf.' },
        { rule: 'cell-format', field: 'Code', message: 'Code "ab" of "a-very-long-name" does not match ^[A-Z]{3}$.' },
        { rule: 'cell-format', field: 'Size', message: 'Size "xl" of "a-very-long-name" is shorter than 3 characters.' },
      ],
    ],
    [
      'errorMessage keeps the row and column frame',
      { Name: 'alpha', Level: 'Stable', Ticket: '123', Owners: '' },
      'alpha',
      [{ rule: 'cell-format', field: 'Ticket', message: 'Ticket "123" of "alpha" is not a ticket number; write #123.' }],
    ],
    [
      'an empty required cell is reported once, with an empty key',
      { Name: '', Level: 'Stable', Owners: '' },
      '',
      [{ rule: 'required-cell', field: 'Name', message: 'Name of this row is empty; a value is required.' }],
    ],
    [
      'x-severity on a conditional subschema',
      { Name: 'beta', Level: 'Retired', Since: '', Owners: '' },
      'beta',
      [{ rule: 'required-cell', field: 'Since', message: 'Since of "beta" is empty; a value is required.', severity: 'notice' }],
    ],
    [
      'linkAgreement: text and URL disagree',
      { Name: 'alpha', Level: 'Stable', Owners: teams({ text: '@acme/web', url: 'https://github.com/orgs/acme/teams/api' }) },
      'alpha',
      [
        {
          rule: 'link-text-url',
          field: 'Owners',
          message:
            'Owners of "alpha" has a link [@acme/web](https://github.com/orgs/acme/teams/api) whose text names team "web" but whose URL names team "api"; the text and URL must agree.',
        },
      ],
    ],
    [
      'linkAgreement: the org disagrees first',
      { Name: 'alpha', Level: 'Stable', Owners: teams({ text: '@acme/web', url: 'https://github.com/orgs/other/teams/api' }) },
      'alpha',
      [
        {
          rule: 'link-text-url',
          field: 'Owners',
          message:
            'Owners of "alpha" has a link [@acme/web](https://github.com/orgs/other/teams/api) whose text names org "acme" but whose URL names org "other"; the text and URL must agree.',
        },
      ],
    ],
    [
      'linkAgreement: bad text and bad URL, each link reported',
      {
        Name: 'alpha',
        Level: 'Stable',
        Owners: teams(
          team('acme', 'web'),
          { text: 'Acme Web', url: 'https://github.com/orgs/acme/teams/web' },
          { text: '@acme/web', url: 'https://github.com/acme' },
        ),
      },
      'alpha',
      [
        { rule: 'schema', field: 'Owners', message: 'Owners of "alpha" must NOT have more than 2 items.' },
        {
          rule: 'link-text-url',
          field: 'Owners',
          message:
            'Owners of "alpha" has a link [Acme Web](https://github.com/orgs/acme/teams/web) whose text does not match ^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$.',
        },
        {
          rule: 'link-text-url',
          field: 'Owners',
          message:
            'Owners of "alpha" has a link [@acme/web](https://github.com/acme) whose URL does not match ^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$.',
        },
      ],
    ],
  ])('%s', (_name, cells, key, expected) => {
    expect(check(cells, key)).toEqual(expected);
  });

  test('a row-level failure names the row', () => {
    const rowLevel = compileSchema(
      { type: 'object', properties: { A: {}, B: {} }, dependentRequired: { A: ['B'] }, not: { properties: { A: { const: 'x' } }, required: ['A'] } },
      createAjv(),
      'row-level',
    );
    const row: RowObject = rowObject({ A: 'x' });
    expect(rowLevel.validate(row, 'x')).toEqual([
      { rule: 'schema', message: 'Row "x" must NOT be valid.' },
      { rule: 'schema', message: 'Row "x" must have property B when property A is present.' },
    ]);
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
      'bad: invalid JSON Schema: Invalid regular expression: /(/u: Unterminated group',
    ],
    [{ 'x-severity': 'fatal' }, 'bad: invalid JSON Schema: keyword "x-severity" value is invalid at path "#": data must be equal to one of the allowed values'],
    [{ 'x-support-table-lint': { order: true } }, 'bad: x-support-table-lint.order: must be false or { scope: table } or { scope: group }'],
    [{ 'x-support-table-lint': { sort: false } }, 'bad: x-support-table-lint: unknown option "sort"'],
  ])('%j', (bad, message) => {
    expect(() => compileSchema(bad, createAjv(), 'bad')).toThrow(message);
  });
});
