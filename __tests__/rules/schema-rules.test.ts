/**
 * The schema-backed rules (allowed-values, required-cell, link-text-url,
 * cell-format, schema), run through the real pipeline on markdown tables:
 * the messages name the row, the column, the value and what is allowed, one
 * finding per cell, and the fixable ones carry fixes that a re-lint proves.
 */
import { loadConfig } from '../../src/config/load.js';
import { lintText } from '../../src/engine/pipeline.js';
import { TEST_SCHEMA as schema } from '../schema/helpers.js';
import { configFor, testRule } from './rule-tester.js';
import { TEAM_OR_USER_LINK } from '../../src/init/infer.js';

/** A one-row table: `| Name | Level | ... |` with the given cells (markdown), Name first. */
const table = (cells: Record<string, string>): string => {
  const columns = Object.keys(cells);
  return [`| ${columns.join(' | ')} |`, `|${columns.map(() => ' - |').join('')}`, `| ${columns.map((c) => cells[c]).join(' | ')} |`, ''].join('\n');
};
const link = (text: string, url: string): string => `[${text}](${url})`;
const team = (org: string, name: string): string => link(`@${org}/${name}`, `https://github.com/orgs/${org}/teams/${name}`);

const findings = async (cells: Record<string, string>, rowSchema: object = schema) =>
  (await lintText('doc.md', table(cells), await configFor({ name: '', markdown: '', schema: rowSchema }))).violations.map((v) => ({
    rule: v.rule,
    ...(v.field !== undefined ? { field: v.field } : {}),
    message: v.message,
    ...(v.suggestion !== undefined ? { suggestion: v.suggestion } : {}),
    ...(v.severity !== 'error' ? { severity: v.severity } : {}),
  }));

describe('schema rules: messages', () => {
  test('a valid row has no findings', async () => {
    expect(await findings({ Name: 'alpha', Level: 'Stable', Owners: '' })).toEqual([]);
  });

  test.each<[string, Record<string, string>, object[]]>([
    [
      'enum with a suggestion',
      { Name: 'alpha', Level: 'preview', Owners: '' },
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
      [{ rule: 'allowed-values', field: 'Level', message: 'Level "Gone" of "alpha" is not one of Stable, Preview, Retired.' }],
    ],
    [
      'empty enum cell',
      { Name: 'alpha', Level: '', Owners: '' },
      [{ rule: 'allowed-values', field: 'Level', message: 'Level of "alpha" is empty; expected one of Stable, Preview, Retired.' }],
    ],
    [
      'const',
      { Name: 'alpha', Level: 'Stable', Kind: 'plugin', Owners: '' },
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
      [
        { rule: 'cell-format', field: 'Name', message: 'Name "a-very-long-name" is longer than 12 characters.' },
        { rule: 'cell-format', field: 'Code', message: 'Code "ab" of "a-very-long-name" does not match ^[A-Z]{3}$.' },
        { rule: 'schema', field: 'Since', message: 'Since "soon" of "a-very-long-name" is none of what the schema allows: empty; or a valid date (YYYY-MM-DD, a day that exists: 2025-03-01).' },
        { rule: 'cell-format', field: 'Size', message: 'Size "xl" of "a-very-long-name" is shorter than 3 characters.' },
      ],
    ],
    [
      'errorMessage keeps the row and column frame',
      { Name: 'alpha', Level: 'Stable', Ticket: '123', Owners: '' },
      [{ rule: 'cell-format', field: 'Ticket', message: 'Ticket "123" of "alpha" is not a ticket number ("Stable" rows need one); write #123.' }],
    ],
    [
      'an empty required cell is reported once, with an empty key',
      { Name: '', Level: 'Stable', Owners: '' },
      [{ rule: 'required-cell', field: 'Name', message: 'Name of this row is empty; a value is required.' }],
    ],
    [
      'x-severity on a conditional subschema',
      { Name: 'beta', Level: 'Retired', Since: '', Owners: '' },
      [{ rule: 'required-cell', field: 'Since', message: 'Since of "beta" is empty; a value is required.', severity: 'notice' }],
    ],
    [
      'linkAgreement: text and URL disagree',
      { Name: 'alpha', Level: 'Stable', Owners: link('@acme/web', 'https://github.com/orgs/acme/teams/api') },
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
      { Name: 'alpha', Level: 'Stable', Owners: link('@acme/web', 'https://github.com/orgs/other/teams/api') },
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
        Owners: [team('acme', 'web'), link('Acme Web', 'https://github.com/orgs/acme/teams/web'), link('@acme/web', 'https://github.com/acme')].join(', '),
      },
      // The cell also has too many links (maxItems, rule schema); its link findings are more specific.
      [
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
  ])('%s', async (_name, cells, expected) => {
    expect(await findings(cells)).toEqual(expected);
  });

  test('a catastrophic pattern runs in linear time (RE2), so a hostile cell cannot hang validation', async () => {
    // With JavaScript's backtracking engine this one cell takes longer than the test timeout.
    const catastrophic = { type: 'object', properties: { Key: { pattern: '^([a-z0-9]+-?)+$' } } };
    expect(await findings({ Key: `${'a'.repeat(40)}!` }, catastrophic)).toEqual([
      { rule: 'cell-format', field: 'Key', message: `Key "${'a'.repeat(40)}!" does not match ^([a-z0-9]+-?)+$.` },
    ]);
  });

  test('columns named constructor or hasOwnProperty are validated like any other; __proto__ is reported as reserved', async () => {
    // The header escapes the underscores (`__proto__` is bold in markdown); the column is named `__proto__`.
    const cells = { Name: 'a', '\\_\\_proto\\_\\_': 'bad', constructor: 'bad', hasOwnProperty: 'bad' };
    // JSON.parse, because an object literal's `__proto__:` sets the prototype instead of a property.
    const odd = JSON.parse('{ "type": "object", "properties": { "Name": {}, "__proto__": { "enum": ["ok"] }, "constructor": { "enum": ["ok"] }, "hasOwnProperty": { "enum": ["ok"] } } }') as object;
    expect((await findings(cells, odd)).map((f) => [f.rule, f.field])).toEqual([
      ['reserved-column', '__proto__'],
      ['allowed-values', 'constructor'],
      ['allowed-values', 'hasOwnProperty'],
    ]);
  });

  test('a row object inherits nothing: a missing constructor or toString column is missing, not found on a prototype', async () => {
    // The `then` applies only to a row that has both columns; on a row with a prototype, every row would have them.
    const needs = { type: 'object', properties: { Name: {} }, if: { required: ['constructor', 'toString'] }, then: { properties: { Name: { const: 'has both' } } } };
    expect(await findings({ Name: 'a' }, needs)).toEqual([]);
    expect(await findings({ Name: 'a', constructor: 'x', toString: 'y' }, needs)).toEqual([{ rule: 'allowed-values', field: 'Name', message: 'Name "a" is not "has both".' }]);
  });

  test("a list narrowed by the schema's own enum (a preset's through allOf, Obsolete retired) is one list: said once, suggesting only what both allow", async () => {
    const narrowed = { allOf: [{ properties: { Level: { enum: ['Stable', 'Beta', 'Obsolete'] } } }], properties: { Name: {}, Level: { enum: ['Stable', 'Beta'] } } };
    expect(await findings({ Name: 'a', Level: 'Obsolete?' }, narrowed)).toEqual([{ rule: 'allowed-values', field: 'Level', message: 'Level "Obsolete?" of "a" is not one of Stable, Beta.' }]);
    expect(await findings({ Name: 'a', Level: 'stable' }, narrowed)).toEqual([
      { rule: 'allowed-values', field: 'Level', message: 'Level "stable" of "a" is not one of Stable, Beta. Did you mean "Stable"?', suggestion: 'Stable' },
    ]);
  });

  test('a format says what it expects, for a reader who never saw the schema', async () => {
    const dated = { properties: { Name: {}, Date: { format: 'date' } } };
    expect(await findings({ Name: 'a', Date: '2025-02-30' }, dated)).toEqual([
      { rule: 'cell-format', field: 'Date', message: 'Date "2025-02-30" of "a" is not a valid date (YYYY-MM-DD, a day that exists: 2025-03-01).' },
    ]);
  });

  test('a cell that fits no branch of an anyOf or oneOf hears what each branch allows, not "must match a schema in anyOf"', async () => {
    const mixed = { properties: { Name: {}, Version: { anyOf: [{ enum: ['TBD', 'n/a'] }, { pattern: '^v[0-9]+$', description: 'a release' }] }, Date: { oneOf: [{ format: 'date' }, { const: 'never' }] } } };
    expect(await findings({ Name: 'a', Version: 'x', Date: 'soon' }, mixed)).toEqual([
      { rule: 'schema', field: 'Version', message: 'Version "x" of "a" is none of what the schema allows: one of TBD, n/a; or text matching ^v[0-9]+$.' },
      { rule: 'schema', field: 'Date', message: 'Date "soon" of "a" is none of what the schema allows: a valid date (YYYY-MM-DD, a day that exists: 2025-03-01); or "never".' },
    ]);
  });

  test("a link's URL that fails a pattern is said as that link of that cell and row, never as the cell's value", async () => {
    const linked = { properties: { Name: {}, $links: { properties: { Name: { items: { properties: { url: { pattern: '^https://example\\.org/' } } } } } } } };
    expect(await findings({ Name: link('0.2', 'https://example.com/x') }, linked)).toEqual([
      { rule: 'cell-format', field: 'Name', message: 'The link "https://example.com/x" in Name of "0.2" does not match ^https://example\\.org/.' },
    ]);
  });

  test('a row-level failure names the row', async () => {
    const rowLevel = { type: 'object', properties: { A: {}, B: {} }, not: { properties: { A: { const: 'x' } }, required: ['A'] } };
    expect(await findings({ A: 'x' }, rowLevel)).toEqual([{ rule: 'schema', message: 'Row "x" is A "x", which the schema rules out (not).' }]);
  });

  test('a column name propertyNames refuses is said once, on its header cell, not on every row', async () => {
    const names = { type: 'object', properties: { A: {} }, propertyNames: { enum: ['A', 'B'] } };
    const source = ['| A | Checklist |', '| - | - |', '| x | 1 |', '| y | 2 |', ''].join('\n');
    const result = await lintText('doc.md', source, await configFor({ name: '', markdown: '', schema: names }));
    expect(result.violations.map((v) => [v.rule, v.severity, v.line, v.column, v.message])).toEqual([
      ['unknown-column', 'error', 1, 7, 'Column "Checklist" is not a name the schema allows (its propertyNames): it allows only "A" and "B". Rename the column or remove it, or change the schema.'],
    ]);
  });

  test("Ajv's own words are said in the table's: oneOf that several alternatives pass, a column whose schema is false, a row's alternatives", async () => {
    const oneOf = { type: 'object', properties: { A: {}, B: { oneOf: [{ format: 'date' }, { pattern: '^(TBD|\\d{4}-\\d{2}-\\d{2})$' }] } } };
    expect(await findings({ A: 'x', B: '2025-11-03' }, oneOf)).toEqual([
      {
        rule: 'schema',
        field: 'B',
        message:
          'B "2025-11-03" of "x" is more than one of the alternatives of a oneOf (a valid date (YYYY-MM-DD, a day that exists: 2025-03-01); or text matching ^(TBD|\\d{4}-\\d{2}-\\d{2})$), which allows exactly one: make the alternatives exclude each other, or write anyOf.',
      },
    ]);
    expect(await findings({ A: 'x', B: 'y' }, { type: 'object', properties: { A: {}, B: false } })).toEqual([
      { rule: 'schema', field: 'B', message: 'B "y" of "x": the schema allows no value in this column (its schema is `false`). Remove the column, or give it a schema.' },
    ]);
    const either = { type: 'object', properties: { A: {}, B: {}, C: {} }, anyOf: [{ properties: { B: { minLength: 1 } } }, { properties: { C: { minLength: 1 } } }] };
    expect(await findings({ A: 'x', B: '', C: '' }, either)).toEqual([{ rule: 'schema', message: 'Row "x" is none of what the schema allows: B not empty; or C not empty.' }]);
  });
});

const LEVELS = { type: 'object', properties: { Name: {}, Level: { enum: ['Stable', 'Best-effort', 'Retired'] } } };

testRule('allowed-values', {
  valid: [
    { name: 'allowed', markdown: table({ Name: 'a', Level: 'Stable' }), schema: LEVELS },
    {
      // $raw, $links and $group are read by name only: an additionalProperties schema judges the columns it has no property for.
      name: 'an additionalProperties schema judges the other columns, not the row model ($raw, $links, $group)',
      markdown: table({ Name: 'a', 'v1.30': 'yes', 'v1.31': 'no' }),
      schema: { type: 'object', properties: { Name: { type: 'string' } }, additionalProperties: { enum: ['yes', 'no'] }, propertyNames: { pattern: '^(Name|v\\d+\\.\\d+)$' }, maxProperties: 3 },
    },
  ],
  invalid: [
    {
      name: 'an enum of a hundred values is named in part: the schema lists them all; a near miss among them is still suggested',
      markdown: table({ Name: 'a', Level: 'Gaet042' }),
      schema: { type: 'object', properties: { Level: { enum: Array.from({ length: 100 }, (_, i) => `Gate${String(i).padStart(3, '0')}`) } } },
      errors: [
        {
          at: '3:7-14',
          field: 'Level',
          rowKey: 'a',
          suggestion: 'Gate042',
          message: `Level "Gaet042" of "a" is not one of ${Array.from({ length: 100 }, (_, i) => `Gate${String(i).padStart(3, '0')}`).slice(0, 29).join(', ')} and 71 more (the schema lists them). Did you mean "Gate042"?`,
        },
      ],
      output: table({ Name: 'a', Level: 'Gate042' }),
    },
    {
      name: 'a value written with two blanks (read as one space) is fixed whole, inside bold too',
      markdown: table({ Name: 'a', Level: '**Best \t effort**' }),
      schema: LEVELS,
      errors: [{ at: '3:7-24', field: 'Level', rowKey: 'a', suggestion: 'Best-effort', message: 'Level "Best effort" of "a" is not one of Stable, Best-effort, Retired. Did you mean "Best-effort"?' }],
      output: table({ Name: 'a', Level: '**Best-effort**' }),
    },
    {
      name: 'a column an additionalProperties schema judges',
      markdown: table({ Name: 'a', 'v1.30': 'yes', 'v1.31': 'maybe' }),
      schema: { type: 'object', properties: { Name: { type: 'string' } }, additionalProperties: { enum: ['yes', 'no'] } },
      errors: [{ at: '3:13-18', field: 'v1.31', rowKey: 'a', message: 'v1.31 "maybe" of "a" is not one of yes, no.' }],
    },
    {
      name: 'a symbol without the emoji variation selector the schema writes (⚠ for ⚠️) is said to differ only by it, and fixed',
      markdown: table({ Name: 'a', Level: '⚠' }),
      schema: { type: 'object', properties: { Level: { enum: ['✅', '⚠\uFE0F'] } } },
      errors: [
        {
          at: '3:7-8',
          field: 'Level',
          rowKey: 'a',
          suggestion: '⚠\uFE0F',
          message: 'Level "⚠" of "a" is not one of ✅, ⚠\uFE0F: it differs from "⚠\uFE0F" only by an invisible variation selector (U+FE0F), which picks the text or emoji form of a symbol. Did you mean "⚠\uFE0F"?',
        },
      ],
      output: table({ Name: 'a', Level: '⚠\uFE0F' }),
    },
    {
      // `ga|beta` in a code span is two cells to GFM: the cell under Level holds "`ga", a fragment, which no fix mends.
      name: 'in a row with more cells than the header, a value is suggested but not fixed',
      markdown: ['| Name | Level |', '| - | - |', '| a | `Stable|Retired` |', ''].join('\n'),
      schema: LEVELS,
      errors: [{ at: '3:7-14', field: 'Level', rowKey: 'a', suggestion: 'Stable', message: 'Level "`Stable" of "a" is not one of Stable, Best-effort, Retired. Did you mean "Stable"?' }],
    },
    {
      name: 'a near miss is fixed, emphasis kept',
      markdown: table({ Name: 'a', Level: '**Best effort**' }),
      schema: LEVELS,
      errors: [
        {
          at: '3:7-22',
          field: 'Level',
          rowKey: 'a',
          suggestion: 'Best-effort',
          message: 'Level "Best effort" of "a" is not one of Stable, Best-effort, Retired. Did you mean "Best-effort"?',
        },
      ],
      output: table({ Name: 'a', Level: '**Best-effort**' }),
    },
    {
      name: "a value ending in a backslash, written against the cell's closing pipe, is kept apart from it by a space (else the pipe is escaped and two cells merge)",
      markdown: '|Name|Level|Owner|\n|-|-|-|\n|a|C:\\path|bob|\n',
      schema: { type: 'object', properties: { Level: { enum: ['C:\\path\\', 'No'] } } },
      errors: [{ at: '3:4-11', field: 'Level', rowKey: 'a', suggestion: 'C:\\path\\', message: 'Level "C:\\path" of "a" is not one of C:\\path\\, No. Did you mean "C:\\path\\"?' }],
      output: '|Name|Level|Owner|\n|-|-|-|\n|a|C:\\path\\ |bob|\n',
    },
    {
      name: 'a value with a markup character that reads as itself in the cell is written in (Yes*)',
      markdown: table({ Name: 'a', Level: 'Yes' }),
      schema: { type: 'object', properties: { Level: { enum: ['Yes*', 'No'] } } },
      errors: [{ at: '3:7-10', field: 'Level', rowKey: 'a', suggestion: 'Yes*', message: 'Level "Yes" of "a" is not one of Yes*, No. Did you mean "Yes*"?' }],
      output: table({ Name: 'a', Level: 'Yes*' }),
    },
    {
      name: "on a page whose legend spells a value otherwise, the legend's spelling is the allowed one (and an `if` on the schema's spelling applies to it)",
      markdown: ['## Levels', '', '1. Stable: yes', '1. Best effort: some', '', table({ Name: 'a', Level: 'Best-effort' }).trimEnd(), '| b | Best effort |', '| c | best effort |', '| dd | Best effort |', ''].join('\n'),
      schema: { ...LEVELS, if: { properties: { Level: { const: 'Best-effort' } } }, then: { properties: { Name: { enum: ['a', 'b', 'c'] } } } },
      entry: { legend: { heading: 'Levels', column: 'Level' } },
      errors: [
        { at: '8:7-18', field: 'Level', rowKey: 'a', suggestion: 'Best effort', message: 'Level "Best-effort" of "a" is not one of Stable, Best effort, Retired. Did you mean "Best effort"?' },
        { at: '10:7-18', field: 'Level', rowKey: 'c', suggestion: 'Best effort', message: 'Level "best effort" of "c" is not one of Stable, Best effort, Retired. Did you mean "Best effort"?' },
        { at: '11:3-5', field: 'Name', rowKey: 'dd', message: 'Name "dd" is not one of a, b, c.' },
      ],
      output: ['## Levels', '', '1. Stable: yes', '1. Best effort: some', '', table({ Name: 'a', Level: 'Best effort' }).trimEnd(), '| b | Best effort |', '| c | Best effort |', '| dd | Best effort |', ''].join('\n'),
    },
    {
      name: 'a footnote reference no definition defines stays text: said so, not a value to guess at (a defined one is no part of the value)',
      markdown: table({ Name: 'a', Level: 'Stable[^2]' }) + '| b | Retired[^1] |\n\n[^1]: Since 2024.\n',
      schema: LEVELS,
      errors: [
        {
          at: '3:7-17',
          field: 'Level',
          rowKey: 'a',
          message: 'Level "Stable[^2]" of "a" is not one of Stable, Best-effort, Retired: its [^2] is a footnote reference that no "[^2]: …" line of the file defines, so it reads as text. Define the footnote, or take the reference out.',
        },
      ],
    },
    {
      name: 'the text of a shortcut or collapsed reference link is its label: no fix (the link would lose its definition); an inline or full reference link is fixed',
      markdown: table({ Name: 'a', Level: '[Stabel]' }) + '| b | [Stabel][] |\n| c | [Stabel](https://s) |\n| d | [Stabel][s] |\n\n[Stabel]: https://s\n[s]: https://s\n',
      schema: LEVELS,
      errors: ['a', 'b', 'c', 'd'].map((rowKey, i) => ({
        at: `${3 + i}:7-${[15, 17, 26, 18][i]}`,
        field: 'Level',
        rowKey,
        suggestion: 'Stable',
        message: `Level "Stabel" of "${rowKey}" is not one of Stable, Best-effort, Retired. Did you mean "Stable"?`,
      })),
      output: table({ Name: 'a', Level: '[Stabel]' }) + '| b | [Stabel][] |\n| c | [Stable](https://s) |\n| d | [Stable][s] |\n\n[Stabel]: https://s\n[s]: https://s\n',
    },
    {
      name: 'a struck-out value is no near miss: no suggestion, no fix takes the tildes away',
      markdown: table({ Name: 'a', Level: '~~Stable~~' }) + '| b | ~~Best effort~~ |\n',
      schema: LEVELS,
      errors: [
        { at: '3:7-17', field: 'Level', rowKey: 'a', message: 'Level "~~Stable~~" of "a" is not one of Stable, Best-effort, Retired.' },
        { at: '4:7-22', field: 'Level', rowKey: 'b', message: 'Level "~~Best effort~~" of "b" is not one of Stable, Best-effort, Retired.' },
      ],
    },
    {
      name: 'a hesitant "?" and the wrong case, in a table without outer pipes',
      markdown: 'Name | Level\n-- | --\na | retired?\nb | stable\n',
      schema: LEVELS,
      errors: [
        { at: '3:5-13', field: 'Level', rowKey: 'a', suggestion: 'Retired', message: 'Level "retired?" of "a" is not one of Stable, Best-effort, Retired. Did you mean "Retired"?' },
        { at: '4:5-11', field: 'Level', rowKey: 'b', suggestion: 'Stable', message: 'Level "stable" of "b" is not one of Stable, Best-effort, Retired. Did you mean "Stable"?' },
      ],
      output: 'Name | Level\n-- | --\na | Retired\nb | Stable\n',
    },
    {
      name: 'two letters swapped, in a long value and in a short one, are one slip',
      markdown: table({ Name: 'a', Level: 'Stalbe' }),
      schema: LEVELS,
      errors: [{ at: '3:7-13', field: 'Level', rowKey: 'a', suggestion: 'Stable', message: 'Level "Stalbe" of "a" is not one of Stable, Best-effort, Retired. Did you mean "Stable"?' }],
      output: table({ Name: 'a', Level: 'Stable' }),
    },
    {
      name: 'allowed values that are empty or hold a comma read apart',
      markdown: table({ Name: 'a', Level: 'Gone' }),
      schema: { ...LEVELS, properties: { ...LEVELS.properties, Level: { enum: ['Yes', 'Yes, with limits', ''] } } },
      errors: [{ at: '3:7-11', field: 'Level', rowKey: 'a', message: 'Level "Gone" of "a" is not one of Yes, "Yes, with limits", an empty cell.' }],
    },
    {
      name: 'no suggestion, no fix',
      markdown: table({ Name: 'a', Level: 'Gone' }),
      schema: LEVELS,
      errors: [{ at: '3:7-11', field: 'Level', rowKey: 'a', message: 'Level "Gone" of "a" is not one of Stable, Best-effort, Retired.' }],
    },
    {
      name: 'a value written twice in its cell is left to a person',
      markdown: table({ Name: 'a', Level: '[stable](stable)' }),
      schema: LEVELS,
      errors: [
        { at: '3:7-23', field: 'Level', rowKey: 'a', suggestion: 'Stable', message: 'Level "stable" of "a" is not one of Stable, Best-effort, Retired. Did you mean "Stable"?' },
      ],
    },
  ],
});

const OWNERS = {
  type: 'object',
  properties: {
    Name: {},
    Owners: {},
    $links: {
      type: 'object',
      properties: {
        Owners: {
          type: 'array',
          items: {
            linkAgreement: {
              text: '^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$',
              url: '^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$',
              prefer: 'url',
            },
          },
        },
      },
    },
  },
};

/** GitHub user links, compared without regard to case, and no side preferred (as init writes them). */
const USERS = {
  type: 'object',
  properties: {
    Name: {},
    User: {},
    $links: {
      type: 'object',
      properties: { User: { type: 'array', items: { linkAgreement: { text: '^@?(?<user>[A-Za-z0-9-]+)$', url: '^https://github\\.com/(?<user>[A-Za-z0-9-]+)/?$', ignoreCase: true } } } },
    },
  },
};

testRule('link-text-url', {
  valid: [
    { name: 'agreeing links', markdown: table({ Name: 'a', Owners: `${team('acme', 'web')}, ${team('acme', 'api')}*` }), schema: OWNERS },
    { name: 'ignoreCase: a login in another case is the same login', markdown: table({ Name: 'a', User: link('nalind', 'https://github.com/nalinD') }), schema: USERS },
  ],
  invalid: [
    {
      name: 'the URL is preferred: the text is rewritten',
      markdown: table({ Name: 'a', Owners: `${team('acme', 'web')}, ${link('@acme/storage', 'https://github.com/orgs/acme/teams/images')}*` }),
      schema: OWNERS,
      errors: [
        {
          at: '3:7-119',
          field: 'Owners',
          rowKey: 'a',
          message:
            'Owners of "a" has a link [@acme/storage](https://github.com/orgs/acme/teams/images) whose text names team "storage" but whose URL names team "images"; the text and URL must agree. The URL is taken as right: [@acme/images](https://github.com/orgs/acme/teams/images).',
        },
      ],
      output: table({ Name: 'a', Owners: `${team('acme', 'web')}, ${team('acme', 'images')}*` }),
    },
    {
      name: 'the text is preferred: the URL is rewritten',
      markdown: table({ Name: 'a', Owners: link('@acme/web', 'https://github.com/orgs/other/teams/api') }),
      schema: JSON.parse(JSON.stringify(OWNERS).replace('"prefer":"url"', '"prefer":"text"')),
      errors: [
        {
          at: '3:7-59',
          field: 'Owners',
          rowKey: 'a',
          message:
            'Owners of "a" has a link [@acme/web](https://github.com/orgs/other/teams/api) whose text names org "acme" but whose URL names org "other"; the text and URL must agree. The text is taken as right: [@acme/web](https://github.com/orgs/acme/teams/web).',
        },
      ],
      output: table({ Name: 'a', Owners: team('acme', 'web') }),
    },
    {
      name: 'a link with a title or an angle-bracketed URL is rewritten as written: title and brackets kept',
      markdown: table({ Name: 'a', Owners: '[@acme/storage](https://github.com/orgs/acme/teams/images "Images (team)") and [@acme/web](<https://github.com/orgs/acme/teams/api>)' }),
      schema: OWNERS,
      errors: [
        {
          at: '3:7-139',
          field: 'Owners',
          rowKey: 'a',
          message:
            'Owners of "a" has a link [@acme/storage](https://github.com/orgs/acme/teams/images) whose text names team "storage" but whose URL names team "images"; the text and URL must agree. The URL is taken as right: [@acme/images](https://github.com/orgs/acme/teams/images).',
        },
        {
          at: '3:7-139',
          field: 'Owners',
          rowKey: 'a',
          message:
            'Owners of "a" has a link [@acme/web](https://github.com/orgs/acme/teams/api) whose text names team "web" but whose URL names team "api"; the text and URL must agree. The URL is taken as right: [@acme/api](https://github.com/orgs/acme/teams/api).',
        },
      ],
      output: table({ Name: 'a', Owners: '[@acme/images](https://github.com/orgs/acme/teams/images "Images (team)") and [@acme/api](<https://github.com/orgs/acme/teams/api>)' }),
    },
    {
      name: 'two links with the same text and URL (one with a title): no fix, since the one found in the cell may not be the one at fault',
      markdown: table({ Name: 'a', Owners: `[@acme/net](https://github.com/orgs/acme/teams/network "t"), ${link('@acme/net', 'https://github.com/orgs/acme/teams/network')}` }),
      schema: OWNERS,
      errors: [
        {
          at: '3:7-123',
          field: 'Owners',
          rowKey: 'a',
          message:
            'Owners of "a" has a link [@acme/net](https://github.com/orgs/acme/teams/network) whose text names team "net" but whose URL names team "network"; the text and URL must agree.',
        },
      ],
    },
    {
      name: 'without prefer: a disagreeing link is reported, and left for a person to mend',
      markdown: table({ Name: 'a', User: link('@saschagrunert', 'https://github.com/sachagrunert') }),
      schema: USERS,
      errors: [
        {
          at: '3:7-56',
          field: 'User',
          rowKey: 'a',
          message: 'User of "a" has a link [@saschagrunert](https://github.com/sachagrunert) whose text names user "saschagrunert" but whose URL names user "sachagrunert"; the text and URL must agree.',
        },
      ],
      output: table({ Name: 'a', User: link('@saschagrunert', 'https://github.com/sachagrunert') }),
    },
    {
      name: 'team or user links (alternatives): a user in the text and a team in the URL are of different kinds, even with prefer',
      markdown: table({ Name: 'a', User: `${link('@acme/web', 'https://github.com/orgs/acme/teams/web')}, ${link('@jdoe', 'https://github.com/jdoe')}, ${link('@jdoe', 'https://github.com/orgs/acme/teams/docs')}` }),
      schema: JSON.parse(JSON.stringify(USERS).replace(/"linkAgreement":\{[^}]*\}/, `"linkAgreement":${JSON.stringify({ text: TEAM_OR_USER_LINK.text, url: TEAM_OR_USER_LINK.url, ignoreCase: true, prefer: 'url' })}`)),
      errors: [
        {
          at: '3:7-142',
          field: 'User',
          rowKey: 'a',
          message: 'User of "a" has a link [@jdoe](https://github.com/orgs/acme/teams/docs) whose text and URL are of different kinds: only the URL names org "acme". The text and URL must name the same thing.',
        },
      ],
    },
    {
      name: 'a text of the wrong form is not fixed',
      markdown: table({ Name: 'a', Owners: link('Acme Web', 'https://github.com/orgs/acme/teams/web') }),
      schema: OWNERS,
      errors: [
        {
          at: '3:7-57',
          field: 'Owners',
          rowKey: 'a',
          message: 'Owners of "a" has a link [Acme Web](https://github.com/orgs/acme/teams/web) whose text does not match ^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$.',
        },
      ],
    },
  ],
});

it('a line with no pipe that GFM reads as a row is judged by no rule but column-count', async () => {
  const schema = { type: 'object', required: ['A', 'B'], properties: { A: { enum: ['x'] }, B: { minLength: 1 } } };
  const markdown = '| A | B |\n| - | - |\n| x | y |\n{{< /table >}}\n';
  const { violations } = await lintText('doc.md', markdown, await configFor({ name: '', markdown: '', schema, entry: { unique: { scope: 'table' } } }));
  expect(violations.map((v) => `${v.line} ${v.rule}`)).toEqual(['4 column-count']);
});

it('a rule off for the first table does not speak for the page: the next table that checks notes reports an unknown note', async () => {
  const config = await loadConfig({
    file: 'c.yml',
    read: async (path) =>
      path === 'c.yml'
        ? [
            'tables:',
            '  - { match: { heading: First }, schema: s.json, notes: { heading: Notes }, severities: { note-unknown-key: "off" } }',
            '  - { match: { heading: Second }, schema: s.json, notes: { heading: Notes } }',
          ].join('\n')
        : '{ "type": "object" }',
  });
  const markdown = ['## First', '', '| GATE | STATUS |', '| - | - |', '| A | x |', '', '## Second', '', '| GATE | STATUS |', '| - | - |', '| B | y |', '', '## Notes', '', '- **Typo**: why', ''].join('\n');
  const { violations } = await lintText('doc.md', markdown, config);
  expect(violations.map((v) => `${v.line} ${v.rule}`)).toEqual(['15 note-unknown-key']);
});

describe("a page whose legend spells the values otherwise: every rule reads the schema's value and writes the page's", () => {
  const page = (...rows: string[]) =>
    ['## Graduation', '', '- **alpha**: new', '- **beta**: tested', '- **ga**: stable', '', '## Gates', '', '| FEATURE GATE | GRADUATION | STATUS |', '| --- | --- | --- |', ...rows, ''].join('\n');

  it('notes: a row the legend spells Unsupported needs its note as an UNSUPPORTED one does', async () => {
    const markdown = ['## Status', '', '**Supported**: works', '**Unsupported**: does not', '', '| FEATURE GATE | GRADUATION | STATUS |', '| --- | --- | --- |', '| BGate | Alpha | Unsupported |', ''].join('\n');
    const config = await configFor({ name: '', markdown: '', preset: 'kubevirt-feature-gates', entry: { order: false, legend: { heading: 'Status', column: 'STATUS' } } });
    const { violations } = await lintText('doc.md', markdown, config);
    expect(violations.map((v) => `${v.line} ${v.rule}`)).toEqual(['8 note-required']);
  });

  it('a source: its GA is the page\'s ga, so ga agrees and --fix writes ga, with no fix back and forth', async () => {
    const config = await configFor({
      name: '',
      markdown: '',
      preset: 'kubevirt-feature-gates',
      files: { 'gates.json': JSON.stringify([{ name: 'AGate', state: 'GA' }, { name: 'BGate', state: 'GA' }]) },
      sources: { gates: { file: 'gates.json', key: 'name' } },
      entry: { order: false, legend: { heading: 'Graduation', column: 'GRADUATION' }, references: [{ source: 'gates', agree: { GRADUATION: { field: 'state' } } }] },
    });
    const { violations } = await lintText('doc.md', page('| AGate | ga | SUPPORTED |', '| BGate | beta | SUPPORTED |'), config);
    expect(violations.map((v) => `${v.line} ${v.rule} ${v.suggestion ?? ''}`)).toEqual(['12 reference-disagree ga']);
  });
});

it('a suggestion that holds a line break is offered as text, but no fix: a cell cannot hold one', async () => {
  const schema = { type: 'object', properties: { Name: {}, Level: { enum: ['Best\n\neffort'] } } };
  const { violations } = await lintText('doc.md', table({ Name: 'a', Level: 'Best effort' }), await configFor({ name: '', markdown: '', schema }));
  expect(violations.map((v) => [v.rule, v.suggestion, v.fix])).toEqual([['allowed-values', 'Best\n\neffort', undefined]]);
});

it('a legend spelling of two schema values (In-progress, In progress → In Progress) is one allowed value, and both are variants to fix', async () => {
  const schema = { type: 'object', properties: { Name: {}, Stage: { enum: ['Done', 'In-progress', 'In progress'] } } };
  const markdown = ['## Legend', '', '- **Done**: d', '- **In Progress**: p', '', '| Name | Stage |', '| - | - |', '| a | In Progress |', '| b | In-progress |', '| c | In progress |', ''].join('\n');
  const config = await configFor({ name: '', markdown: '', schema, entry: { legend: { heading: 'Legend', column: 'Stage' } } });
  const { violations } = await lintText('doc.md', markdown, config);
  expect(violations.map((v) => [v.line, v.rule, v.suggestion, v.message.split('. ')[0]])).toEqual([
    [9, 'allowed-values', 'In Progress', 'Stage "In-progress" of "b" is not one of Done, In Progress'],
    [10, 'allowed-values', 'In Progress', 'Stage "In progress" of "c" is not one of Done, In Progress'],
  ]);
});

// An `if` on a column the table does not have: the missing column is said once, on the header
// (required-column), and no branch of the condition speaks for the rows until it is back.
const CONDITIONAL = {
  required: ['Feature', 'Support State'],
  if: { properties: { 'Support State': { const: 'Supported' } }, required: ['Support State'] },
  then: { properties: { Maintainers: { minLength: 1 } } },
  else: { properties: { Notes: { minLength: 1 } } },
};
const renamed = ['| Feature | Support Level | Maintainers | Notes |', '| --- | --- | --- | --- |', '| amd64 | Supported | [@k/amd](https://github.com/orgs/k/teams/amd) | |', ''].join('\n');
testRule('required-cell', {
  valid: [
    { name: 'the preset, its Support State column renamed: no "a note is required unless Supported" on the rows', markdown: renamed, preset: 'kata-support-levels', entry: { files: ['*.md'] } },
    { name: "a user schema's if/else on a column the table lacks", markdown: renamed, schema: CONDITIONAL, entry: { match: { columns: ['Feature'] } } },
  ],
  invalid: [
    {
      name: 'the column there: the else branch speaks',
      markdown: renamed.replace('Support Level', 'Support State').replace('| Supported |', '| Best-effort |'),
      schema: CONDITIONAL,
      entry: { match: { columns: ['Feature'] } },
      errors: [{ at: '3:72-73', field: 'Notes', rowKey: 'amd64', message: 'Notes of "amd64" is empty; a value is required.' }],
    },
  ],
});

// The header's findings in an author's words (ajv-errors) stay on the header: no row repeats them.
testRule('schema', {
  valid: [
    {
      name: 'an errorMessage for required: the missing column is said once, on the header',
      markdown: ['| Name | State |', '| --- | --- |', '| a | b |', ''].join('\n'),
      schema: { required: ['Name', 'Status'], errorMessage: { required: 'needs a Status column' } },
      entry: { match: { columns: ['Name'] } },
    },
    {
      name: 'an errorMessage for additionalProperties: the unknown column is said once, on the header',
      markdown: ['| Name | Notes |', '| --- | --- |', '| a | b |', ''].join('\n'),
      schema: { properties: { Name: {} }, additionalProperties: false, errorMessage: { additionalProperties: 'only Name' } },
      entry: { match: { columns: ['Name'] } },
    },
  ],
  invalid: [],
});

testRule('allowed-values', {
  valid: [],
  invalid: [
    {
      name: "a cell that holds the same text as the row's key still says whose it is (only the key cell names itself)",
      markdown: ['| Release | Max etcd |', '| --- | --- |', '| 3.5 | 3.5 |', '| 3.6 | x |', ''].join('\n'),
      schema: { properties: { Release: { enum: ['3.6'] }, 'Max etcd': { enum: ['3.4'] } } },
      entry: { match: { columns: ['Release'] }, key: 'Release', order: false },
      errors: [
        { at: '3:3-6', field: 'Release', rowKey: '3.5', message: 'Release "3.5" is not one of 3.6.' },
        { at: '3:9-12', field: 'Max etcd', rowKey: '3.5', message: 'Max etcd "3.5" of "3.5" is not one of 3.4.' },
        { at: '4:9-10', field: 'Max etcd', rowKey: '3.6', message: 'Max etcd "x" of "3.6" is not one of 3.4.' },
      ],
    },
  ],
});

describe('several keywords failing on one cell', () => {
  it('a notice on one keyword hides no error of another: one finding per severity', async () => {
    const files: Record<string, string> = {
      'c.yml': 'tables:\n  - files: ["*.md"]\n    schema: s.json\n',
      's.json': JSON.stringify({
        properties: { Feature: {}, Status: { allOf: [{ enum: ['Alpha', 'Beta'], 'x-severity': 'notice' }, { pattern: '^[A-Z]', errorMessage: { pattern: 'must start with a capital letter' } }] } },
      }),
    };
    const config = await loadConfig({ file: 'c.yml', read: async (path) => files[path] });
    const result = await lintText('t.md', ['| Feature | Status |', '| --- | --- |', '| a | ga |', ''].join('\n'), config);
    expect(result.violations.map((v) => `${v.severity} ${v.rule}`).sort()).toEqual(['error cell-format', 'notice allowed-values']);
  });
});

testRule('allowed-values', {
  valid: [],
  invalid: [
    {
      name: 'a schema on $group: a misspelt group label is said once, on its group row',
      markdown: ['| Feature | Status |', '| --- | --- |', '| **Storage** | |', '| virtio-fs | GA |', '| **Netwrk** | |', '| tap | GA |', '| vhost | GA |', ''].join('\n'),
      schema: { properties: { Feature: {}, Status: {}, $group: { enum: ['Storage', 'Network'] } } },
      entry: { match: { columns: ['Feature'] }, order: false },
      errors: [{ at: '5:3-13', field: '$group', rowKey: 'Netwrk', suggestion: 'Network', message: 'Group "Netwrk" is not one of Storage, Network. Did you mean "Network"?' }],
    },
  ],
});

testRule('allowed-values', {
  valid: [],
  invalid: [
    {
      name: 'values split over anyOf or oneOf branches are one list: the enum finding, with a suggestion and a fix',
      markdown: ['| Name | Status |', '| --- | --- |', '| a | beta |', ''].join('\n'),
      schema: { properties: { Name: {}, Status: { anyOf: [{ enum: ['GA', 'Beta'] }, { oneOf: [{ const: 'Alpha' }, { const: 'Deprecated' }] }] } } },
      entry: { match: { columns: ['Name'] } },
      errors: [{ at: '3:7-11', field: 'Status', rowKey: 'a', suggestion: 'Beta', message: 'Status "beta" of "a" is not one of GA, Beta, Alpha, Deprecated. Did you mean "Beta"?' }],
      output: ['| Name | Status |', '| --- | --- |', '| a | Beta |', ''].join('\n'),
    },
    {
      name: 'the same with the branches in $defs, named by $ref',
      markdown: ['| Name | Status |', '| --- | --- |', '| a | beta |', ''].join('\n'),
      schema: { $defs: { current: { enum: ['GA', 'Beta'] }, old: { const: 'Deprecated' } }, properties: { Name: {}, Status: { anyOf: [{ $ref: '#/$defs/current' }, { $ref: '#/$defs/old' }] } } },
      entry: { match: { columns: ['Name'] } },
      errors: [{ at: '3:7-11', field: 'Status', rowKey: 'a', suggestion: 'Beta', message: 'Status "beta" of "a" is not one of GA, Beta, Deprecated. Did you mean "Beta"?' }],
      output: ['| Name | Status |', '| --- | --- |', '| a | Beta |', ''].join('\n'),
    },
  ],
});

describe('a column the schema spells in several cases: every spelling checks the cell', () => {
  const spelt = async (markdown: string, rowSchema: object, files: Record<string, string> = {}) =>
    (await lintText('doc.md', markdown, await configFor({ name: '', markdown: '', schema: rowSchema, files, entry: { order: false } }))).violations.map((v) => `${v.line} ${v.rule} ${v.field}: ${v.message}`);
  const releases = ['| Release | Status |', '| --- | --- |', '| 2.1 | |', '| 2.0 | Extended |', ''].join('\n');

  test.each<[string, object, Record<string, string>]>([
    ['both spellings in properties', { required: ['Release', 'Status'], properties: { Release: {}, Status: { minLength: 1 }, status: { enum: ['Active', 'LTS', ''] } } }, {}],
    ['the other spelling in a shared file a $ref names', { required: ['Release', 'Status'], allOf: [{ $ref: './shared.json' }], properties: { Release: {}, Status: { minLength: 1 } } }, { 'shared.json': JSON.stringify({ properties: { status: { enum: ['Active', 'LTS', ''] } } }) }],
    ['the other spelling in an anyOf branch and a then', { properties: { Release: {}, STATUS: { minLength: 1 } }, anyOf: [{ properties: { status: { enum: ['Active', 'LTS', ''] } } }], if: { properties: { release: { const: '2.1' } } }, then: { properties: { Status: { const: 'x' } } } }, {}],
  ])('%s', async (_name, rowSchema, files) => {
    const found = await spelt(releases, rowSchema, files);
    // The empty 2.1 is reported (minLength, or the then's const) and so is Extended (the enum, or the anyOf).
    expect(found.some((line) => line.startsWith('3 '))).toBe(true);
    expect(found.some((line) => line.startsWith('4 '))).toBe(true);
  });

  test('a property spelling a column that patternProperties matches in the header case: the pattern still applies', async () => {
    const markdown = ['| Component | Traces | Metrics |', '| --- | --- | --- |', '| a | betta | beta |', '| b | | beta |', ''].join('\n');
    const found = await spelt(markdown, {
      properties: { Component: {}, traces: { minLength: 1 } },
      patternProperties: { '^(Traces|Metrics)$': { enum: ['alpha', 'beta', ''] } },
      additionalProperties: false,
    });
    expect(found).toEqual([
      '3 allowed-values traces: traces "betta" of "a" is not one of alpha, beta, an empty cell. Did you mean "beta"?',
      '4 required-cell traces: traces of "b" is empty; a value is required.',
    ]);
  });

  test('$raw and $links name a column in another case than the top-level property', async () => {
    const markdown = ['| Name | Flag |', '| --- | --- |', '| a | on |', '| b | `on` |', ''].join('\n');
    const found = await spelt(markdown, { properties: { Name: {}, Flag: { enum: ['on'] }, $raw: { properties: { flag: { pattern: '^`' } } } } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^3 .* Flag: /);
  });
});
