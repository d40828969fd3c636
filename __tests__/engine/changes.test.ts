/**
 * Comparing a file's base version with its head through the real pipeline:
 * the keyed diff, the transition rule (with the KubeVirt preset's state
 * machine and the Kata preset's removal rule), renames, moves, and a table
 * taken out of the check by an edit to its header.
 */
import { loadConfig, type CompiledConfig } from '../../src/config/load.js';
import type { FileResult, LintResult } from '../../src/core/types.js';
import { changesOf, diffMarkdown, diffText } from '../../src/report/diff.js';
import { lintSources, missingLoader, textLoader } from '../../src/engine/pipeline.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';
const gates = (...rows: string[]) => md('# Gates', '', 'FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...rows, '', '## Notes', '', '- **NoteGate**: x');
const BASE = ['AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGate | Beta | SUPPORTED'];
const presets = loadConfig({ file: null, read: async () => undefined });

async function compare(base: string, head: string, config?: CompiledConfig): Promise<FileResult> {
  const result = await lintSources([{ file: 'gates.md', head: textLoader(head), base: textLoader(base) }], config ?? (await presets));
  return result.files[0]!;
}
const findings = (result: FileResult, rule: string) => result.violations.filter((v) => v.rule === rule).map((v) => `${v.line}: ${v.message}`);

describe('transitions (kubevirt-feature-gates)', () => {
  it('an allowed graduation passes; a regression is reported on the head cell', async () => {
    const result = await compare(gates(...BASE), gates('AGate | Beta | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | Alpha | SUPPORTED', 'DGate | Beta | SUPPORTED'));
    expect(findings(result, 'transition')).toEqual(['7: GRADUATION of "CGate" went from GA to Alpha; from GA it may only go to Deprecated.']);
  });

  it('a forbidden removal is reported on the header, an allowed one is not', async () => {
    const result = await compare(gates(...BASE), gates(BASE[0]!, BASE[3]!));
    expect(findings(result, 'transition')).toEqual([
      '3: "BGate" was removed while its GRADUATION was Beta; a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Put the row back; to retire it, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.',
    ]);
  });

  it('a pipe-less line under a table (a Hugo shortcode) is no row: a blank line put before it removes nothing', async () => {
    const kata = (after: string) => md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| a | Supported | [@k/a](https://github.com/orgs/k/teams/a) | |', after);
    const result = await compare(kata('{{< /table >}}'), kata('\n{{< /table >}}'));
    expect(result.violations.filter((v) => v.rule === 'transition')).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it("transitions read each version in its page's spelling: a ga row may go, an alpha one may not come back from deprecated", async () => {
    const config = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - preset: kubevirt-feature-gates\n    order: false\n    legend: { heading: Graduation, column: GRADUATION }\n' });
    const page = (...rows: string[]) => md('## Graduation', '', '- **alpha**: a', '- **beta**: b', '- **ga**: g', '- **deprecated**: d', '', '## Gates', '', 'FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...rows);
    const result = await compare(page('AGate | ga | SUPPORTED', 'BGate | deprecated | SUPPORTED'), page('BGate | alpha | SUPPORTED'), config);
    expect(findings(result, 'transition')).toEqual(['12: GRADUATION of "BGate" went from deprecated to alpha; from deprecated it may only go to Discontinued.']);
  });

  it('a rename is not a removal, and a moved row is no change', async () => {
    const result = await compare(gates(...BASE), gates('AGate | Alpha | SUPPORTED', 'DGate | Beta | SUPPORTED', 'BGate2 | Beta | SUPPORTED', 'CGate | GA | SUPPORTED'));
    expect(findings(result, 'transition')).toEqual([]);
    expect(result.changes).toEqual([
      { table: 'FEATURE GATE | GRADUATION | STATUS', line: 3, key: 'FEATURE GATE', added: [], removed: [], renamed: [{ from: 'BGate', to: 'BGate2', line: 7 }], changed: [] },
    ]);
  });

  it('a piece put into a name is a rename (loong64 → loongarch64); an unrelated name is not', async () => {
    const renamed = await compare(gates(...BASE), gates(...BASE.map((row) => row.replace('DGate', 'DGateArch'))));
    expect(renamed.changes!.map((c) => c.renamed)).toEqual([[{ from: 'DGate', to: 'DGateArch', line: 8 }]]);
    // A name that only begins with the old one is another name: the old row's removal is judged.
    const longer = await compare(gates(...BASE), gates(...BASE.map((row) => row.replace('BGate', 'BGateRemovedX'))));
    expect(longer.changes!.map((c) => [c.renamed, c.added.map((r) => r.key), c.removed.map((r) => r.key)])).toEqual([[[], ['BGateRemovedX'], ['BGate']]]);
    expect(findings(longer, 'transition')).toEqual(['3: "BGate" was removed while its GRADUATION was Beta; a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Put the row back; to retire it, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.']);
    const replaced = await compare(gates(...BASE), gates(...BASE.map((row) => row.replace('DGate', 'QuotaGate'))));
    expect(replaced.changes!.map((c) => [c.renamed, c.added.map((r) => r.key), c.removed.map((r) => r.key)])).toEqual([[[], ['QuotaGate'], ['DGate']]]);
  });

  it('another version number is another release, never a rename: the removal rule judges the release that went', async () => {
    const config = await loadConfig({
      file: 'c.yml',
      read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: s.json\n    transitions:\n      removed: { when: { Status: [EOL] } }\n' : '{"type": "object"}'),
    });
    const releases = (...rows: string[]) => md('| Release | Status |', '| --- | --- |', ...rows);
    const result = await compare(releases('| 1.7 | LTS |', '| 1.6 | EOL |'), releases('| 1.8 | LTS |', '| 1.6 | EOL |'), config);
    expect(result.changes!.map((c) => [c.renamed, c.added.map((r) => r.key), c.removed.map((r) => r.key)])).toEqual([[[], ['1.8'], ['1.7']]]);
    expect(result.violations.filter((v) => v.rule === 'transition').map((v) => v.message)).toEqual(['"1.7" was removed while its Status was LTS; a row may be removed only when Status is EOL. Put the row back; to retire it, change its Status to EOL first, and remove it in a later change.']);
  });

  it('a rename with punctuation dropped and a piece added (risc-v → riscv64) is a rename', async () => {
    const result = await compare(gates(...BASE.map((row) => row.replace('DGate', 'risc-v'))), gates(...BASE.map((row) => row.replace('DGate', 'riscv64'))));
    expect(result.changes!.map((c) => c.renamed.map((r) => `${r.from} → ${r.to}`))).toEqual([['risc-v → riscv64']]);
  });

  it('a key written otherwise (case, a zero-width space, a look-alike letter) is still the row, and the diff shows the new spelling, named', async () => {
    const base = gates('AGate | Alpha | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGate | Beta | SUPPORTED');
    const head = gates('agate | Alpha | SUPPORTED', '\u0421Gate | GA | SUPPORTED', 'D\u200bGate | GA | SUPPORTED');
    const result = await compare(base, head);
    expect(result.changes!.map((c) => [c.renamed.map((r) => `${r.from} → ${r.to}`), c.changed.map((r) => r.key), c.added, c.removed])).toEqual([
      [['AGate → agate', 'CGate → \u0421Gate', 'DGate → D\u200bGate'], ['D\u200bGate'], [], []],
    ]);
    const text = diffText(changesOf({ files: [result] } as LintResult));
    expect(text).toContain('~ CGate → <U+0421>Gate\n');
    expect(text).toContain('~ DGate → D<U+200B>Gate\n');
    expect(diffMarkdown(changesOf({ files: [result] } as LintResult))).toContain('| renamed | AGate → agate | |');
  });

  it('only moving rows gives no change at all', async () => {
    const result = await compare(gates(...BASE), gates(BASE[1]!, BASE[0]!, BASE[3]!, BASE[2]!));
    expect(result.changes).toEqual([]);
  });

  it('the keyed diff lists added, removed and changed rows per column', async () => {
    const result = await compare(gates(...BASE), gates('AGate | Beta | PENDING', 'CGate | Deprecated | SUPPORTED', 'DGate | Beta | SUPPORTED', 'EGate | Alpha | UNVERIFIED'));
    expect(result.changes).toEqual([
      {
        table: 'FEATURE GATE | GRADUATION | STATUS',
        line: 3,
        key: 'FEATURE GATE',
        added: [{ key: 'EGate', line: 8, cells: { 'FEATURE GATE': 'EGate', GRADUATION: 'Alpha', STATUS: 'UNVERIFIED' } }],
        removed: [{ key: 'BGate', cells: { 'FEATURE GATE': 'BGate', GRADUATION: 'Beta', STATUS: 'SUPPORTED' } }],
        renamed: [],
        changed: [
          { key: 'AGate', line: 5, columns: [{ column: 'GRADUATION', from: 'Alpha', to: 'Beta' }, { column: 'STATUS', from: 'SUPPORTED', to: 'PENDING' }] },
          { key: 'CGate', line: 6, columns: [{ column: 'GRADUATION', from: 'GA', to: 'Deprecated' }] },
        ],
      },
    ]);
  });

  it('a new row may start anywhere in this preset; a config can say where', async () => {
    expect(findings(await compare(gates(...BASE), gates(...BASE, 'EGate | GA | SUPPORTED')), 'transition')).toEqual([]);
    const config = await loadConfig({
      file: 'c.yml',
      read: async () => 'tables:\n  - preset: kubevirt-feature-gates\n    transitions: { added: { GRADUATION: [Alpha, Beta] } }\n',
    });
    expect(findings(await compare(gates(...BASE), gates(...BASE, 'EGate | GA | SUPPORTED'), config), 'transition')).toEqual([
      '9: "EGate" is new with GRADUATION GA; a new row must start with GRADUATION Alpha or Beta.',
    ]);
  });

  it('transition findings are suppressed like any other', async () => {
    const head = gates('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate <!-- support-table-lint-disable-line transition -- reverted on purpose --> | Alpha | SUPPORTED', 'DGate | Beta | SUPPORTED');
    const result = await compare(gates(...BASE), head);
    expect(findings(result, 'transition')).toEqual([]);
    expect(result.suppressed.map((v) => v.rule)).toEqual(['transition']);
  });
});

describe('the Kata preset removal rule', () => {
  const kata = (...rows: string[]) => md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', ...rows);
  it('removing a feature that was not Deprecated or Obsolete is a warning', async () => {
    const base = kata('| a | Deprecated | | x |', '| b | Experimental | | y |');
    const result = await compare(base, kata());
    expect(result.violations.filter((v) => v.rule === 'transition').map((v) => [v.severity, v.message])).toEqual([
      ['warning', '"b" was removed while its Support State was Experimental; a row may be removed only when Support State is Deprecated or Obsolete. Put the row back; to retire it, change its Support State to Deprecated or Obsolete first, and remove it in a later change.'],
    ]);
  });
});

describe('table-unchecked: a pull request cannot take a table out of the check by editing its header', () => {
  let config: Promise<CompiledConfig>;
  // Loaded in a hook, and awaited there: a config load imports modules, which Jest allows only while a test or hook runs.
  beforeAll(async () => {
    const loaded = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n' });
    config = Promise.resolve(loaded);
  });
  it.each([
    ['two columns renamed', 'FEATURE GATE | STAGE | STATE', 'its header lost "GRADUATION" and "STATUS".'],
    ['two columns replaced by another', 'FEATURE GATE | NOTES', 'its header lost "GRADUATION" and "STATUS".'],
  ])('%s', async (_name, header, lost) => {
    const head = gates(...BASE).replace('FEATURE GATE | GRADUATION | STATUS\n-- | -- | --', `${header}\n${header.split('|').map(() => '--').join(' | ')}`);
    const result = await compare(gates(...BASE), head, await config);
    expect(findings(result, 'table-unchecked')).toEqual([
      `3: This table was checked by the entry tables[0] of the support-table-lint config (preset kubevirt-feature-gates) before this change, and nothing checks it now: ${lost} Restore the columns, or move the table out of the checked files on purpose.`,
    ]);
    // The finding is new (the base has none like it), so `gate: new` fails on it.
    expect(result.baseViolations!.filter((v) => v.rule === 'table-unchecked')).toEqual([]);
  });

  it('a table its header edit took out of the check keeps its rows in the diff: the columns change, no row is removed', async () => {
    // Rows enough that the reader skips, unless told otherwise, the rows of a table nothing selects.
    const more = Array.from({ length: 60 }, (_, i) => `Gate${i} | GA | SUPPORTED`);
    const head = gates(...BASE, ...more).replace('FEATURE GATE | GRADUATION | STATUS', 'FEATURE GATE | STAGE | STATE');
    const result = await compare(gates(...BASE, ...more), head, await config);
    expect(result.changes!.map(({ columns, added, removed, changed }) => ({ columns, added: added.length, removed: removed.length, changed: changed.length }))).toEqual([
      { columns: { added: ['STAGE', 'STATE'], removed: ['GRADUATION', 'STATUS'] }, added: 0, removed: 0, changed: 0 },
    ]);
  });

  it.each([
    ['a delimiter row with a cell too few', (text: string) => text.replace('-- | -- | --', '-- | --')],
    ['the table deleted', (text: string) => text.replace(/FEATURE GATE[^]*?\n\n/, '')],
    ['the table in an HTML comment', (text: string) => text.replace('FEATURE GATE', '<!--\nFEATURE GATE').replace('\n\n## Notes', '\n-->\n\n## Notes')],
    ['the table in a fence', (text: string) => text.replace('FEATURE GATE', '```\nFEATURE GATE').replace('\n\n## Notes', '\n```\n\n## Notes')],
    ['the table indented four spaces', (text: string) => text.replace(/^(\w.* \| .*|-- .*)$/gm, '    $1')],
  ])('a table gone from the head (%s) is an error where it stood, and its rows are removed in the diff', async (_name, edit) => {
    const head = edit(gates(...BASE));
    expect(head).not.toBe(gates(...BASE));
    const result = await compare(gates(...BASE), head, await config);
    expect(findings(result, 'table-unchecked')).toEqual([
      '3: The table FEATURE GATE | GRADUATION | STATUS (line 3 before this change), checked by the entry tables[0] of the support-table-lint config (preset kubevirt-feature-gates), is gone: no table here has its columns or its place, so its 4 rows are no longer checked. If an edit broke it (its delimiter row, a fence, an HTML comment, an indent), mend the table; if it was removed on purpose, add <!-- support-table-lint-disable-file table-unchecked -- why --> to the file.',
    ]);
    expect(result.violations.find((v) => v.rule === 'table-unchecked')!.severity).toBe('error');
    expect(result.changes!.map((change) => [change.table, change.removed.map((row) => row.key)])).toEqual([['FEATURE GATE | GRADUATION | STATUS', ['AGate', 'BGate', 'CGate', 'DGate']]]);
  });

  it('a table removed on purpose, said so in a disable comment, passes; its rows are still removals the transition rules judge', async () => {
    const head = '<!-- support-table-lint-disable-file table-unchecked -- the gates moved to gates.md -->\n# Gates\n';
    const result = await compare(gates(...BASE), head, await config);
    // Waiving the table is not waiving its Alpha and Beta gates: a table deleted whole must not slip past the removal rules.
    expect(findings(result, 'transition')).toEqual([
      '2: 3 rows went with this table while GRADUATION was not GA, Deprecated or Discontinued (AGate: Alpha, BGate: Beta, DGate: Beta); a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Put the table back; to retire a row, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.',
    ]);
    expect(result.suppressed.map((v) => v.rule)).toEqual(['table-unchecked']);
    // Both waived, on purpose: it passes.
    const both = await compare(gates(...BASE), head.replace('table-unchecked --', 'table-unchecked transition --'), await config);
    expect(both.violations.filter((v) => v.severity === 'error')).toEqual([]);
    expect(both.suppressed.map((v) => v.rule)).toEqual(['table-unchecked', 'transition']);
  });

  it('that comment waits for a comparison: unused only when the file was compared and it suppressed nothing', async () => {
    const head = '<!-- support-table-lint-disable-file table-unchecked -- the gates moved to gates.md -->\n# Gates\n';
    const alone = (await lintSources([{ file: 'gates.md', head: textLoader(head) }], await config)).files[0]!;
    expect(alone.violations).toEqual([]);
    const compared = await compare(head, head, await config);
    expect(compared.violations.map((v) => v.rule)).toEqual(['unused-suppression']);
  });

  it('a table its header edit took out of the check still shows in the keyed diff, with the columns it lost', async () => {
    const head = gates(...BASE).replace('FEATURE GATE | GRADUATION | STATUS\n-- | -- | --', 'FEATURE GATE | STAGE | STATE\n-- | -- | --');
    const result = await compare(gates(...BASE), head, await config);
    expect(result.changes!.map((c) => c.columns)).toEqual([{ added: ['STAGE', 'STATE'], removed: ['GRADUATION', 'STATUS'] }]);
  });

  it('one renamed column keeps the table checked (required-column says what is missing)', async () => {
    const head = gates(...BASE).replace('| STATUS', '| STATE');
    const result = await compare(gates(...BASE), head, await config);
    expect(result.violations.map((v) => v.rule)).toContain('required-column');
    expect(findings(result, 'table-unchecked')).toEqual([]);
  });
});

describe('the keyed diff when columns come and go', () => {
  it('a column added or removed is said once, not as (empty) → value in every row', async () => {
    const base = md('FEATURE GATE | STATUS | NOTES', '-- | -- | --', 'AGate | SUPPORTED | x', 'BGate | PENDING | y');
    const head = md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | GA | SUPPORTED', 'BGate | Beta | UNSUPPORTED');
    const result = await compare(base, head, await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n' }));
    expect(result.changes).toEqual([
      {
        table: 'FEATURE GATE | GRADUATION | STATUS',
        line: 1,
        key: 'FEATURE GATE',
        added: [],
        removed: [],
        renamed: [],
        changed: [{ key: 'BGate', line: 4, columns: [{ column: 'STATUS', from: 'PENDING', to: 'UNSUPPORTED' }] }],
        columns: { added: ['GRADUATION'], removed: ['NOTES'] },
      },
    ]);
  });
});

describe('files with several tables of the same columns', () => {
  const config = () => loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n' });
  const table = (...rows: string[]) => ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...rows].join('\n');
  const doc = (...tables: string[]) => tables.map((t, i) => `## Part ${i}\n\n${t}\n`).join('\n');
  const A = table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED');
  /** Part 0's tables judged by the KubeVirt preset, Part 1's by the entry `second` writes (its lines after `- files:`). */
  const partsConfig = (second: string[]) =>
    loadConfig({
      file: 'c.yml',
      read: async (path) =>
        path === 's.json' ? '{"type": "object"}' : ['tables:', '  - files: ["**"]', '    preset: kubevirt-feature-gates', '    match: { heading: Part 0 }', '  - files: ["**"]', ...second, ''].join('\n'),
    });
  /** OldGate (GA) leaves Part 0 for Part 1 as Alpha. */
  const oldGateMoves = {
    base: doc(table('AGate | Alpha | SUPPORTED', 'OldGate | GA | SUPPORTED'), table('ZGate | Alpha | SUPPORTED')),
    head: doc(table('AGate | Alpha | SUPPORTED'), table('ZGate | Alpha | SUPPORTED', 'OldGate | Alpha | SUPPORTED')),
  };
  const B = table('OldGate | GA | SUPPORTED', 'ZGate | Deprecated | SUPPORTED');

  it('a table added above another pairs nothing wrongly: no finding, only the new rows in the diff', async () => {
    const result = await compare(doc(A), doc(table('XGate | Alpha | SUPPORTED'), A), await config());
    expect(result.violations.filter((v) => v.rule === 'transition' || v.rule === 'table-unchecked')).toEqual([]);
    expect(result.changes!.map((c) => [c.line, c.added.map((r) => r.key), c.removed.map((r) => r.key), c.renamed])).toEqual([[3, ['XGate'], [], []]]);
  });

  it('two tables swapped: no finding, no change', async () => {
    const result = await compare(doc(A, B), doc(B, A), await config());
    expect(result.violations.filter((v) => v.rule === 'transition' || v.rule === 'table-unchecked')).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('a table split in two: the rows moved, nothing was removed; the diff says where they went', async () => {
    const result = await compare(doc(table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGate | Alpha | SUPPORTED')), doc(table('AGate | Alpha | SUPPORTED', 'CGate | GA | SUPPORTED'), table('BGate | Beta | SUPPORTED', 'DGate | Alpha | SUPPORTED')), await config());
    expect(result.violations.filter((v) => v.rule === 'transition')).toEqual([]);
    const [first, second] = result.changes!.length === 1 ? [undefined, result.changes![0]!] : [];
    expect(first).toBeUndefined();
    expect(second).toMatchObject({ added: [], removed: [], renamed: [], changed: [] });
    expect(second!.moved!.map(({ key, from }) => `${key} from ${from}`)).toEqual(['BGate from 3', 'DGate from 3']);
  });

  it('a row moved, unchanged, from one section\'s table to another\'s is shown as moved, not removed', async () => {
    const two = (linux: string[], windows: string[]) => `## Linux\n\n${table(...linux)}\n\n## Windows\n\n${table(...windows)}\n`;
    const result = await compare(two(['AGate | GA | SUPPORTED', 'BGate | GA | SUPPORTED'], ['CGate | GA | SUPPORTED']), two(['AGate | GA | SUPPORTED'], ['CGate | GA | SUPPORTED', 'BGate | GA | SUPPORTED']), await config());
    expect(result.violations.filter((v) => v.rule === 'transition')).toEqual([]);
    expect(result.changes!.map(({ line, removed, added, moved }) => ({ line, removed: removed.length, added: added.length, moved }))).toEqual([{ line: 9, removed: 0, added: 0, moved: [{ key: 'BGate', line: 12, from: 3 }] }]);
  });

  it('a section added above others whose tables list the same keys: only the new table\'s rows are added', async () => {
    // One section per component, each table the same gates with different cells: the headings say which is which.
    const section = (name: string, ...rows: string[]) => `## ${name}\n\n${table(...rows)}\n`;
    const parts = [
      section('Storage', 'AGate | Alpha | SUPPORTED', 'BGate | Beta | UNSUPPORTED'),
      section('Network', 'AGate | Beta | UNSUPPORTED', 'BGate | Beta | SUPPORTED'),
      section('Compute', 'AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED'),
    ];
    const head = [section('Memory', 'AGate | Beta | SUPPORTED', 'BGate | Alpha | UNSUPPORTED'), ...parts];
    head[2] = head[2]!.replace('BGate | Beta | SUPPORTED', 'BGate | GA | SUPPORTED');
    const result = await compare(parts.join('\n'), head.join('\n'), await config());
    expect(result.violations.filter((v) => v.rule === 'transition' || v.rule === 'table-unchecked')).toEqual([]);
    expect(result.changes!.map((c) => [c.line, c.added.map((r) => r.key), c.removed.map((r) => r.key), c.changed.map((r) => `${r.key} ${r.columns.map((x) => `${x.from}→${x.to}`)}`)])).toEqual([
      [17, [], [], ['BGate Beta→GA']],
      [3, ['AGate', 'BGate'], [], []],
    ]);
  });

  it('tables that each list every gate (one per platform): a row gone from one while another gains its key is two changes, not a move', async () => {
    const platforms = doc(table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED'), table('AGate | Alpha | UNSUPPORTED'));
    const result = await compare(platforms, doc(table('AGate | Alpha | SUPPORTED'), table('AGate | Alpha | UNSUPPORTED', 'BGate | GA | SUPPORTED')), await config());
    expect(result.changes!.flatMap((c) => [...c.added.map((r) => `+${r.key}`), ...c.removed.map((r) => `-${r.key}`)])).toEqual(['-BGate', '+BGate']);
    expect(findings(result, 'transition')).toEqual(['3: "BGate" was removed while its GRADUATION was Beta; a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Put the row back; to retire it, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.']);
  });

  it('a page that splits its rows over tables (by stage, by support): a row that moves to the other table with its value changed is judged as that change', async () => {
    // AGate goes GA and moves to the graduated table: Alpha → GA is allowed, not a removal of an Alpha gate.
    const result = await compare(doc(A, B), doc(table('BGate | Beta | SUPPORTED'), table('OldGate | GA | SUPPORTED', 'ZGate | Deprecated | SUPPORTED', 'AGate | GA | SUPPORTED')), await config());
    expect(result.violations.filter((v) => v.rule === 'transition')).toEqual([]);
    expect(result.changes!.map(({ line, added, removed, changed, moved }) => ({ line, added: added.length, removed: removed.length, changed, moved }))).toEqual([
      { line: 9, added: 0, removed: 0, changed: [{ key: 'AGate', line: 13, columns: [{ column: 'GRADUATION', from: 'Alpha', to: 'GA' }] }], moved: [{ key: 'AGate', line: 13, from: 3 }] },
    ]);
    // A move that changes the value in a way the state machine forbids is that forbidden change, on the cell.
    const back = await compare(doc(A, B), doc(table('AGate | Alpha | SUPPORTED', 'ZGate | Alpha | SUPPORTED'), table('OldGate | GA | SUPPORTED', 'BGate | Beta | SUPPORTED')), await config());
    expect(findings(back, 'transition')).toEqual(['6: GRADUATION of "ZGate" went from Deprecated to Alpha; from Deprecated it may only go to Discontinued.']);
  });

  it('a decoy row added to both tables does not turn a forbidden move into a removal and an addition: the base says the page partitions', async () => {
    // OldGate (GA) moves to the first table as Alpha; AGate, copied into the second table, would make the tables share a key.
    const head = doc(table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'OldGate | Alpha | SUPPORTED'), table('ZGate | Deprecated | SUPPORTED', 'AGate | Alpha | SUPPORTED'));
    const result = await compare(doc(A, B), head, await config());
    expect(findings(result, 'transition')).toEqual(['7: GRADUATION of "OldGate" went from GA to Alpha; from GA it may only go to Deprecated.']);
    // Into a table new in the head, with a decoy that repeats the one key the table it left still has.
    const intoNew = doc(A, table('ZGate | Deprecated | SUPPORTED'), table('OldGate | Alpha | SUPPORTED', 'ZGate | Deprecated | SUPPORTED'));
    expect(findings(await compare(doc(A, B), intoNew, await config()), 'transition')).toEqual(['18: GRADUATION of "OldGate" went from GA to Alpha; from GA it may only go to Deprecated.']);
  });

  it('a row that arrives in two tables is judged as a change into each', async () => {
    const C = table('CGate | Beta | SUPPORTED');
    const head = doc(table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'OldGate | Alpha | SUPPORTED'), table('ZGate | Deprecated | SUPPORTED'), table('CGate | Beta | SUPPORTED', 'OldGate | Beta | SUPPORTED'));
    expect(findings(await compare(doc(A, B, C), head, await config()), 'transition')).toEqual([
      '7: GRADUATION of "OldGate" went from GA to Alpha; from GA it may only go to Deprecated.',
      '20: GRADUATION of "OldGate" went from GA to Beta; from GA it may only go to Deprecated.',
    ]);
  });

  it('a row moved to a table another entry judges, without transitions, still answers to the rules of the table it left', async () => {
    const lax = await partsConfig(['    schema: s.json', '    match: { heading: Part 1, columns: [FEATURE GATE, GRADUATION, STATUS] }']);
    // OldGate left Part 0 (GA) for Part 1 as Alpha: the lax entry has no rules, Part 0's forbid GA → Alpha.
    const { base, head } = oldGateMoves;
    const result = await compare(base, head, lax);
    expect(findings(result, 'transition')).toEqual(['12: GRADUATION of "OldGate" went from GA to Alpha; from GA it may only go to Deprecated.']);
    // Allowed by the rules of the table it left: nothing to say.
    expect(findings(await compare(base, head.replace('OldGate | Alpha', 'OldGate | Deprecated'), lax), 'transition')).toEqual([]);
  });

  it('tables per platform: a gate that leaves one for a new table is judged as that change, however many keys the new table repeats', async () => {
    const platforms = doc(table('AGate | Alpha | SUPPORTED', 'OldGate | GA | SUPPORTED', 'YGate | Beta | SUPPORTED'), table('AGate | Alpha | SUPPORTED', 'YGate | Beta | SUPPORTED'));
    const left = doc(table('AGate | Alpha | SUPPORTED', 'YGate | Beta | SUPPORTED'), table('AGate | Alpha | SUPPORTED', 'YGate | Beta | SUPPORTED'));
    expect(findings(await compare(platforms, `${left}\n${doc(table('OldGate | Alpha | SUPPORTED'))}`, await config()), 'transition').map((f) => f.split(';')[0])).toEqual([
      expect.stringMatching(/GRADUATION of "OldGate" went from GA to Alpha$/),
    ]);
    // With copies of the other gates beside it: a platform's copy leaves the row where it was; this one left.
    const copies = doc(table('OldGate | Alpha | SUPPORTED', 'AGate | Alpha | SUPPORTED', 'YGate | Beta | SUPPORTED'));
    expect(findings(await compare(platforms, `${left}\n${copies}`, await config()), 'transition').map((f) => f.split(';')[0])).toEqual([
      expect.stringMatching(/GRADUATION of "OldGate" went from GA to Alpha$/),
    ]);
  });

  it('a table that orders its columns otherwise is no way out: cells compare by column name', async () => {
    const swapped = (...rows: string[]) => ['FEATURE GATE | STATUS | GRADUATION', '-- | -- | --', ...rows].join('\n');
    const base = doc(table('AGate | Alpha | SUPPORTED', 'OldGate | GA | SUPPORTED'), swapped('ZGate | SUPPORTED | Beta'));
    // OldGate (GA) moves to the second table, which has its columns the other way round, as Alpha.
    const head = doc(table('AGate | Alpha | SUPPORTED'), swapped('ZGate | SUPPORTED | Beta', 'OldGate | SUPPORTED | Alpha'));
    expect(findings(await compare(base, head, await config()), 'transition').map((f) => f.split(':').slice(1).join(':').split(';')[0])).toEqual([' GRADUATION of "OldGate" went from GA to Alpha']);
    // The same move as an allowed graduation passes, and the diff shows the change by column.
    const result = await compare(base, head.replace('OldGate | SUPPORTED | Alpha', 'OldGate | SUPPORTED | Deprecated'), await config());
    expect(findings(result, 'transition')).toEqual([]);
    expect(result.changes!.flatMap((c) => c.changed.map((r) => `${r.key} ${r.columns.map((x) => `${x.column}: ${x.from}→${x.to}`).join(', ')}`))).toEqual(['OldGate GRADUATION: GA→Deprecated']);
  });

  it('a row moved to a table whose entry turns the transition rule off answers to the rules of the entry it left', async () => {
    const lax = await partsConfig(['    preset: kubevirt-feature-gates', '    match: { heading: Part 1 }', '    severities: { transition: off }']);
    const { base, head } = oldGateMoves;
    const result = await compare(base, head, lax);
    expect(result.violations.filter((v) => v.rule === 'transition').map((v) => `${v.severity} ${v.line}`)).toEqual(['error 12']);
  });

  it('a table merged into another on purpose: its rows that changed on the way are judged as those changes', async () => {
    const merged = (...rows: string[]) => `<!-- support-table-lint-disable-file table-unchecked -- sections merged -->\n\n${doc(table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', ...rows))}`;
    // OldGate went from GA back to Alpha as its table was merged away: forbidden, however the table went.
    const back = await compare(doc(A, B), merged('OldGate | Alpha | SUPPORTED', 'ZGate | Deprecated | SUPPORTED'), await config());
    expect(findings(back, 'transition').map((f) => f.split(';')[0])).toEqual(['9: GRADUATION of "OldGate" went from GA to Alpha']);
    // Deprecated → Discontinued on the way is allowed, and no row was removed.
    const allowed = await compare(doc(A, B), merged('OldGate | GA | SUPPORTED', 'ZGate | Discontinued | SUPPORTED'), await config());
    expect(findings(allowed, 'transition')).toEqual([]);
    // The diff says where they came from: a table that is gone, at its line before the change.
    expect(allowed.changes!.flatMap((c) => c.moved ?? [])).toEqual([
      { key: 'OldGate', line: 9, from: 10, gone: true },
      { key: 'ZGate', line: 10, from: 10, gone: true },
    ]);
    const { diffText } = await import('../../src/report/diff.js');
    expect(diffText([{ file: 'gates.md', changes: allowed.changes! }])).toContain('> OldGate  (moved here from the table at line 10 before this change, now gone)');
  });

  it('a table that is gone with one row says "its 1 row is"', async () => {
    const result = await compare(doc(A, table('OldGate | GA | SUPPORTED')), doc(A), await config());
    expect(result.violations.filter((v) => v.rule === 'table-unchecked').map((v) => v.message)).toEqual([expect.stringContaining('so its 1 row is no longer checked.')]);
  });

  it('a table moved under another entry by renaming its heading answers to the rules of the entry it left, even when the new one turns them off', async () => {
    const lax = await partsConfig(['    preset: kubevirt-feature-gates', '    match: { heading: Part 1 }', '    severities: { transition: off }']);
    // The Part 0 table is now under "Part 1" (a decoy table took its place), with AGate back at Alpha.
    const base = doc(table('AGate | GA | SUPPORTED', 'BGate | Beta | SUPPORTED'));
    const head = `## Part 0\n\n${table('NewGate | Alpha | SUPPORTED')}\n\n## Part 1\n\n${table('AGate | Alpha | SUPPORTED')}\n`;
    const result = await compare(base, head, lax);
    expect(result.violations.filter((v) => v.rule === 'transition').map((v) => `${v.severity} ${v.message.split(';')[0]}`)).toEqual([
      'error "BGate" was removed while its GRADUATION was Beta',
      'error GRADUATION of "AGate" went from GA to Alpha',
    ]);
  });

  it('a row moved to a table that gains the judged column in the same change is judged in the columns of the table it left', async () => {
    const base = doc(table('AGate | GA | SUPPORTED', 'BGate | Beta | SUPPORTED'), 'FEATURE GATE | STATUS\n-- | --\nCGate | SUPPORTED');
    const head = doc(table('BGate | Beta | SUPPORTED'), table('AGate | Alpha | SUPPORTED', 'CGate | Beta | SUPPORTED'));
    expect(findings(await compare(base, head, await config()), 'transition').map((f) => f.split(';')[0])).toEqual(['11: GRADUATION of "AGate" went from GA to Alpha']);
  });

  it('a table its header edit took out of the check, waived on purpose, still keeps its rows under the rules', async () => {
    const base = doc(table('AGate | GA | SUPPORTED', 'BGate | Alpha | SUPPORTED'));
    const head = `<!-- support-table-lint-disable-file table-unchecked -- reworked page -->\n\n${doc('FEATURE GATE | GRADUATION | SUPPORT\n-- | -- | --\nAGate | Alpha | SUPPORTED')}`;
    // With the presets alone (no config), which judge a header only as it is: nothing judges the head's table.
    expect(findings(await compare(base, head), 'transition').map((f) => f.split(';')[0])).toEqual([
      '5: "BGate" was removed while its GRADUATION was Alpha',
      '7: GRADUATION of "AGate" went from GA to Alpha',
    ]);
  });

  it('a rename in one table whose old key arrives in another is no rename: the row moved, and is judged as the change it made', async () => {
    // AGate (GA) becomes AGates in its table, and AGate comes back as Alpha in a new table.
    const head = `${doc(table('AGates | GA | SUPPORTED', 'BGate | Beta | SUPPORTED'))}\n## Experimental\n\n${table('AGate | Alpha | SUPPORTED')}\n`;
    const result = await compare(doc(table('AGate | GA | SUPPORTED', 'BGate | Beta | SUPPORTED')), head, await config());
    expect(findings(result, 'transition').map((f) => f.split(';')[0]!.replace(/^\d+: /, ''))).toEqual(['GRADUATION of "AGate" went from GA to Alpha']);
    expect(result.changes!.flatMap((c) => c.renamed)).toEqual([]);
  });

  it('a row moved into a table new in the head is judged as the change it made on the way; its other rows are added rows', async () => {
    // ZGate leaves B for a new "Part 2" table, going from Deprecated back to Alpha: forbidden, however it moved.
    const head = doc(A, table('OldGate | GA | SUPPORTED'), table('ZGate | Alpha | SUPPORTED', 'NewGate | GA | SUPPORTED'));
    const result = await compare(doc(A, B), head, await config());
    expect(findings(result, 'transition')).toEqual(['18: GRADUATION of "ZGate" went from Deprecated to Alpha; from Deprecated it may only go to Discontinued.']);
    expect(result.changes!.map(({ line, added, changed, moved }) => ({ line, added: added.map((r) => r.key), changed: changed.map((r) => r.key), moved: moved?.map((r) => r.key) }))).toEqual([
      { line: 16, added: ['NewGate'], changed: ['ZGate'], moved: ['ZGate'] },
    ]);
    // The same move that the state machine allows (Deprecated → Discontinued) passes.
    const allowed = await compare(doc(A, B), head.replace('ZGate | Alpha', 'ZGate | Discontinued'), await config());
    expect(findings(allowed, 'transition')).toEqual([]);
    // `transitions.added` applies to the rows of a new table as to any new row; a moved row is not new.
    const strict = await loadConfig({
      file: 'c.yml',
      read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n    transitions: { added: { GRADUATION: [Alpha, Beta] } }\n',
    });
    expect(findings(await compare(doc(A, B), head.replace('ZGate | Alpha', 'ZGate | Discontinued'), strict), 'transition')).toEqual([
      '19: "NewGate" is new with GRADUATION GA; a new row must start with GRADUATION Alpha or Beta.',
    ]);
  });

  it('a deleted file named explicitly is compared with its base, and is no "file no entry covers"', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n' });
    const [gone] = (await lintSources([{ file: 'gates.md', head: missingLoader, base: textLoader(doc(A)), deleted: true, explicit: true }], config)).files;
    expect(gone!.deleted).toBe(true);
    // Judged at the base under the same path, which no entry covers: nothing to compare, and no notice.
    expect(gone!.violations.map((v) => v.rule)).toEqual([]);
    const covered = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n' });
    const [judged] = (await lintSources([{ file: 'gates.md', head: missingLoader, base: textLoader(doc(A)), deleted: true, explicit: true }], covered)).files;
    expect(judged!.violations.map((v) => v.rule)).toEqual(['transition']);
    expect(judged!.changes!.map((c) => [c.line, c.removed.map((r) => r.key)])).toEqual([[3, ['AGate', 'BGate']]]);
  });

  it('an added file: its rows are added rows, in the diff and for transitions.added', async () => {
    const strict = await loadConfig({
      file: 'c.yml',
      read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n    transitions: { added: { GRADUATION: [Alpha, Beta] } }\n',
    });
    const [added] = (await lintSources([{ file: 'new.md', head: textLoader(doc(table('AGate | Alpha | SUPPORTED', 'CGate | GA | SUPPORTED'))), base: missingLoader }], strict)).files;
    expect(findings(added!, 'transition')).toEqual(['6: "CGate" is new with GRADUATION GA; a new row must start with GRADUATION Alpha or Beta.']);
    expect(added!.changes!.map((c) => [c.line, c.added.map((r) => r.key)])).toEqual([[3, ['AGate', 'CGate']]]);
    // Nothing of the added file's findings was there before.
    expect(added!.baseViolations).toEqual([]);
  });

  it('a table merged into another: its rows moved, so nothing was removed', async () => {
    const result = await compare(doc(A, B), doc(table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'OldGate | GA | SUPPORTED', 'ZGate | Deprecated | SUPPORTED')), await config());
    expect(result.violations.filter((v) => v.rule === 'transition')).toEqual([]);
    expect(result.changes!.flatMap((c) => [...c.added.map((r) => `+${r.key}`), ...c.removed.map((r) => `-${r.key}`)])).toEqual([]);
  });

  it('the first of two tables deleted: its rows are the removed ones, and the other table stays paired', async () => {
    const result = await compare(doc(A, B), doc(B), await config());
    // The table is gone (table-unchecked says so, where it stood), and its Alpha and Beta gates went with it.
    expect(findings(result, 'transition').map((f) => f.split(';')[0])).toEqual(['3: 2 rows went with this table while GRADUATION was not GA, Deprecated or Discontinued (AGate: Alpha, BGate: Beta)']);
    expect(result.violations.filter((v) => v.rule === 'table-unchecked').map((v) => v.message.split(' (line')[0] + ' ' + v.line)).toEqual(['The table FEATURE GATE | GRADUATION | STATUS 3']);
    expect(result.changes!.flatMap((c) => [...c.added.map((r) => `+${r.key}`), ...c.removed.map((r) => `-${r.key}`)])).toEqual(['-AGate', '-BGate']);
  });
});

describe('a key that repeats (a matrix with one row per OS and architecture)', () => {
  const files: Record<string, string> = {
    'c.yml': 'tables:\n  - files: ["gates.md"]\n    schema: s.yaml\n    transitions:\n      removed: { when: { Arch: ["386"] } }\n',
    's.yaml': 'type: object\nrequired: [OS, Arch]\nx-support-table-lint: { key: OS, unique: false }\n',
  };
  const config = () => loadConfig({ file: 'c.yml', read: async (path) => files[path] });
  const matrix = (...rows: string[]) => md('| OS | Arch |', '| --- | --- |', ...rows.map((row) => `| ${row.replace(' ', ' | ')} |`));

  it('a row gone from among rows with its key pairs the others by their cells: the one removed is the one that went', async () => {
    const result = await compare(matrix('Ubuntu amd64', 'Ubuntu 386', 'Ubuntu arm64'), matrix('Ubuntu amd64', 'Ubuntu arm64'), await config());
    expect(findings(result, 'transition')).toEqual([]);
    expect(result.changes).toEqual([
      expect.objectContaining({ added: [], renamed: [], changed: [], removed: [{ key: 'Ubuntu', cells: { OS: 'Ubuntu', Arch: '386' } }] }),
    ]);
  });

  it('the forbidden removal is the row that went, and a changed cell among repeated keys is paired in order', async () => {
    const result = await compare(matrix('Ubuntu amd64', 'Ubuntu 386', 'Ubuntu arm64'), matrix('Ubuntu amd64', 'Ubuntu 386'), await config());
    expect(findings(result, 'transition')).toEqual(['1: "Ubuntu" was removed while its Arch was arm64; a row may be removed only when Arch is 386. Put the row back; to retire it, change its Arch to 386 first, and remove it in a later change.']);
    const changed = await compare(matrix('Debian amd64', 'Debian 386'), matrix('Debian amd64', 'Debian s390x'), await config());
    expect(changed.changes).toEqual([expect.objectContaining({ changed: [{ key: 'Debian', line: 4, columns: [{ column: 'Arch', from: '386', to: 's390x' }] }] })]);
  });
});

describe('a row whose key cell is empty continues the row above (a platform matrix)', () => {
  const files: Record<string, string> = {
    'c.yml': 'tables:\n  - files: ["gates.md"]\n    schema: s.yaml\n    transitions:\n      removed: { when: { Status: [Deprecated] } }\n',
    's.yaml': 'type: object\nproperties:\n  Status: { enum: [Supported, Experimental, Deprecated] }\n',
  };
  const config = (extra = '') => loadConfig({ file: 'c.yml', read: async (path) => (path === 's.yaml' ? files[path] + extra : files[path]) });
  const matrix = (...rows: string[]) => md('| Platform | Arch | Status |', '| --- | --- | --- |', ...rows);
  const BASE_ROWS = ['| linux | amd64 | Supported |', '|  | arm64 | Supported |', '| windows | amd64 | Supported |', '|  | arm64 | Experimental |'];
  const HEAD_ROWS = ['| linux | amd64 | Supported |', '| windows | amd64 | Supported |', '|  | arm64 | Deprecated |'];

  it('its removal and its change are seen, named by the key it continues', async () => {
    const result = await compare(matrix(...BASE_ROWS), matrix(...HEAD_ROWS), await config());
    expect(findings(result, 'transition')).toEqual([
      '1: "linux" was removed while its Status was Supported; a row may be removed only when Status is Deprecated. Put the row back; to retire it, change its Status to Deprecated first, and remove it in a later change.',
    ]);
    expect(result.changes).toEqual([
      expect.objectContaining({
        removed: [{ key: 'linux', cells: { Platform: 'linux', Arch: 'arm64', Status: 'Supported' } }],
        changed: [{ key: 'windows', line: 5, columns: [{ column: 'Status', from: 'Experimental', to: 'Deprecated' }] }],
      }),
    ]);
  });

  it('with unique.by, the empty leading columns come from the row above: linux + arm64', async () => {
    const result = await compare(matrix(...BASE_ROWS), matrix(...HEAD_ROWS), await config('x-support-table-lint: { unique: { by: [Platform, Arch] } }\n'));
    expect(findings(result, 'transition')).toEqual([
      '1: "linux + arm64" was removed while its Status was Supported; a row may be removed only when Status is Deprecated. Put the row back; to retire it, change its Status to Deprecated first, and remove it in a later change.',
    ]);
    expect(result.changes!.map((c) => c.changed)).toEqual([[{ key: 'windows + arm64', line: 5, columns: [{ column: 'Status', from: 'Experimental', to: 'Deprecated' }] }]]);
    // Unchanged, such rows are no change at all.
    expect((await compare(matrix(...BASE_ROWS), matrix(...BASE_ROWS), await config())).changes).toEqual([]);
  });
});

describe('groups of a table (bold group rows)', () => {
  const kata = (...rows: string[]) => md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', ...rows);
  const SECTIONS = ['| **Hypervisors** | | | |', '| qemu | Supported | [@k/qemu](https://github.com/orgs/k/teams/qemu) | |', '| firecracker | Deprecated | | no CI |', '| **Tools** | | | |', '| genpolicy | Deprecated | | x |'];

  it('a row moved from one group to another changes its $group, and the diff says so', async () => {
    const moved = [...SECTIONS.slice(0, 2), SECTIONS[3]!, SECTIONS[2]!, SECTIONS[4]!];
    const result = await compare(kata(...SECTIONS), kata(...moved));
    expect(result.changes).toEqual([expect.objectContaining({ changed: [{ key: 'firecracker', line: 6, columns: [{ column: '$group', from: 'Hypervisors', to: 'Tools' }] }], added: [], removed: [] })]);
    const { diffText } = await import('../../src/report/diff.js');
    expect(diffText([{ file: 'gates.md', changes: result.changes! }])).toContain('\n  * firecracker  group: Hypervisors → Tools\n');
  });

  it('a group row whose label was edited moves none of its rows', async () => {
    const result = await compare(kata(...SECTIONS), kata(...SECTIONS.map((row) => row.replace('Hypervisors', 'VMMs'))));
    expect(result.changes).toEqual([]);
  });

  it('a key under several groups: each change is paired with the row of its own group and says which group', async () => {
    const files: Record<string, string> = {
      'c.yml': 'tables:\n  - files: ["gates.md"]\n    schema: s.yaml\n',
      's.yaml': 'type: object\nrequired: [Feature, Go, Java]\nx-support-table-lint: { key: Feature, unique: { scope: group }, order: false }\n',
    };
    const config = await loadConfig({ file: 'c.yml', read: async (path) => files[path] });
    const matrix = (...rows: string[]) => md('| Feature | Go | Java |', '| --- | --- | --- |', ...rows);
    const provider = ['| **TracerProvider** | | |', '| Create | + | + |', '| Safe for concurrent calls | + | + |'];
    const tracer = ['| **Tracer** | | |', '| Start a span | + | + |', '| Safe for concurrent calls | + | + |'];
    // The two groups swap places, and each one's "Safe for concurrent calls" changes another cell.
    const head = [...tracer.slice(0, 2), '| Safe for concurrent calls | - | + |', ...provider.slice(0, 2), '| Safe for concurrent calls | + | - |'];
    const result = await compare(matrix(...provider, ...tracer), matrix(...head), config);
    expect(result.changes![0]!.changed).toEqual([
      { key: 'Safe for concurrent calls', line: 5, group: 'Tracer', columns: [{ column: 'Go', from: '+', to: '-' }] },
      { key: 'Safe for concurrent calls', line: 8, group: 'TracerProvider', columns: [{ column: 'Java', from: '+', to: '-' }] },
    ]);
    const { diffText } = await import('../../src/report/diff.js');
    expect(diffText([{ file: 'm.md', changes: result.changes! }])).toContain('  * Safe for concurrent calls (in Tracer)  Go: + → -\n  * Safe for concurrent calls (in TracerProvider)  Java: + → -\n');
  });
});

describe('a column whose values the schema does not list', () => {
  const files: Record<string, string> = {
    'c.yml': 'tables:\n  - files: ["gates.md"]\n    schema: s.yaml\n    transitions:\n      Status:\n        Experimental: [Stable]\n        Stable: []\n',
    's.yaml': 'type: object\nrequired: [Name, Status]\n',
  };
  const table = (...rows: string[]) => md('| Name | Status |', '| --- | --- |', ...rows);

  it('a change from a known state to a value the machine does not know is reported (no allowed-values would)', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => files[path] });
    const result = await compare(table('| a | Experimental |', '| b | Stable |', '| c | Stable |'), table('| a | Beta |', '| b | Stabel |', '| c | |'), config);
    expect(findings(result, 'transition')).toEqual([
      '3: Status of "a" went from Experimental to Beta; from Experimental it may only go to Stable.',
      '4: Status of "b" went from Stable to Stabel; Stable is final and may not change.',
      '5: Status of "c" went from Stable to (empty); Stable is final and may not change.',
    ]);
  });

  it('with an enum, the unknown value is allowed-values\' alone', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 's.yaml' ? files[path] + 'properties:\n  Status: { enum: [Experimental, Stable] }\n' : files[path]) });
    const result = await compare(table('| a | Experimental |'), table('| a | Beta |'), config);
    expect(result.violations.map((v) => v.rule)).toEqual(['allowed-values']);
  });

  it('with an enum, a change to an allowed value the machine does not name is judged: a final state stays final', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 's.yaml' ? files[path] + 'properties:\n  Status: { enum: [Experimental, Stable, "-"] }\n' : files[path]) });
    const result = await compare(table('| a | Stable |', '| b | Experimental |'), table('| a | - |', '| b | - |'), config);
    expect(findings(result, 'transition')).toEqual([
      '3: Status of "a" went from Stable to -; Stable is final and may not change.',
      '4: Status of "b" went from Experimental to -; from Experimental it may only go to Stable.',
    ]);
  });
});

describe('rows that move between tables of an OS matrix (a key that repeats)', () => {
  const files: Record<string, string> = {
    'c.yml': 'tables:\n  - files: ["**"]\n    schema: s.yaml\n    unique: false\n    transitions:\n      Status: { Supported: [Deprecated], Deprecated: [Removed], Removed: [] }\n      removed: { when: { Status: [Removed] } }\n',
    's.yaml': 'type: object\nrequired: [OS, Arch, Status]\nproperties:\n  Status: { enum: [Supported, Deprecated, Removed] }\nx-support-table-lint: { key: OS }\n',
  };
  const config = () => loadConfig({ file: 'c.yml', read: async (path) => files[path] });
  const matrix = (title: string, ...rows: string[]) => md(`## ${title}`, '', '| OS | Arch | Status |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.split(' ').join(' | ')} |`), '');

  it('whether a row moved does not depend on the order of the rows: the tables shared a key only if it is not the one that moved', async () => {
    const legacy = matrix('Legacy', 'Ubuntu i386 Removed', 'Fedora arm64 Removed', 'Ubuntu arm64 Removed');
    const head = [matrix('Current', 'Ubuntu amd64 Supported'), legacy].join('\n');
    const answers = [];
    for (const current of [matrix('Current', 'Fedora arm64 Deprecated', 'Ubuntu arm64 Deprecated', 'Ubuntu amd64 Supported'), matrix('Current', 'Ubuntu arm64 Deprecated', 'Fedora arm64 Deprecated', 'Ubuntu amd64 Supported')]) {
      const result = await compare([current, matrix('Legacy', 'Ubuntu i386 Removed')].join('\n'), head, await config());
      answers.push(findings(result, 'transition').map((f) => f.split(';')[0]!.replace(/^\d+: /, '')));
    }
    // The tables shared Ubuntu before: Ubuntu's row moved (no other key was shared), Fedora's did not (Ubuntu was), in either order.
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual(['"Fedora" was removed while its Status was Deprecated']);
  });
});

describe('what tells a row from its neighbours (found comparing real pages with their past)', () => {
  const files: Record<string, string> = {
    's.yaml': 'type: object\nrequired: [Feature, Level]\nproperties:\n  Level: { enum: [Beta, Stable, Deprecated] }\nx-support-table-lint: { key: Feature, unique: false }\n',
    'r.yaml': 'type: object\nrequired: [Release, Platform, Level]\nproperties:\n  Level: { enum: [Beta, Stable, Deprecated] }\nx-support-table-lint: { key: Release }\n',
  };
  const machine = '    transitions:\n      Level: { Beta: [Stable, Deprecated], Stable: [Deprecated], Deprecated: [] }\n      removed: { when: { Level: [Deprecated] } }\n';
  const config = (entry: string) => loadConfig({ file: 'c.yml', read: async (path) => files[path] ?? `tables:\n  - files: ["**"]\n${entry}${machine}` });
  const table = (...rows: string[]) => ['| Feature | Level |', '| --- | --- |', ...rows.map((row) => `| ${row.replace(' ', ' | ')} |`)].join('\n');

  it('tables of the same columns under their own headings pair by heading, though no option reads headings', async () => {
    const page = (linux: string, windows: string) => md('# Support', '', '## Linux', '', table(`cgroups ${linux}`), '', '## Windows', '', table(`cgroups ${windows}`));
    const result = await compare(page('Stable', 'Beta'), page('Beta', 'Stable'), await config('    schema: s.yaml\n'));
    expect(findings(result, 'transition')).toEqual(['7: Level of "cgroups" went from Stable to Beta; from Stable it may only go to Deprecated.']);
  });

  it("a key repeated in groups pairs within its group first: a swap of levels between groups is two changes", async () => {
    const grouped = (linux: string, windows: string) => md('| Feature | Level |', '| --- | --- |', '| **Linux** | |', `| tracing | ${linux} |`, '| **Windows** | |', `| tracing | ${windows} |`);
    const result = await compare(grouped('Stable', 'Beta'), grouped('Beta', 'Stable'), await config('    schema: s.yaml\n'));
    expect(findings(result, 'transition')).toEqual(['4: Level of "tracing" went from Stable to Beta; from Stable it may only go to Deprecated.']);
  });

  it('unique.by names the columns that identify a row; without it, the row most alike from the left is its past', async () => {
    const releases = (...rows: string[]) => md('| Release | Platform | Level |', '| --- | --- | --- |', ...rows);
    const base = releases('| 1.0 | linux | Stable |', '| 1.0 | windows | Deprecated |');
    const head = releases('| 1.0 | windows | Stable |');
    const expected = [
      '1: "1.0" was removed while its Level was Stable; a row may be removed only when Level is Deprecated. Put the row back; to retire it, change its Level to Deprecated first, and remove it in a later change.',
      '3: Level of "1.0" went from Deprecated to Stable; Deprecated is final and may not change.',
    ];
    expect(findings(await compare(base, head, await config('    schema: r.yaml\n    unique: false\n')), 'transition')).toEqual(expected);
    // Told apart by Release and Platform, rows are named by both: two rows are "1.0".
    const byBoth = await compare(base, head, await config('    schema: r.yaml\n    unique: { scope: table, by: [Release, Platform] }\n'));
    expect(findings(byBoth, 'transition')).toEqual(expected.map((message, i) => message.replace('"1.0"', i === 0 ? '"1.0 + linux"' : '"1.0 + windows"')));
    expect(diffText(changesOf({ files: [byBoth] } as LintResult))).toBe(
      ['gates.md:1  Release | Platform | Level', '  * 1.0 + windows  Level: Deprecated → Stable', '  - 1.0 + linux  (was Level Stable)', '', '2 row changes in 1 file.', ''].join('\n'),
    );
  });

  it('a change that drops one of the unique.by columns pairs rows by key, not every row removed and added', async () => {
    const base = md('| Release | Platform | Level |', '| --- | --- | --- |', '| 1.0 | linux | Stable |', '| 2.0 | linux | Beta |');
    const head = md('| Release | Level |', '| --- | --- |', '| 1.0 | Stable |', '| 2.0 | Beta |');
    const result = await compare(base, head, await config('    schema: r.yaml\n    unique: { scope: table, by: [Release, Platform] }\n'));
    expect(findings(result, 'transition')).toEqual([]);
    expect(result.changes).toEqual([expect.objectContaining({ added: [], removed: [], columns: { added: [], removed: ['Platform'] } })]);
  });

  it('an invisible character or a look-alike letter put into a key does not make the row new', async () => {
    for (const key of ['virtio\u200b-fs', 'virti\u043e-fs']) {
      const result = await compare(md(table('virtio-fs Stable')), md(table(`${key} Beta`)), await config('    schema: s.yaml\n'));
      expect(findings(result, 'transition')).toEqual([expect.stringContaining('went from Stable to Beta')]);
    }
  });
});

describe('a file that could not be compared is never a file without changes', () => {
  const unreadable = async () => ({ kind: 'bytes' as const, bytes: new Uint8Array([0x7c, 0x20, 0xff, 0xfe, 0x0a]) });

  it('either version unreadable: notCompared says why, the diff lists the file, and `diff` would exit 1', async () => {
    const { changesOf, diffText, diffMarkdown, notCompared } = await import('../../src/report/diff.js');
    const page = gates(...BASE);
    const headBad = (await lintSources([{ file: 'gates.md', head: unreadable, base: textLoader(page) }], await presets)).files[0]!;
    const baseBad = (await lintSources([{ file: 'gates.md', head: textLoader(page), base: unreadable }], await presets)).files[0]!;
    expect(headBad.notCompared).toMatch(/^gates\.md is not valid UTF-8/);
    expect(baseBad.notCompared).toMatch(/^before this change: gates\.md is not valid UTF-8/);
    const files = changesOf({ files: [headBad, baseBad] });
    expect(notCompared(files)).toHaveLength(2);
    expect(diffText(files)).toContain('gates.md  not compared with its version before this change, so changes to its tables are not listed; review them by hand: gates.md is not valid UTF-8');
    expect(diffText(files)).toMatch(/0 row changes in 0 files; 2 files not compared\.\n$/);
    expect(diffMarkdown(files)).toContain('**gates.md** not compared with its version before this change');
    // Compared and unchanged: no entry at all.
    const same = (await lintSources([{ file: 'gates.md', head: textLoader(page), base: textLoader(page) }], await presets)).files[0]!;
    expect(same.notCompared).toBeUndefined();
    expect(changesOf({ files: [same] })).toEqual([]);
  });
});
