import { loadConfig } from '../../src/config/load.js';
import { identity, splitNew } from '../../src/core/gate.js';
import { lintText } from '../../src/engine/pipeline.js';
import { v } from '../action/helpers.js';

describe('identity matching (gate: new)', () => {
  it('ignores line, column and message, so moved rows keep their findings', () => {
    const base = [v({ rowKey: 'Foo', field: 'STATUS', line: 10, message: 'old wording' })];
    const head = [v({ rowKey: 'Foo', field: 'STATUS', line: 42, column: 7, message: 'new wording' })];
    expect(splitNew(head, base)).toEqual({ gating: [], existing: head });
  });

  it.each([
    ['file', { file: 'docs/other.md' }],
    ['table', { table: 'Feature | Support State' }],
    ['rule', { rule: 'required-note' }],
    ['row key', { rowKey: 'Bar' }],
    ['column', { field: 'GRADUATION' }],
    ['cell text (a wrong value rewritten into another wrong value)', { text: 'Unsupported' }],
  ])('treats a different %s as a new finding', (_name, change) => {
    const base = [v({ rowKey: 'Foo', field: 'STATUS', text: 'SUPORTED' })];
    const head = [v({ rowKey: 'Foo', field: 'STATUS', text: 'SUPORTED', ...change })];
    expect(splitNew(head, base).gating).toEqual(head);
  });

  it.each([4, 60])('a long cell (%i team links) rewritten into another wrong value is the change\'s own (the identity keeps the text, and a digest past 4,096 characters)', async (count) => {
    const config = await loadConfig({ file: null, read: async () => undefined });
    const page = (cell: string) => `| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| Runtime | Supported | ${cell} | |\n`;
    const teams = (org: string) => Array.from({ length: count }, (_, n) => `[@${org}/team-${n}](https://github.com/orgs/${org}/teams/team-${n})`).join(', ');
    const base = await lintText('doc.md', page(`${teams('kata-containers')}, @jdoe`), config);
    const head = await lintText('doc.md', page(`${teams('evil-org')}, @mallory`), config);
    const same = await lintText('doc.md', page(`${teams('kata-containers')}, @jdoe`), config);
    const cellFinding = (r: typeof base) => r.violations.filter((x) => x.field === 'Maintainers');
    expect(cellFinding(base)).toHaveLength(1);
    expect(cellFinding(base)[0]!.endColumn - cellFinding(base)[0]!.column).toBeGreaterThan(count === 4 ? 200 : 4_096);
    expect(splitNew(cellFinding(head), cellFinding(base)).gating).toHaveLength(1);
    expect(splitNew(cellFinding(same), cellFinding(base)).gating).toHaveLength(0);
  });

  it("gives the change's findings in a sort fix's range their own row's move, not the table's sort, when the base had one of the run's", () => {
    const sortFix = { range: [40, 200] as [number, number], text: 'sorted rows', run: true as const };
    const fixSpan = { line: 5, column: 1, endLine: 9, endColumn: 1, offset: 40, endOffset: 200 };
    const move = { fix: { range: [100, 160] as [number, number], text: 'Alpha row, then the rows it passes' }, fixSpan: { line: 7, column: 1, endLine: 8, endColumn: 20, offset: 100, endOffset: 160 } };
    const old = (extra: object) => v({ rule: 'sort-order', rowKey: 'Zeta', field: 'FEATURE GATE', line: 5, offset: 40, tableIndex: 0, ...extra });
    const added = v({ rule: 'sort-order', rowKey: 'Alpha', field: 'FEATURE GATE', line: 8, offset: 150, tableIndex: 0, fixAlone: move });
    const unmovable = v({ rule: 'sort-order', rowKey: 'Gamma', field: 'FEATURE GATE', line: 9, offset: 170, tableIndex: 0 });
    const elsewhere = v({ rule: 'sort-order', rowKey: 'Beta', field: 'FEATURE GATE', line: 30, offset: 900, tableIndex: 1 });
    const { gating, existing } = splitNew([old({ fix: sortFix, fixSpan }), added, unmovable, elsewhere], [old({})]);
    expect(existing.map((x) => x.rowKey)).toEqual(['Zeta']);
    expect(gating.find((x) => x.rowKey === 'Alpha')).toMatchObject(move);
    // Without a move of its own (a row too far from its place), no fix: the table's sort would move Zeta.
    expect(gating.find((x) => x.rowKey === 'Gamma')!.fix).toBeUndefined();
    // A finding outside the fix's range (another table) gets nothing.
    expect(gating.find((x) => x.rowKey === 'Beta')!.fix).toBeUndefined();
  });

  it("leaves a fix of several lines that is no run's alone (a rename that renames the key's note too)", () => {
    const rename = { range: [40, 300] as [number, number], text: 'row and note renamed' };
    const fixSpan = { line: 5, column: 1, endLine: 20, endColumn: 1, offset: 40, endOffset: 300 };
    const mine = v({ rule: 'reference-unknown', rowKey: 'NewGat', field: 'FEATURE GATE', line: 5, offset: 40, tableIndex: 0, fix: rename, fixSpan });
    const old = v({ rule: 'reference-unknown', rowKey: 'imagevolume', field: 'FEATURE GATE', line: 7, offset: 120, tableIndex: 0 });
    const { gating } = splitNew([mine, old], [old]);
    expect(gating).toEqual([expect.objectContaining({ rowKey: 'NewGat', fix: rename, fixSpan })]);
  });

  it("keeps the table's sort when every finding of the run is the change's", () => {
    const sortFix = { range: [40, 200] as [number, number], text: 'sorted rows', run: true as const };
    const fixSpan = { line: 5, column: 1, endLine: 9, endColumn: 1, offset: 40, endOffset: 200 };
    const move = { fix: { range: [40, 90] as [number, number], text: 'one row moved' }, fixSpan: { line: 5, column: 1, endLine: 6, endColumn: 1, offset: 40, endOffset: 90 } };
    const first = v({ rule: 'sort-order', rowKey: 'Zeta', field: 'FEATURE GATE', line: 5, offset: 40, tableIndex: 0, fix: sortFix, fixSpan, fixAlone: move });
    const { gating } = splitNew([first], []);
    expect(gating[0]).toMatchObject({ fix: sortFix, fixSpan });
  });

  it('catches a finding on an unchanged row that the base did not have', () => {
    const head = [v({ rule: 'required-note', rowKey: 'Sidecar', field: 'STATUS', line: 5 })];
    expect(splitNew(head, [])).toEqual({ gating: head, existing: [] });
  });

  it('counts identities: a second duplicate of an already duplicated key is new', () => {
    const dup = (line: number) => v({ rule: 'unique-key', rowKey: 'Foo', field: 'FEATURE GATE', line });
    const { gating, existing } = splitNew([dup(30), dup(20)], [dup(20)]);
    expect(existing.map((x) => x.line)).toEqual([20]);
    expect(gating.map((x) => x.line)).toEqual([30]);
  });

  it('keeps findings without row key or column distinct by rule and table', () => {
    const headerProblem = v({ rule: 'required-columns', rowKey: undefined, field: undefined });
    expect(identity(headerProblem)).toBe(JSON.stringify(['docs/gates.md', 'FEATURE GATE | GRADUATION | STATUS', 'required-columns', '', '', '']));
    expect(splitNew([headerProblem], [headerProblem]).existing).toEqual([headerProblem]);
  });
});
