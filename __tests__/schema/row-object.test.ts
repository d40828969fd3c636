import type { Cell, Row, Table } from '../../src/markdown/types.js';
import { canonicalColumns, columnOf, printableRow, toRowObject } from '../../src/schema/row-object.js';

const span = { line: 3, column: 1, endLine: 3, endColumn: 2, offset: 20, endOffset: 21 };
const cell = (text: string, raw = text, links: Cell['links'] = []): Cell => ({ text, raw, links, strong: false, span });

describe('canonicalColumns', () => {
  test.each([
    [['"Feature"', 'SUPPORT  STATE', 'Extra'], ['Feature', 'Support State'], ['"Feature"', 'Support State', 'Extra']],
    [['FEATURE', 'support state'], ['Feature', 'Support State'], ['Feature', 'Support State']],
    [['FEATURE GATE', 'STATUS'], [], ['FEATURE GATE', 'STATUS']],
  ])('%j with properties %j -> %j', (header, properties, expected) => {
    expect(canonicalColumns(header, properties)).toEqual(expected);
  });
});

describe('toRowObject', () => {
  const table = { columns: ['Feature', 'Maintainers', 'Notes'] } as Table;
  const row: Row = {
    kind: 'data',
    cells: [
      cell('amd64', '`amd64`'),
      cell('@org/team*', '[@org/team](https://github.com/orgs/org/teams/team)*', [
        { text: '@org/team', url: 'https://github.com/orgs/org/teams/team' },
      ]),
      cell(''),
    ],
    sourceCellCount: 3,
    group: 'Architectures',
    span,
  };

  test('holds plain text, raw markdown, links and the group', () => {
    expect(printableRow(toRowObject(table, row, ['Feature', 'Maintainers', 'Notes']))).toEqual({
      Feature: 'amd64',
      Maintainers: '@org/team*',
      Notes: '',
      $group: 'Architectures',
      $raw: { Feature: '`amd64`', Maintainers: '[@org/team](https://github.com/orgs/org/teams/team)*', Notes: '' },
      $links: {
        Feature: [],
        Maintainers: [{ text: '@org/team', url: 'https://github.com/orgs/org/teams/team' }],
        Notes: [],
      },
    });
  });

  test('a repeated column keeps its first cell; a reserved name is not a column', () => {
    expect(printableRow(toRowObject(table, row, ['Feature', 'Feature', '$group']))).toEqual({
      Feature: 'amd64',
      $group: 'Architectures',
      $raw: { Feature: '`amd64`' },
      $links: { Feature: [] },
    });
  });

  test('the row model is read by name but not enumerated: keywords over all properties see the columns alone', () => {
    const object = toRowObject(table, row, ['Feature', 'Notes']);
    expect(Object.keys(object)).toEqual(['Feature', 'Notes']);
    expect([object.$group, object.$raw['Feature'], object.$links['Feature']]).toEqual(['Architectures', '`amd64`', []]);
    expect('constructor' in object).toBe(false);
  });
});

describe('a column the schema spells several ways', () => {
  const table = { columns: ['Release', 'Traces'] } as Table;
  const row: Row = { kind: 'data', cells: [cell('2.0'), cell('beta', '`beta`')], sourceCellCount: 2, group: null, span };

  test('every spelling reads the cell, in the row, $raw and $links; only the key (and a pattern\'s spelling) is enumerated', () => {
    const columns = canonicalColumns(['Release', 'Traces'], ['Release', 'traces'], ['RELEASE', 'traces', 'TRACES'], [{ test: (name) => /^Traces$/.test(name) }]);
    expect(columns).toEqual(['Release', 'traces']);
    const object = toRowObject(table, row, columns);
    expect(Object.keys(object)).toEqual(['Release', 'traces', 'Traces']);
    expect([object['RELEASE'], object['TRACES'], object['Traces'], object.$raw['TRACES'], object.$links['RELEASE']]).toEqual(['2.0', 'beta', 'beta', '`beta`', []]);
    expect(columnOf(columns, 'TRACES')).toBe('traces');
    expect(columnOf(columns, 'Traces')).toBe('traces');
    expect(columnOf(columns, 'Release')).toBe('Release');
  });

  test("the header's own spelling is the key when the schema has it", () => {
    expect(canonicalColumns(['Status'], ['status', 'Status'])).toEqual(['Status']);
  });
});
