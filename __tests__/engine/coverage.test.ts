/**
 * Never silent: every way a check can switch itself off without a word is a
 * finding. Each case here passed with exit 0 and no output before.
 */
import { loadConfig } from '../../src/config/load.js';
import { lintSources, lintText, textLoader } from '../../src/engine/pipeline.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';
const CONFIG = '.github/support-table-lint.yml';
const withConfig = (yaml: string) => loadConfig({ file: CONFIG, read: async () => yaml });
const presets = loadConfig({ file: null, read: async () => undefined });
const brief = (rule: string) => (v: { rule: string; line: number; message: string }) => (v.rule === rule ? `${v.line}: ${v.message}` : undefined);

describe('near-match: a table one typo away from being checked', () => {
  it('a renamed column (STATE for STATUS) turns the preset off: reported on the cell, with a fix', async () => {
    const result = await lintText('g.md', md('FEATURE GATE | GRADUATION | STATE', '-- | -- | --', 'AGate | GA | SUPPORTED'), await presets);
    expect(result.tablesChecked).toBe(0);
    expect(result.violations.map((v) => [v.rule, v.severity, v.line, v.column, v.message, v.fix?.text])).toEqual([
      [
        'near-match',
        'warning',
        1,
        29,
        'This table is not checked: it has the columns of preset kubevirt-feature-gates except "STATUS". Did you mean "STATUS" for "STATE"? Rename the column to check the table.',
        'STATUS',
      ],
    ]);
  });

  it('a header disguised with look-alike letters of another script is still checked, and the disguise is an error', async () => {
    const source = md('FEATURE GATE | GR\u0410DUATION | S\u0422ATUS', '-- | -- | --', 'EchoGate | Gradu | Supported');
    const result = await lintText('g.md', source, await presets);
    expect(result.tablesChecked).toBe(1);
    expect(result.violations.map((v) => `${v.rule} ${v.severity}`)).toEqual(['header-invisible error', 'header-invisible error', 'allowed-values error', 'allowed-values error']);
  });

  it('a header reversed with bidirectional overrides (shows STATUS, holds SUTATS) is an error even on a table nothing checks', async () => {
    const source = md('FEATURE GATE | \u202eNOITAUDARG\u202c | \u202eSUTATS\u202c', '-- | -- | --', 'EchoGate | Gradu | Supported');
    const result = await lintText('g.md', source, await presets);
    expect(result.tablesChecked).toBe(0);
    expect(result.violations.map((v) => [v.rule, v.severity, v.line, v.column, v.message, v.fix?.text])).toEqual([
      [
        'header-invisible',
        'error',
        1,
        16,
        'Header cell "NOITAUDARG" holds 2 bidirectional control characters (U+202E, U+202C), which make it show other text than it holds: delete them. Nothing checks this table; what it holds reads "NOITAUDARG".',
        'NOITAUDARG',
      ],
      [
        'header-invisible',
        'error',
        1,
        31,
        'Header cell "SUTATS" holds 2 bidirectional control characters (U+202E, U+202C), which make it show other text than it holds: delete them. Nothing checks this table; what it holds reads "SUTATS".',
        'SUTATS',
      ],
    ]);
  });

  it('bidirectional overrides written as character references are the same error', async () => {
    const source = md('FEATURE GATE | &#x202E;NOITAUDARG | &#8238;SUTATS', '-- | -- | --', 'EchoGate | Gradu | Supported');
    const result = await lintText('g.md', source, await presets);
    expect(result.violations.map((v) => [v.rule, v.severity, v.column, v.fix?.text])).toEqual([
      ['header-invisible', 'error', 16, 'NOITAUDARG'],
      ['header-invisible', 'error', 37, 'SUTATS'],
    ]);
  });

  it('an unrelated table is not a near match', async () => {
    const result = await lintText('g.md', md('| Option | Default |', '| - | - |', '| a | b |'), await presets);
    expect(result.violations).toEqual([]);
  });

  it('a two-column table whose header was renamed, beside one its entry checks, is reported though the new name is no typo', async () => {
    const files: Record<string, string> = { [CONFIG]: 'tables:\n  - files: ["*.md"]\n    match: { columns: [Distribution, Status] }\n    schema: s.json\n', 's.json': '{"type": "object"}' };
    const config = await loadConfig({ file: CONFIG, read: async (path) => files[path] });
    const table = (first: string, value: string) => [`| ${first} | Status |`, '| - | - |', `| ${value} | Supported |`, ''];
    const result = await lintText('c.md', md(...table('Distribution', 'Debian'), ...table('Edition', 'Server 2022'), '| Option | Default |', '| - | - |', '| a | b |'), config);
    expect(result.tablesChecked).toBe(1);
    expect(result.violations.map((v) => [v.rule, v.severity, v.line, v.column, v.message, v.fix])).toEqual([
      [
        'near-match',
        'warning',
        5,
        3,
        'This table is not checked: it has the columns of tables[0] (schema s.json), which checks the table on line 1, except "Distribution" ("Edition" here). If it is the same kind of table, rename "Edition" to "Distribution"; if not, add <!-- support-table-lint-disable-next-table near-match --> above it.',
        undefined,
      ],
    ]);
    // Alone on its page, the same table is the entry's idle line (unmatched-entry), not a near match.
    const single = await lintText('c.md', md(...table('Edition', 'Server 2022')), config);
    expect(single.violations.map((v) => v.rule)).not.toContain('near-match');
  });

  it('without a config, a page that renames a preset column of one of two tables says so about that table', async () => {
    const gates = (status: string) => [`FEATURE GATE | GRADUATION | ${status}`, '-- | -- | --', 'AGate | GA | SUPPORTED', ''];
    const result = await lintText('g.md', md(...gates('STATUS'), ...gates('SUPPORT LEVEL')), await presets);
    expect(result.violations.filter(brief('near-match')).map(brief('near-match'))).toEqual([
      '5: This table is not checked: it has the columns of preset kubevirt-feature-gates, which checks the table on line 1, except "STATUS" ("SUPPORT LEVEL" here). If it is the same kind of table, rename "SUPPORT LEVEL" to "STATUS"; if not, add <!-- support-table-lint-disable-next-table near-match --> above it.',
    ]);
  });
});

describe('empty-table', () => {
  it('a table whose keys are all bold has only group rows: say so, with the groups: false hint', async () => {
    const config = await withConfig('tables:\n  - preset: kata-support-levels\n');
    const source = md('| Feature | Support State | Maintainers | Notes |', '| - | - | - | - |', '| **amd64** | | | |', '| **arm64** | | | note |');
    const result = await lintText('k.md', source, config);
    expect(result.violations.map(brief('empty-table')).filter(Boolean)).toEqual([
      '1: Every row of this table is a group row (its Feature cell is entirely bold), so none is checked: set `groups: false` for this table in the config, or unbold the keys.',
    ]);
  });

  it('a header with no rows', async () => {
    const result = await lintText('k.md', md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --'), await presets);
    expect(result.violations.map((v) => v.rule)).toEqual(['empty-table']);
  });
});

describe('unmatched-entry and file-not-covered', () => {
  it('an entry that checked nothing in the files it applies to is reported on its config line', async () => {
    const config = await withConfig('tables:\n  - files: ["docs/**"]\n    preset: kata-support-levels\n  - files: ["other/**"]\n    preset: kubevirt-feature-gates\n');
    const result = await lintSources([{ file: 'docs/a.md', head: textLoader(md('# nothing here')) }], config);
    const configResult = result.files.find((f) => f.isConfig)!;
    expect(configResult.violations.map((v) => [v.file, v.line, v.rule, v.message])).toEqual([
      [
        CONFIG,
        2,
        'unmatched-entry',
        'tables[0] (preset kata-support-levels) checked no table in the 1 linted file its files: match (docs/a.md): no table there has the columns "Feature", "Support State", "Maintainers", "Notes". Fix the entry\'s match:, schema or files:, or remove it.',
      ],
    ]);
  });

  it('an entry whose files: match no file of the repository checks nothing in any run: said on its line, whatever was linted', async () => {
    const config = await withConfig('tables:\n  - files: ["doc/gates.md"]\n    preset: kubevirt-feature-gates\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    const asked: string[][] = [];
    const anyFile = async (globs: string[]) => (asked.push(globs), globs.some((glob) => glob.startsWith('docs/')));
    const result = await lintSources([{ file: 'README.md', head: textLoader(md('# nothing here')) }], config, config, { anyFile });
    expect(result.files.find((f) => f.isConfig)!.violations.map((v) => [v.line, v.rule, v.severity, v.message])).toEqual([
      [2, 'unmatched-entry', 'warning', 'tables[0] (preset kubevirt-feature-gates) checks nothing: its files: doc/gates.md match no file (they are relative to the working directory). Fix the glob, or remove the entry.'],
    ]);
    // Globs are asked relative to the working directory; an entry that matched a linted file is not asked about.
    expect(asked).toEqual([['doc/gates.md'], ['docs/**']]);
  });

  it('compared with a base, the config\'s findings that were there before are pre-existing; one the change caused is new', async () => {
    const config = await withConfig('tables:\n  - files: ["doc/gates.md"]\n    preset: kubevirt-feature-gates\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    const kata = md('| Feature | Support State | Maintainers | Notes |', '| - | - | - | - |', '| a | Supported | | |');
    const result = await lintSources([{ file: 'docs/k.md', head: textLoader(kata.replace('Support State | Maintainers', 'Support | Owners')), base: textLoader(kata) }], config, config, { anyFile: async () => false });
    const configResult = result.files.find((f) => f.isConfig)!;
    const { splitNew } = await import('../../src/core/gate.js');
    const { gating, existing } = splitNew(configResult.violations, configResult.baseViolations!);
    expect(existing.map((v) => [v.line, v.message.split(':')[0]])).toEqual([[2, 'tables[0] (preset kubevirt-feature-gates) checks nothing']]);
    expect(gating.map((v) => [v.line, v.rule])).toEqual([[4, 'unmatched-entry']]);
  });

  it('a file that could not be linted carries its own finding, not an unmatched-entry on the config', async () => {
    const config = await withConfig('budgets: { maxFileBytes: 16 }\ntables:\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    const big = md('| Feature | Support State | Maintainers | Notes |', '| - | - | - | - |');
    const result = await lintSources([{ file: 'docs/a.md', head: textLoader(big) }], config);
    expect(result.files.flatMap((f) => f.violations.map((v) => [v.file, v.rule]))).toEqual([['docs/a.md', 'file-too-large']]);
  });

  it('a file named explicitly that no entry applies to gets a notice', async () => {
    const config = await withConfig('tables:\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    const result = await lintSources([{ file: 'README.md', head: textLoader('# x\n'), explicit: true }], config);
    expect(result.files[0]!.violations.map((v) => [v.rule, v.severity, v.message])).toEqual([
      ['file-not-covered', 'notice', "No entry of .github/support-table-lint.yml applies to README.md (it matches no entry's files:), so none of its tables is checked. Add it to an entry's files:, or leave it out of the command."],
    ]);
  });
});

describe('tables judged once per shape', () => {
  it('a header cell that holds a separator character is no other shape with a heading (the shape key cannot collide)', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["**"]\n    preset: kubevirt-feature-gates\n    match: { heading: Gates }\n' });
    const decoy = 'FEATURE GATE | GRADUATION | STATUS\u0001Gates\n-- | -- | --\nx | y | z\n';
    const real = '# Gates\n\nFEATURE GATE | GRADUATION | STATUS\n-- | -- | --\nBadGate | Bogus | WRONG\n';
    const result = await lintText('doc.md', `${decoy}\n${real}`, config);
    expect(result.violations.filter((v) => v.rule === 'allowed-values').map((v) => v.line)).toEqual([9, 9]);
  });
});
