import { loadConfig } from '../../src/config/load.js';
import { judgeFor, leftAloneReason, selectionFor } from '../../src/engine/judge.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';
import { selects } from '../../src/markdown/select.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const md = (...lines: string[]): string => lines.join('\n') + '\n';
const tablesOf = (source: string) => readMarkdown(source).tables;
const presets = () => loadConfig({ file: null, read: async () => undefined });
const withConfig = (yaml: string, files: Record<string, string> = {}) => loadConfig({ file: 'c.yml', read: async (path) => files[path] ?? yaml });

describe('judgeFor', () => {
  const [gates, tools] = tablesOf(md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', '', '| Tool | Status |', '| - | - |'));

  it('without a config, a preset judges a table that has all its columns', async () => {
    const config = await presets();
    expect([gates, tools].map((table) => judgeFor('a.md', table!, config)?.label)).toEqual(['preset kubevirt-feature-gates', undefined]);
  });

  it('with a config, only the entries decide, by file glob', async () => {
    const config = await withConfig('tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n');
    expect(judgeFor('docs/gates.md', gates!, config)?.label).toBe('tables[0] (preset kubevirt-feature-gates)');
    expect(judgeFor('other/gates.md', gates!, config)).toBeUndefined();
  });

  it('a renamed, dropped or disguised header does not take the table out of an entry', async () => {
    const config = await withConfig('tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n');
    for (const header of ['FEATURE GATE | GRADUATION | STATE', 'FEATURE GATE | GRADUATION', 'FEATURE GATE | GRADUATION | STA\u200bTUS', 'ＦＥＡＴＵＲＥ GATE | GRADUATION | STATUS']) {
      const [table] = tablesOf(md(header, header.split('|').map(() => '--').join('|'), 'AGate | GA | SUPPORTED'));
      expect([header, judgeFor('docs/gates.md', table!, config)?.label]).toEqual([header, 'tables[0] (preset kubevirt-feature-gates)']);
    }
  });

  it('a table that shares fewer columns is another table, left alone with the reason', async () => {
    const config = await withConfig('tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n');
    const [options] = tablesOf(md('| Option | Default |', '| - | - |', '| a | b |'));
    const [half] = tablesOf(md('| FEATURE GATE | Notes |', '| - | - |', '| a | b |'));
    expect(judgeFor('docs/gates.md', options!, config)).toBeUndefined();
    expect(judgeFor('docs/gates.md', half!, config)).toBeUndefined();
    expect(leftAloneReason('docs/gates.md', half!, config)).toBe('tables[0] (preset kubevirt-feature-gates): no "GRADUATION", "STATUS" column');
    expect(leftAloneReason('other.md', half!, config)).toBe('tables[0] (preset kubevirt-feature-gates): the file is not in its files');
  });

  it('under a config of many entries (past the index threshold), the reason names the closest entry, sharing a column or not', async () => {
    // Ten entries of three columns each (Xn | Yn | Zn), then one of two (Solo | Duo) and one more (Feature | Status).
    const entries = Array.from({ length: 10 }, (_, n) => `  - files: ["**"]\n    schema: o.json\n    match: { columns: [X${n}, Y${n}, Z${n}] }\n`).join('');
    const yaml = `tables:\n${entries}  - files: ["**"]\n    schema: o.json\n    match: { columns: [Solo, Duo] }\n  - files: ["**"]\n    schema: o.json\n    match: { columns: [Feature, Status] }\n`;
    const config = await withConfig(yaml, { 'o.json': '{"type": "object"}' });
    const [sharesOne, sharesNone] = tablesOf(md('| X3 | Other | More |', '| - | - | - |', '| a | b | c |', '', '| Alpha | Beta |', '| - | - |', '| a | b |'));
    expect(judgeFor('a.md', sharesOne!, config)).toBeUndefined();
    // Two missing either way: the earlier entry.
    expect(leftAloneReason('a.md', sharesOne!, config)).toBe('tables[3] (schema o.json): no "Y3", "Z3" column');
    expect(leftAloneReason('a.md', sharesNone!, config)).toBe('tables[10] (schema o.json): no "Solo", "Duo" column');
  });

  it('without a config, presets apply only to exact headers', async () => {
    const config = await presets();
    const [renamed] = tablesOf(md('FEATURE GATE | GRADUATION | STATE', '-- | -- | --', 'A | GA | x'));
    expect(judgeFor('a.md', renamed!, config)).toBeUndefined();
    expect(leftAloneReason('a.md', renamed!, config)).toBe('preset kubevirt-feature-gates: no "STATUS" column');
  });

  it('the reader selection agrees with the judge', async () => {
    const config = await withConfig('tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n');
    const selection = selectionFor('docs/gates.md', config);
    expect(selects(selection, gates!.columns)).toBe(true);
    expect(selects(selection, tools!.columns)).toBe(false);
    // The KubeVirt preset reads notes (under a heading); a file no entry applies to needs neither.
    expect([selection.notes, selection.headings]).toEqual([true, true]);
    expect(selectionFor('other.md', config)).toEqual({ candidates: [], notes: false, headings: false });
  });

  it('asks for headings only when an entry matches by heading, reads a legend or notes', async () => {
    const bare = 'tables:\n  - files: ["**"]\n    schema: s.json\n';
    const headingsOf = async (extra: string) => selectionFor('a.md', await withConfig(bare + extra, { 's.json': '{ "type": "object" }' })).headings;
    expect(await headingsOf('')).toBe(false);
    expect(await headingsOf('    match: { heading: Support }\n')).toBe(true);
    expect(await headingsOf('    legend: { heading: Legend, column: Status }\n')).toBe(true);
    expect(await headingsOf('    notes: { heading: Notes }\n')).toBe(true);
  });
});

describe('the best entry judges', () => {
  it('an exact match beats a tolerant one, and the more specific entry beats the more general', async () => {
    const config = await withConfig(
      'tables:\n  - files: ["**"]\n    preset: kata-support-levels\n    match: { columns: [Feature, State, Owners, Notes] }\n  - files: ["**"]\n    preset: kata-support-levels\n    match: { columns: [Feature, State, Owners] }\n',
    );
    const [three, four] = tablesOf(md('| Feature | State | Owners |', '| - | - | - |', '', '| Feature | State | Owners | Notes |', '| - | - | - | - |'));
    expect(judgeFor('a.md', three!, config)?.label).toBe('tables[1] (preset kata-support-levels)');
    expect(judgeFor('a.md', four!, config)?.label).toBe('tables[0] (preset kata-support-levels)');
  });
});

describe('a config of many entries (one per table shape, as init writes for a large page)', () => {
  it('judges each table by the same entry as trying every entry in turn would', async () => {
    const { mayMatch, matchesCandidate } = await import('../../src/markdown/select.js');
    // Entries of 1 to 4 columns from a small set of names, with and without the tolerance of one missing column.
    const names = ['Name', 'Status', 'Owner', 'Since', 'Arch', 'Notes', 'Link'];
    let seed = 7;
    const pick = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const columnsOf = (count: number): string[] => [...new Set(Array.from({ length: count }, () => names[pick(names.length)]!))];
    const candidates = Array.from({ length: 300 }, (_, i) => {
      const columns = i % 50 === 0 ? [] : columnsOf(1 + pick(4));
      return { columns: pick(2) === 0 ? columns.map((c) => c.toUpperCase()) : columns, tolerance: columns.length >= 3 ? pick(2) : 0 };
    });
    for (let t = 0; t < 500; t++) {
      const columns = columnsOf(1 + pick(6));
      const everyOne = candidates.flatMap((candidate, i) => (matchesCandidate(columns, candidate) ? [i] : []));
      const indexed = mayMatch(candidates, columns).filter((i) => matchesCandidate(columns, candidates[i]!));
      expect(indexed).toEqual(everyOne);
    }
    // The prefilter does leave candidates out (else it would be no index).
    expect(mayMatch(candidates, ['Link']).length).toBeLessThan(candidates.length);
  });
});
