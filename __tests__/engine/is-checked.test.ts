import { loadConfig } from '../../src/config/load.js';
import { isChecked } from '../../src/engine/lint.js';
import { readMarkdown } from '../../src/markdown/read.js';

const tables = readMarkdown(
  ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', '', '| Tool | Status |', '| - | - |', ''].join('\n'),
).tables;

it('without a config, a table is checked when a preset has all its columns', () => {
  const config = loadConfig({ file: null, read: () => undefined });
  expect(tables.map((table) => isChecked('a.md', table, config))).toEqual([true, false]);
});

it('with a config, only the entries decide, by file glob', () => {
  const yaml = 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n';
  const config = loadConfig({ file: 'c.yml', read: () => yaml });
  expect(isChecked('docs/gates.md', tables[0]!, config)).toBe(true);
  expect(isChecked('other/gates.md', tables[0]!, config)).toBe(false);
});
