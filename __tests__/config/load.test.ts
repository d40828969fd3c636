import { ConfigError } from '../../src/config/errors.js';
import { DEFAULT_BUDGETS, formatPath, loadConfig } from '../../src/config/load.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { rowObject } from '../schema/helpers.js';

const CONFIG = '.github/support-table-lint.yml';
const none = async () => undefined;
const load = (files: Record<string, string>, extra: { preset?: string } = {}) =>
  loadConfig({ file: CONFIG, read: async (path) => files[path], ...extra });
const failure = async (files: Record<string, string>, extra: { preset?: string } = {}): Promise<string> => {
  try {
    await load(files, extra);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig without a config file', () => {
  test('offers every preset and no entries', async () => {
    const config = await loadConfig({ file: null, read: none });
    expect(config.configFile).toBeNull();
    expect(config.entries).toEqual([]);
    expect(config.presets.map(({ name }) => name)).toEqual(['kubevirt-feature-gates', 'kata-support-levels']);
    expect(config.budgets).toEqual({ maxFileBytes: 10 * 1024 * 1024, maxParseMs: 10_000 });
    expect(config.severities).toEqual({});
    expect(config.ignore).toEqual([]);
  });

  test('--preset applies one preset to any file whose tables have its columns', async () => {
    const [entry, ...rest] = (await loadConfig({ file: null, read: none, preset: 'kata-support-levels' })).entries;
    expect(rest).toEqual([]);
    expect(entry!.schema.id).toBe('kata-support-levels');
    expect(entry!.matchesFile('any/where.txt')).toBe(true);
    expect(entry!.match).toEqual({ columns: ['Feature', 'Support State', 'Maintainers', 'Notes'] });
    expect(entry!.options.key).toBe('Feature');
  });

  test('--preset with an unknown name', async () => {
    await expect(loadConfig({ file: null, read: none, preset: 'kata' })).rejects.toThrow(
      new ConfigError('unknown preset "kata"; use one of kubevirt-feature-gates, kata-support-levels'),
    );
  });
});

describe('loadConfig with a config file', () => {
  test('YAML merge keys share options between entries', async () => {
    const config = await load({
      [CONFIG]: 'tables:\n  - &common\n    files: [a.md]\n    preset: kata-support-levels\n    order: false\n    unique: false\n  - <<: *common\n    files: [b.md]\n',
    });
    expect(config.entries.map((entry) => entry.options)).toEqual([expect.objectContaining({ order: false, unique: false }), expect.objectContaining({ order: false, unique: false })]);
  });

  test('compiles presets, user schemas that $ref a preset, options, severities and budgets', async () => {
    const config = await load({
      [CONFIG]: [
        'severities:',
        '  sort-order: error',
        'budgets:',
        '  maxParseMs: 500',
        'tables:',
        '  - files: ["docs/**/*.md"]',
        '    preset: kubevirt-feature-gates',
        '    order: false',
        '    notes: { heading: Remarks }',
        '    severities: { unique-key: warning }',
        '  - files: [".github/support.md"]',
        '    match: { heading: Support, columns: [Feature] }',
        '    schema: schemas/ours.yaml',
      ].join('\n'),
      'schemas/ours.yaml': [
        '$schema: https://json-schema.org/draft/2020-12/schema',
        'allOf:',
        '  - $ref: https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kata-support-levels.schema.json',
        'properties:',
        '  Feature: { maxLength: 10 }',
        'x-support-table-lint:',
        '  order: { scope: group }',
        '  severities: { required-cell: notice }',
      ].join('\n'),
    });
    expect(config.configFile).toBe(CONFIG);
    expect(config.severities).toEqual({ 'sort-order': 'error' });
    expect(config.budgets).toEqual({ ...DEFAULT_BUDGETS, maxParseMs: 500 });

    const [gates, ours] = config.entries;
    expect(gates!.files).toEqual(['docs/**/*.md']);
    expect(gates!.matchesFile('docs/ops/gates.md')).toBe(true);
    expect(gates!.matchesFile('./docs/.hidden/gates.md')).toBe(true);
    expect(gates!.matchesFile('README.md')).toBe(false);
    expect(gates!.options).toMatchObject({ key: 'FEATURE GATE', order: false, notes: { heading: 'Remarks', reportUnknown: true } });
    expect(gates!.severities).toEqual({ 'sort-order': 'error', 'unique-key': 'warning' });

    expect(ours!.matchesFile('.github/support.md')).toBe(true);
    expect(ours!.match).toEqual({ heading: 'Support', columns: ['Feature'] });
    expect(ours!.schema.id).toBe('schemas/ours.yaml');
    expect(ours!.schema.required).toEqual(['Feature', 'Support State', 'Maintainers', 'Notes']);
    expect(ours!.options).toEqual({
      key: 'Feature',
      unique: { scope: 'table' },
      order: { scope: 'group' },
      groups: true,
      legend: { heading: 'Levels of Support', column: 'Support State', optional: true },
      transitions: { removed: { when: { 'Support State': ['Deprecated', 'Obsolete'] } } },
      severities: { transition: 'warning', 'required-cell': 'notice' },
    });
    expect(ours!.severities).toEqual({ transition: 'warning', 'required-cell': 'notice', 'sort-order': 'error' });
    // The preset's rules and the user's own both apply.
    const row = rowObject({ Feature: 'a-long-feature', 'Support State': 'Supported', Maintainers: 'x', Notes: '' });
    expect(ours!.schema.validate(row).map(({ keyword, field }) => `${keyword} ${field}`)).toEqual([
      'pattern Maintainers',
      'maxLength Feature',
    ]);
  });

  test('the same schema file is compiled once for several entries', async () => {
    const schema = '{ "properties": { "A": { "enum": ["x"] } } }';
    const config = await load({ [CONFIG]: 'tables:\n  - schema: s.json\n  - schema: s.json\n    files: [b.md]\n', 's.json': schema });
    expect(config.entries[0]!.schema).toBe(config.entries[1]!.schema);
  });

  test.each([
    ['unreadable file', {}, `${CONFIG}: cannot read the file; check that it exists and is readable`],
    ['empty file', { [CONFIG]: '# nothing yet\n' }, `${CONFIG}:1: the file is empty; add a "tables:" list (see schemas/config.schema.json)`],
    ['invalid YAML', { [CONFIG]: 'tables:\n  - preset: [kata\n' }, `${CONFIG}:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
    ['duplicate key', { [CONFIG]: 'tables: []\ntables: []\n' }, `${CONFIG}:2: invalid YAML: Map keys must be unique`],
    ['duplicate key deep in a flow map', { [CONFIG]: 'tables:\n  - files: [a.md]\n    match: {\n      columns: [A],\n      columns: [B] }\n' }, `${CONFIG}:5: invalid YAML: Map keys must be unique`],
    ['no tables', { [CONFIG]: 'severities: {}\n' }, `${CONFIG}:1: missing "tables"`],
    ['tables not a list', { [CONFIG]: 'tables:\n  preset: kata-support-levels\n' }, `${CONFIG}:2: tables: must be a list`],
    [
      'unknown preset',
      { [CONFIG]: 'tables:\n  - files: [a.md]\n\n    preset: kata\n' },
      `${CONFIG}:4: tables[0].preset: unknown preset "kata"; use one of kubevirt-feature-gates, kata-support-levels`,
    ],
    [
      'misspelt preset',
      { [CONFIG]: 'tables:\n  - preset: kata-support-level\n' },
      `${CONFIG}:2: tables[0].preset: unknown preset "kata-support-level"; use one of kubevirt-feature-gates, kata-support-levels. Did you mean "kata-support-levels"?`,
    ],
    [
      'both preset and schema',
      { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n    schema: s.json\n' },
      `${CONFIG}:2: tables[0]: has both preset and schema; keep one of them`,
    ],
    [
      'neither preset nor schema',
      { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n  - files: [a.md]\n' },
      `${CONFIG}:3: tables[1]: needs either preset: NAME (one of kubevirt-feature-gates, kata-support-levels) or schema: PATH`,
    ],
    [
      'unknown option with a suggestion',
      { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n    uniqe: false\n' },
      `${CONFIG}:3: tables[0].uniqe: unknown option "uniqe"; use one of key, unique, order, groups, columns, notes, severities, references, transitions, monotonic, legend, files, match, preset, schema, ignore. Did you mean "unique"?`,
    ],
    [
      'bad scope',
      { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n    order: { scope: section }\n' },
      `${CONFIG}:3: tables[0].order: must be false or { scope?: table | group, direction?: asc | desc, compare?: text | ascii | natural | semver, by?: COLUMN }`,
    ],
    [
      'bad severity',
      { [CONFIG]: 'severities:\n  sort-order: fatal\ntables:\n  - preset: kata-support-levels\n' },
      `${CONFIG}:2: severities.sort-order: unknown value "fatal"; use one of error, warning, notice, off`,
    ],
    [
      'notes without a heading',
      { [CONFIG]: 'tables:\n  - preset: kubevirt-feature-gates\n    notes:\n      requiredWhen: { STATUS: [PENDING] }\n' },
      `${CONFIG}:4: tables[0].notes: missing "heading"`,
    ],
    [
      'several problems, each on its line',
      { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n    groups: yes\n  - schema: 42\n' },
      [`${CONFIG}:3: tables[0].groups: must be true or false`, `${CONFIG}:4: tables[1].schema: must be a string`].join('\n'),
    ],
    [
      'missing schema file',
      { [CONFIG]: 'tables:\n  - files: [a.md]\n    schema: schemas/missing.json\n' },
      `${CONFIG}:3: tables[0].schema: cannot read the schema file "schemas/missing.json"; paths are relative to the working directory (the config's folder, or the repository root for a config in .github/)`,
    ],
    [
      'schema file with a JSON syntax error',
      { [CONFIG]: 'tables:\n  - schema: s.json\n', 's.json': '{\n  "properties": {\n    "A": { "enum": ["x"] }\n    "B": {}\n  }\n}\n' },
      's.json:4: invalid JSON: Missing , between flow map items',
    ],
    [
      'schema that is not an object',
      { [CONFIG]: 'tables:\n  - schema: s.json\n', 's.json': '[1, 2]' },
      's.json:1: a JSON Schema must be an object (JSON or YAML mapping)',
    ],
    [
      'schema of another draft',
      { [CONFIG]: 'tables:\n  - schema: s.json\n', 's.json': '{\n  "$schema": "http://json-schema.org/draft-07/schema#"\n}' },
      's.json:2: $schema: only JSON Schema draft 2020-12 is supported; use "https://json-schema.org/draft/2020-12/schema" or leave $schema out',
    ],
    [
      'schema that breaks the meta-schema',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Level:\n    enum: Supported\n' },
      's.yml:3: properties.Level.enum: invalid JSON Schema: must be array',
    ],
    [
      'schema whose linkAgreement value is malformed: its line, and what is wrong',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $links:\n    properties:\n      Owners:\n        items:\n          linkAgreement: { text: 5, url: "x" }\n' },
      's.yml:6: properties.$links.properties.Owners.items.linkAgreement: invalid value of linkAgreement: text must be string',
    ],
    [
      'schema with an unknown keyword',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Level:\n    enm: [Supported]\n' },
      's.yml:3: properties.Level.enm: unknown keyword "enm"; did you mean "enum"?',
    ],
    [
      'schema with a $ref that does not resolve',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': '$ref: https://example.com/nope.json\n' },
      's.yml:1: $ref: $ref "https://example.com/nope.json" points at nothing: no schema here has that address, and schemas are never fetched: $ref a file in the repository by its relative path',
    ],
    [
      'schema whose $ref\'d file has a pattern RE2 cannot run: the error names that file',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Release: { $ref: "./common.yml#/$defs/version" }\n', 'common.yml': '$defs:\n  version:\n    pattern: "^(1"\n' },
      /^common\.yml:3: \$defs\.version\.pattern: invalid JSON Schema: the pattern \^\(1 is not supported/,
    ],
    [
      'schema with a $ref to a place its file does not have',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Release:\n    $ref: "./common.yml#/$defs/versoin"\n', 'common.yml': '$defs:\n  version: { type: string }\n' },
      's.yml:3: properties.Release.$ref: $ref "./common.yml#/$defs/versoin" points at nothing: the schema has nothing at /$defs/versoin; fix the path after #',
    ],
    [
      'schema with a $ref one step too far, onto a list (its enum), not a schema',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Status:\n    $ref: "./common.yml#/$defs/status/enum"\n', 'common.yml': '$defs:\n  status: { enum: [GA, Beta] }\n' },
      's.yml:3: properties.Status.$ref: this $ref points at a list, not a schema: point it at the schema that holds the list (drop the last part of its path)',
    ],
    [
      'schemas whose $refs loop back to themselves: a config error, not a stack overflow on the first row',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': '$ref: ./s2.yml\n', 's2.yml': '$ref: ./s.yml\n' },
      's.yml:1: $ref: its $refs lead back to themselves before reaching anything that checks a row; break the loop',
    ],
    [
      "a schema's table options: the config's messages, with the line",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Release: {}\nx-support-table-lint:\n  ordr: false\n' },
      's.yml:4: x-support-table-lint.ordr: unknown option "ordr"; use one of key, unique, order, groups, columns, notes, severities, references, transitions, monotonic, legend. Did you mean "order"?',
    ],
    [
      'an errorMessage for a keyword the subschema does not have',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Status:\n    pattern: "^[A-Z]"\n    errorMessage: { patern: "must start with a capital" }\n' },
      's.yml:4: properties.Status.errorMessage.patern: a message for "patern", which this subschema does not have (it has pattern), so it never shows; did you mean "pattern"?',
    ],
    [
      'an unknown format, with the one meant',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Date:\n    format: datetime\n' },
      /^s\.yml:3: properties\.Date\.format: unknown format "datetime"; use one of date, .*\. Did you mean "date-time"\?$/,
    ],
    [
      "a linkAgreement pattern RE2 cannot compile, at its line",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $links:\n    properties:\n      Team:\n        items:\n          linkAgreement: { text: "^@(?<t>[a-z]+", url: "x" }\n' },
      /^s\.yml:6: properties\.\$links\.properties\.Team\.items\.linkAgreement\.text: invalid JSON Schema: the pattern /,
    ],
    [
      'an enum of numbers written unquoted in YAML: never a cell\'s value',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Version: { enum: ["1.29", 1.30] }\n' },
      's.yml:2: properties.Version.enum[1]: 1.3 is a number, and cells are text, so no cell can equal it: quote it ("1.3"; YAML reads 3, 1.30 and 1e3 unquoted as numbers, and 1.30 as 1.3)',
    ],
    [
      'a const true in a file a $ref names',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  HA: { $ref: "./d.yml#/$defs/yes" }\n', 'd.yml': '$defs:\n  yes:\n    const: true\n' },
      'd.yml:3: $defs.yes.const: true is a boolean, and cells are text, so no cell can equal it: quote it ("true"; YAML reads true and false unquoted as booleans)',
    ],
    [
      'type: integer on a column',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'allOf:\n  - properties:\n      Replicas:\n        type: integer\n' },
      's.yml:4: allOf[0].properties.Replicas.type: type "integer" fails every cell: cells are text; to accept whole numbers, use pattern: "^[0-9]+$"',
    ],
    [
      'required under a then: every row has every column, so it checked nothing',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Status: { enum: [LTS, Active] }\nif: { properties: { Status: { const: LTS } } }\nthen:\n  required: [End of Life]\n' },
      's.yml:5: then.required: required under a then or else is met by every row of a table that has the column: each column is a property of every row (an empty cell is ""), and columns are required of the header, not of rows; to require a value when the if holds, write properties: { "End of Life": { minLength: 1 } } here',
    ],
    [
      'dependentRequired, for the same reason',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'dependentRequired:\n  Owners: [Notes]\n' },
      's.yml:2: dependentRequired.Owners: dependentRequired is met by every row: each column is a property of every row (an empty cell is ""), and columns are required of the header, not of rows; to require "Notes" when "Owners" has a value, write if: { properties: { "Owners": { minLength: 1 } }, required: ["Owners"] }, then: { properties: { "Notes": { minLength: 1 } } }',
    ],
    [
      'null in a column\'s enum (YAML ~), which no cell is ($group may be null)',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $group: { enum: [~, Linux] }\n  Owners: { enum: [~, "@a"] }\n' },
      's.yml:3: properties.Owners.enum[0]: null (YAML reads ~ and a missing value as null) is no cell\'s value: an empty cell is "", so write "" for it',
    ],
    [
      'type array on a column (its links are under $links)',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $links: { type: object }\n  Owners: { type: array }\n' },
      's.yml:3: properties.Owners.type: type "array" fails every cell: a cell is one string (a list in a cell too, and an empty cell is ""); check its text with a pattern, or its links under $links',
    ],
    [
      'a property with a stray space, beside required spelt without it',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'required: [Status]\nproperties:\n  "Status ": { enum: [LTS] }\n' },
      's.yml:3: properties["Status "]: the property "Status " has spaces that no column name has (header cells are trimmed and their spaces collapsed), so required and the rules spell the column one way and this property another; write "Status"',
    ],
    [
      'an if testing a value its column\'s enum does not allow: the then never applies',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  STATUS: { enum: [Supported, Not supported] }\nallOf:\n  - if: { properties: { STATUS: { const: Not Supported } } }\n    then: { properties: { NOTES: { minLength: 1 } } }\n' },
      's.yml:4: allOf[0].if.properties.STATUS.const: the if tests "STATUS" for "Not Supported", which the column\'s enum does not allow, so that test never holds and what the then says never applies; did you mean "Not supported"?',
    ],
    [
      'a schema written for the whole table (items at the top): a schema describes one row',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'items:\n  type: object\n  properties:\n    Status: { enum: [A] }\n' },
      /^s\.yml:2: items: a schema describes ONE row \(an object whose properties are the table's columns\), not the table: items applies to a list, so it checks nothing; move the row schema out of items to the top \(e\.g\. type: object, /,
    ],
    [
      'type: array at the top, or in an allOf part',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'allOf:\n  - type: array\n' },
      /^s\.yml:2: allOf\[0\]\.type: a schema describes ONE row .*: type "array" fails every row \(e\.g\./,
    ],
    [
      'required in anyOf branches: met by every row, as under a then',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Traces: {}\nanyOf:\n  - required: [Traces]\n' },
      /^s\.yml:4: anyOf\[0\]\.required: required under an anyOf is met by every row of a table that has the column: .*write each branch as properties: \{ "Traces": \{ minLength: 1 \} \}$/,
    ],
    [
      'required in oneOf branches: failed by every row',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'oneOf:\n  - required: [Traces]\n' },
      /^s\.yml:2: oneOf\[0\]\.required: required under a oneOf /,
    ],
    [
      'required under a not',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'not:\n  required: [Traces]\n' },
      /^s\.yml:2: not\.required: required under a not fails every row /,
    ],
    [
      'dependentSchemas applies to every row: as dependentRequired, a config error',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'dependentSchemas:\n  Checklist:\n    properties:\n      GA: { minLength: 1 }\n' },
      /^s\.yml:3: dependentSchemas\.Checklist: dependentSchemas applies its schema to every row, .*write if: \{ properties: \{ "Checklist": \{ minLength: 1 \} \}, required: \["Checklist"\] \}, then: /,
    ],
    [
      "draft-07's dependencies, both forms",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'dependencies:\n  Checklist: [GA]\n' },
      /^s\.yml:2: dependencies\.Checklist: dependencies \(draft-07's dependentRequired and dependentSchemas\) applies a required list that every row meets: .*then: \{ properties: \{ "GA": \{ minLength: 1 \} \} \}$/,
    ],
    [
      'table options beside a column: never read',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Release:\n    x-support-table-lint: { uniqe: 1 }\n' },
      "s.yml:3: properties.Release.x-support-table-lint: x-support-table-lint is read at the schema's root only (or in an allOf part of it, or a file that part $refs); here it is neither applied nor checked: move it to the top level of the schema",
    ],
    [
      'table options under a then',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'then:\n  x-support-table-lint: { order: false }\n' },
      /^s\.yml:2: then\.x-support-table-lint: x-support-table-lint is read at the schema's root only/,
    ],
    [
      "an if testing a value the column's enum does not allow, the enum in $defs",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Stability: { $ref: "#/$defs/stability" }\nif: { properties: { Stability: { const: Deprecated } } }\nthen: { properties: { Notes: { minLength: 1 } } }\n$defs:\n  stability: { enum: [alpha, deprecated] }\n' },
      /^s\.yml:3: if\.properties\.Stability\.const: the if tests "Stability" for "Deprecated", which the column's enum does not allow, .*did you mean "deprecated"\?$/,
    ],
    [
      "the same, the enum in another file",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Stability: { $ref: "common.yml#/$defs/stability" }\nallOf:\n  - if: { properties: { Stability: { const: Deprecated } } }\n    then: { properties: { Notes: { minLength: 1 } } }\n', 'common.yml': '$defs:\n  stability: { enum: [alpha, deprecated] }\n' },
      /^s\.yml:4: allOf\[0\]\.if\.properties\.Stability\.const: the if tests "Stability" for "Deprecated"/,
    ],
    [
      "the same on $group",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $group: { enum: [Receivers, Exporters] }\nif: { properties: { $group: { const: exporters } } }\nthen: { properties: { Notes: { minLength: 1 } } }\n' },
      /^s\.yml:3: if\.properties\.\$group\.const: the if tests "\$group" for "exporters", .*did you mean "Exporters"\?$/,
    ],
    [
      'a linkAgreement whose text and url name groups with no name in common: nothing would be compared',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $links:\n    properties:\n      Release:\n        items:\n          linkAgreement: { text: "^(?<v>[0-9.]+)$", url: "/tag/v(?<ver>[0-9.]+)$" }\n' },
      's.yml:6: properties.$links.properties.Release.items.linkAgreement: the text names the groups v and the url ver: with no name in common, nothing is compared; name the part both must agree on alike on both sides (the same (?<name>…) in each)',
    ],
    [
      "an enum value written as the cell's markdown (a code span): a cell's value is its plain text",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Traces: { enum: ["`stable`", beta] }\n' },
      's.yml:2: properties.Traces.enum[0]: "`stable`" is written with markdown (a code span), and a cell\'s value is its plain text, markup removed, so no cell can equal it: write "stable", or check the markup under $raw',
    ],
    [
      'the same with bold, a link or a <sup> in a const or a branch, and on $group',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Traces: { anyOf: [{ const: "**GA**" }] }\n' },
      /^s\.yml:2: properties\.Traces\.anyOf\[0\]\.const: "\*\*GA\*\*" is written with markdown \(bold\), .*write "GA", or check/,
    ],
    [
      'a <sup> mark',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Release: { enum: ["1.33<sup>EOL</sup>", "[1.32](https://x)"] }\n' },
      /write "1\.33EOL", or check/,
    ],
    [
      'a group label written bold',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  $group: { enum: ["**TEE**"] }\n' },
      /^s\.yml:2: properties\.\$group\.enum\[0\]: "\*\*TEE\*\*" is written with markdown \(bold\), .*write "TEE"$/,
    ],
    [
      'an errorMessage template naming a misspelt column: the message would say "undefined"',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Name: {}\n  Status:\n    enum: [GA]\n    errorMessage: "of ${1/Nmae} must be GA, not ${0}"\n' },
      's.yml:5: properties.Status.errorMessage: ${1/Nmae} names the column "Nmae", which this schema\'s properties do not name, so the message would say "undefined"; did you mean "Name"?',
    ],
    [
      'an errorMessage template climbing above the row',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Status:\n    enum: [GA]\n    errorMessage: { enum: "in ${2/Name} must be GA" }\n' },
      's.yml:4: properties.Status.errorMessage.enum: ${2/Name} climbs 2 levels from a cell, above the row, so the message would say "undefined"; ${1/Column} names a column of the row, ${0} the value here',
    ],
    [
      'an errorMessage template naming a column a closed schema forbids',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Status: { enum: [GA] }\nadditionalProperties: false\nerrorMessage: "row ${/Feature} is wrong"\n' },
      's.yml:4: errorMessage: ${/Feature} names the column "Feature", which this schema does not allow, so the message would say "undefined"; the columns are Status',
    ],
    [
      'an errorMessage for a property the subschema does not name: it would never show',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Status: { enum: [LTS] }\nerrorMessage:\n  properties:\n    Stauts: "Status is LTS or nothing"\n' },
      's.yml:5: errorMessage.properties.Stauts: a message for the property "Stauts", which this subschema\'s properties do not name (they name Status), so it never shows; did you mean "Status"?',
    ],
    [
      "a schema's own references naming a source the config does not define: as in the config, an error",
      { [CONFIG]: 'sources:\n  featureGates: { file: g.json, key: name }\ntables:\n  - schema: s.yml\n', 's.yml': 'x-support-table-lint:\n  references:\n    - source: gates\n' },
      's.yml:3: x-support-table-lint.references[0].source: unknown source "gates"; the config\'s sources: are featureGates',
    ],
    [
      'a comment in a JSON schema',
      { [CONFIG]: 'tables:\n  - schema: s.json\n', 's.json': '{\n  "type": "object",\n  // statuses\n  "properties": {}\n}\n' },
      's.json:3: JSON has no comments (//): remove it, or write the schema as YAML (.yaml), where # starts a comment',
    ],
    [
      'minimum on a column (a column named minimum is no keyword)',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  minimum: { type: string }\n  Replicas: { minimum: 1 }\n' },
      's.yml:3: properties.Replicas.minimum: minimum applies to numbers, and cells are text, so it checks nothing; use a pattern for the digits a cell may have, or monotonic (x-support-table-lint) for values that must fall or rise down the table',
    ],
    [
      "a loop under a column's own schema, across two files: the same config error, not a crash on the first row",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'properties:\n  Release: { $ref: ./a.yml }\n', 'a.yml': '$ref: ./b.yml\n', 'b.yml': '$ref: ./a.yml\n' },
      's.yml:2: properties.Release.$ref: its $refs lead back to themselves before reaching anything that checks a row; break the loop',
    ],
    [
      'a schema whose $refs double at every level (2^30 checks per row from 2 KB): refused before Ajv compiles it',
      {
        [CONFIG]: 'tables:\n  - schema: e.json\n',
        'e.json': JSON.stringify({
          $ref: '#/$defs/n0',
          $defs: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`n${i}`, i === 30 ? { type: 'object' } : { allOf: [{ $ref: `#/$defs/n${i + 1}` }, { $ref: `#/$defs/n${i + 1}` }] }])),
        }),
      },
      /^e\.json:1: invalid JSON Schema: its \$refs expand to more than \d+ subschemas to check on every row \(a \$ref reached many times over, through other \$refs\)/,
    ],
    [
      'the same inside a subschema with an $id of its own, whose $refs resolve against it',
      {
        [CONFIG]: 'tables:\n  - schema: e.json\n',
        'e.json': JSON.stringify({
          allOf: [
            {
              $id: 'https://example.com/inner.json',
              $defs: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, i === 30 ? { minProperties: 0 } : { allOf: [{ $ref: `#/$defs/d${i + 1}` }, { $ref: `#/$defs/d${i + 1}` }] }])),
              allOf: [{ $ref: '#/$defs/d0' }],
            },
          ],
        }),
      },
      /^e\.json:1: invalid JSON Schema: its \$refs expand to more than/,
    ],
    [
      'the same through $anchor names',
      {
        [CONFIG]: 'tables:\n  - schema: e.json\n',
        'e.json': JSON.stringify({
          $ref: '#a0',
          $defs: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, i === 30 ? { $anchor: 'a30' } : { $anchor: `a${i}`, anyOf: [{ $ref: `#a${i + 1}` }, { $ref: `#a${i + 1}` }] }])),
        }),
      },
      /^e\.json:1: invalid JSON Schema: its \$refs expand to more than/,
    ],
    [
      'a $ref whose pointer is not valid percent-encoding: a config error naming it, not a crash while counting',
      { [CONFIG]: 'tables:\n  - schema: e.yml\n', 'e.yml': 'properties:\n  A:\n    $ref: "#/$defs/%zz"\n$defs: {}\n' },
      'e.yml:3: properties.A.$ref: this $ref is not valid percent-encoding: write a % in a name as %25',
    ],
    [
      'a $dynamicRef, which goes where evaluation says and no bound can follow: refused, with its place',
      { [CONFIG]: 'tables:\n  - schema: e.yml\n', 'e.yml': 'type: object\nproperties:\n  A:\n    $dynamicRef: "#node"\n' },
      'e.yml:4: properties.A.$dynamicRef: $dynamicRef is not supported in a table schema (a row is a flat object, and nothing needs a dynamic reference); use $ref',
    ],
    [
      'the same across files: a definition file whose entries use the next twice',
      {
        [CONFIG]: 'tables:\n  - schema: s.yml\n',
        's.yml': '$ref: ./defs.yml#/$defs/n0\n',
        'defs.yml': `$defs:\n${Array.from({ length: 25 }, (_, i) => `  n${i}: { anyOf: [{ $ref: "#/$defs/n${i + 1}" }, { $ref: "#/$defs/n${i + 1}" }] }\n`).join('')}  n25: { type: object }\n`,
      },
      /^s\.yml:1: invalid JSON Schema: its \$refs expand to more than/,
    ],
    [
      'a schema nested a thousand levels deep: said so, not "Maximum call stack size exceeded"',
      { [CONFIG]: 'tables:\n  - schema: s.json\n', 's.json': `${'{"allOf":['.repeat(1000)}{}${']}'.repeat(1000)}` },
      's.json:1: invalid JSON: nested too deeply to read (a few hundred levels at most); flatten it',
    ],
    [
      'a value with one wrong field in an option that takes one or a list: only that field is named',
      { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n    monotonic: { column: Date, compare: dates }\n' },
      `${CONFIG}:3: tables[0].monotonic.compare: unknown value "dates"; use one of date, natural, semver. Did you mean "date"?`,
    ],
    [
      'a value of neither shape an option takes (a string or a list): one line naming both',
      { [CONFIG]: 'sources:\n  s:\n    extract: { files: [a/**], pattern: 5 }\n    key: a\ntables:\n  - preset: kata-support-levels\n' },
      `${CONFIG}:3: sources.s.extract.pattern: must be a string or a list`,
    ],
    [
      // Each would be ignored without a word: an extract: has no document to point into, a file no answer to bound.
      'options of another kind of source, each on its line',
      {
        [CONFIG]:
          'sources:\n  s:\n    extract: { files: [a/**], pattern: "(?<a>x)" }\n    items: /gates\n    maxBytes: 100\n    key: a\n  t:\n    table: { file: t.md }\n    each: specs\n    key: A\n  f: { file: g.json, timeoutMs: 5, key: a }\n  u: { url: "https://example.org/g.json", items: /g, each: v, maxBytes: 5, timeoutMs: 5, key: a }\ntables:\n  - preset: kata-support-levels\n',
      },
      [
        `${CONFIG}:4: sources.s.items: an extract: source takes no items: (it points at the items inside a file: or url: document); remove it`,
        `${CONFIG}:5: sources.s.maxBytes: an extract: source takes no maxBytes: (it bounds the answer of a url: source; files are bounded by budgets.maxFileBytes); remove it`,
        `${CONFIG}:9: sources.t.each: a table: source takes no each: (it reads a list inside the items of a file: or url: document; an extract: or table: source makes flat items already); remove it`,
        `${CONFIG}:11: sources.f.timeoutMs: a file: source takes no timeoutMs: (it bounds the wait for a url: source); remove it`,
      ].join('\n'),
    ],
    [
      'an option of another kind on a source of two kinds: the kinds are the mistake to say',
      { [CONFIG]: 'sources:\n  s: { file: g.json, extract: { files: [a/**], pattern: "(?<a>x)" }, items: /g, key: a }\ntables:\n  - preset: kata-support-levels\n' },
      `${CONFIG}:2: sources.s: has file and extract; a source is one kind: keep one of them`,
    ],
    [
      'bad table options inside a schema',
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'x-support-table-lint:\n  unique: { scope: everywhere }\n' },
      's.yml:2: x-support-table-lint.unique: must be false or { scope?: table | group, by?: [COLUMN, ...] }',
    ],
    [
      "a schema's own severities name known rules, as the config's must",
      { [CONFIG]: 'tables:\n  - schema: s.yml\n', 's.yml': 'x-support-table-lint:\n  severities: { sort-ordr: off }\n' },
      `s.yml: x-support-table-lint.severities: unknown rule "sort-ordr"; use one of ${RULE_IDS.join(', ')}. Did you mean "sort-order"?`,
    ],
  ])('%s', async (_name, files, message) => {
    if (typeof message === 'string') expect(await failure(files)).toBe(message);
    else expect(await failure(files)).toMatch(message);
  });

  test("a branch no cell meets beside one a cell does (JSON data's string-or-null) is only dead, and loads; required at the top is the header's", async () => {
    const files: Record<string, string> = {
      [CONFIG]: 'tables:\n  - schema: s.yml\n',
      's.yml': 'required: [Release]\nproperties:\n  Release: {}\n  Notes: { anyOf: [{ type: string }, { type: "null" }, { enum: [~] }] }\nif: { required: [Notes] }\nthen: { properties: { Notes: { minLength: 0 } } }\n',
    };
    await expect(loadConfig({ file: CONFIG, read: async (path) => files[path] })).resolves.toBeDefined();
  });

  test.each<[string, Record<string, string>, Record<string, string>]>([
    [
      'a property that a patternProperties pattern also matches: both apply (valid JSON Schema, which Ajv\'s strict mode refuses)',
      { 's.yml': 'properties:\n  Traces: { minLength: 1 }\npatternProperties:\n  "^(Traces|Logs)$": { enum: [alpha, beta, ""] }\n' },
      { Traces: 'betta' },
    ],
    [
      'a $ref to an $anchor in another file (a draft 2020-12 core keyword)',
      { 's.yml': 'properties:\n  Status: { $ref: "common.yml#status" }\n', 'common.yml': '$defs:\n  status:\n    $anchor: status\n    $comment: shared\n    enum: [Active, LTS]\n' },
      { Status: 'Extended' },
    ],
    [
      'a $ref to an $anchor in the same file',
      { 's.yml': 'properties:\n  Status: { $ref: "#status" }\n$defs:\n  status: { $anchor: status, enum: [Active, LTS] }\n' },
      { Status: 'Extended' },
    ],
  ])('valid schemas load and check: %s', async (_name, files, bad) => {
    const config = await load({ [CONFIG]: 'tables:\n  - schema: s.yml\n', ...files });
    const schema = config.entries[0]!.schema;
    expect(schema.validate(rowObject(bad)).length).toBeGreaterThan(0);
  });

  test('severities and ignore entries name known rules', async () => {
    const files = { [CONFIG]: 'tables:\n  - preset: kata-support-levels\n    severities:\n      allowed-value: off\n' };
    expect(await failure(files)).toBe(
      `${CONFIG}:4: tables[0].severities.allowed-value: unknown rule "allowed-value"; use one of ${RULE_IDS.join(', ')}. Did you mean "allowed-values"?`,
    );
  });

  test('ignore entries are compiled with their lines', async () => {
    const config = await load({
      [CONFIG]: [
        'ignore:',
        '  - files: ["docs/legacy/**"]',
        '    reason: frozen pages',
        'tables:',
        '  - preset: kata-support-levels',
        '    ignore:',
        '      - rule: unique-key',
        '        rows: [UniFi]',
        '        reason: a provider spells itself so',
        '      - { rules: [sort-order, required-cell] }',
      ].join('\n'),
    });
    expect(config.ignore.map(({ rules, reason, line }) => ({ rules, reason, line }))).toEqual([{ rules: [], reason: 'frozen pages', line: 2 }]);
    expect(config.ignore[0]!.matchesFile('docs/legacy/a.md')).toBe(true);
    expect(config.entries[0]!.ignore).toEqual([
      { rules: ['unique-key'], rows: ['unifi'], reason: 'a provider spells itself so', line: 7 },
      { rules: ['sort-order', 'required-cell'], rows: [], reason: '', line: 10 },
    ]);
    expect(config.entries[0]!.label).toBe('tables[0] (preset kata-support-levels)');
  });

  test('budgets are bounded: a parse budget past what a timer holds is refused', async () => {
    expect(await failure({ [CONFIG]: 'budgets:\n  maxParseMs: 4294967296\ntables:\n  - preset: kata-support-levels\n' })).toBe(
      `${CONFIG}:2: budgets.maxParseMs: must be <= 2147483647`,
    );
  });

  test('a match: column one typo away from a column the schema names is a config error, not a table left alone', async () => {
    const schema = JSON.stringify({ type: 'object', properties: { Feature: {}, Stage: {} }, required: ['Feature', 'Stage'] });
    expect(await failure({ [CONFIG]: 'tables:\n  - schema: s.json\n    match:\n      columns: [Feature, Stge]\n', 's.json': schema })).toBe(
      `${CONFIG}:4: tables[0].match.columns[1]: "Stge" is no column the schema names; did you mean "Stage"?`,
    );
    // A column the schema does not name and nothing like it: matching on a column the schema leaves open is fine.
    await expect(load({ [CONFIG]: 'tables:\n  - schema: s.json\n    match:\n      columns: [feature, Owner]\n', 's.json': schema })).resolves.toBeDefined();
  });

  test('a YAML alias bomb is named as such', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), 'tables: []'].join('\n');
    expect(await failure({ [CONFIG]: bomb })).toBe(
      `${CONFIG}:1: too many YAML aliases (more than 100 expansions); write the values out instead of repeating them with *aliases`,
    );
  });

  test('a config of too many globs or entries is refused where it passes the bound, not compiled into an out-of-memory crash', async () => {
    const globs = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `"d${from + i}/**"`).join(', ');
    const many = `tables:\n  - preset: kata-support-levels\n    files: [${globs(0, 6000)}]\n  - preset: kata-support-levels\n    files: [${globs(6000, 12_000)}]\n`;
    expect(await failure({ [CONFIG]: many })).toBe(
      `${CONFIG}:5: tables[1].files: the config names more than 10,000 globs in all (files: of its entries, ignore: entries and sources); use fewer, broader globs (\`docs/**\` rather than a glob per file)`,
    );
    const entries = 'tables:\n' + '  - preset: kata-support-levels\n'.repeat(10_001);
    expect(await failure({ [CONFIG]: entries })).toBe(`${CONFIG}:2: tables: must NOT have more than 10000 items`);
  });

  test('a schema the reader refuses is named with the reason', async () => {
    const read = async (path: string) => (path === CONFIG ? 'tables:\n  - schema: ../../etc/passwd\n' : { error: 'it is outside the repository; name files inside it' });
    await expect(loadConfig({ file: CONFIG, read })).rejects.toThrow(
      `${CONFIG}:2: tables[0].schema: cannot read the schema file "../../etc/passwd": it is outside the repository; name files inside it`,
    );
  });

  test('--preset together with a config file adds an entry for every file', async () => {
    const config = await load({ [CONFIG]: 'tables:\n  - files: [a.md]\n    preset: kata-support-levels\n' }, { preset: 'kubevirt-feature-gates' });
    expect(config.entries.map((entry) => [entry.schema.id, entry.matchesFile('b.md')])).toEqual([
      ['kata-support-levels', false],
      ['kubevirt-feature-gates', true],
    ]);
  });
});

describe('paths in a config', () => {
  const files = {
    'docs/lint/config.yml': 'tables:\n  - files: ["pages/**"]\n    schema: schemas/row.yaml\n',
    'docs/lint/schemas/row.yaml': 'properties:\n  Version: { $ref: "./common/defs.json#/$defs/version" }\n  Level: { $ref: "../levels.yaml" }\n',
    'docs/lint/schemas/common/defs.json': '{ "$defs": { "version": { "pattern": "^v\\\\d+\\\\.\\\\d+$" } } }',
    'docs/lint/levels.yaml': 'enum: [GA, Beta]\n',
    '.github/support-table-lint.yml': 'tables:\n  - files: ["docs/**"]\n    schema: docs/lint/schemas/row.yaml\n',
  } as Record<string, string>;
  const read = async (path: string) => files[path];

  it('are relative to the config file\'s folder, schema $refs to local files included', async () => {
    const config = await loadConfig({ file: 'docs/lint/config.yml', read });
    const [entry] = config.entries;
    expect(entry!.schema.id).toBe('docs/lint/schemas/row.yaml');
    expect(entry!.matchesFile('docs/lint/pages/a.md')).toBe(true);
    expect(entry!.matchesFile('pages/a.md')).toBe(false);
    const row = { Version: 'v1.2', Level: 'GA', $raw: {}, $links: {}, $group: null } as never;
    expect(entry!.schema.validate(row)).toEqual([]);
    const bad = { Version: '1.2', Level: 'Alpha', $raw: {}, $links: {}, $group: null } as never;
    expect(entry!.schema.validate(bad).map((e) => `${e.keyword} ${e.field}`)).toEqual(['pattern Version', 'enum Level']);
  });

  it('a schema that is a $ref (or an allOf of one) to another file has that file\'s columns, enums and options', async () => {
    const shapes = {
      'row.yml': 'required: [Feature, Status]\nproperties:\n  Feature: { type: string }\n  Status: { $ref: "./defs.yml#/$defs/status" }\nadditionalProperties: false\nx-support-table-lint: { key: Feature, unique: { scope: table } }\n',
      'defs.yml': '$defs:\n  status: { allOf: [{ enum: [Supported, Experimental] }] }\n',
      'root-ref.yml': '$ref: ./row.yml\n',
      'all-of.yml': 'allOf: [{ $ref: ./row.yml }]\n',
      'closed.yml': 'allOf: [{ properties: { Feature: {}, Status: {} } }]\nunevaluatedProperties: false\n',
    } as Record<string, string>;
    for (const schema of ['root-ref.yml', 'all-of.yml']) {
      const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? `tables:\n  - schema: ${schema}\n` : shapes[path]) });
      const compiled = config.entries[0]!.schema;
      expect([compiled.properties, compiled.required, compiled.enums, compiled.additionalColumns, compiled.options]).toEqual([
        ['Feature', 'Status'],
        ['Feature', 'Status'],
        { Status: ['Supported', 'Experimental'] },
        false,
        { key: 'Feature', unique: { scope: 'table' } },
      ]);
    }
    const closed = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: closed.yml\n' : shapes[path]) });
    expect(closed.entries[0]!.schema.additionalColumns).toBe(false);
    // A subschema with an $id of its own is a document of its own: its #/$defs are its own.
    const scoped = 'type: object\n$defs:\n  s: { enum: [Old1, Old2] }\nallOf:\n  - $id: https://example.com/part.json\n    $defs:\n      s: { enum: [GA, Beta] }\n    properties:\n      Status: { $ref: "#/$defs/s" }\n';
    const own = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: scoped.yml\n' : path === 'scoped.yml' ? scoped : undefined) });
    expect(own.entries[0]!.schema.enums).toEqual({ Status: ['GA', 'Beta'] });
  });

  it('are relative to the repository root for a config in .github/', async () => {
    const config = await loadConfig({ file: '.github/support-table-lint.yml', read });
    expect(config.entries[0]!.schema.id).toBe('docs/lint/schemas/row.yaml');
    expect(config.entries[0]!.matchesFile('docs/a.md')).toBe(true);
  });

  it('a files glob sees files outside the config\'s folder as ../', async () => {
    const config = await loadConfig({ file: 'docs/lint/config.yml', read: async (path) => (path === 'docs/lint/config.yml' ? 'tables:\n  - files: ["../*.md"]\n    preset: kata-support-levels\n' : undefined) });
    expect(config.entries[0]!.matchesFile('docs/a.md')).toBe(true);
    expect(config.entries[0]!.matchesFile('docs/lint/a.md')).toBe(false);
  });

  it('a $ref to a missing local file names the schema, the line and the file', async () => {
    const broken: Record<string, string> = { ...files, 'docs/lint/schemas/row.yaml': 'properties:\n  Level:\n    $ref: ./nope.yaml\n' };
    await expect(loadConfig({ file: 'docs/lint/config.yml', read: async (path) => broken[path] })).rejects.toThrow(
      'docs/lint/schemas/row.yaml:3: properties.Level.$ref: $ref "./nope.yaml": cannot read the schema file "docs/lint/schemas/nope.yaml"; a $ref\'s path is relative to the folder of the schema that holds it, "docs/lint/schemas"',
    );
  });
});

test.each([
  [['tables', 0, 'preset'], 'tables[0].preset'],
  [['tables', 1, 'notes', 'requiredWhen', 'Support State'], 'tables[1].notes.requiredWhen["Support State"]'],
  [[], ''],
])('formatPath(%j) = %j', (segments, path) => {
  expect(formatPath(segments)).toBe(path);
});
