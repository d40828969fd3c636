/**
 * The shipped example of a user's own schema (examples/custom-schema/) works
 * as its comments say: run from the repository root with the bundled CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { JsonReport } from '../../src/report/json.js';

it('examples/custom-schema reports the mistakes its RELEASES.md carries', () => {
  const run = spawnSync(
    process.execPath,
    ['dist/cli.js', '--format', 'json', '--config', 'examples/custom-schema/support-table-lint.yml', 'examples/custom-schema/'],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.violations.map((v) => [v.line, v.column, v.rule, v.field, v.rowKey, v.suggestion])).toEqual([
    [9, 21, 'cell-format', 'End of Life', 'v2.0', undefined],
    [9, 34, 'link-text-url', 'Owners', 'v2.0', undefined],
    [10, 3, 'cell-format', 'Release', '1.9', undefined],
    [10, 9, 'allowed-values', 'Status', '1.9', 'End of Life'],
    [10, 36, 'schema', 'Owners', '1.9', undefined],
    [11, 3, 'unique-key', 'Release', 'v2.1', undefined],
  ]);
  // Only the table under the "Supported releases" heading is judged.
  expect(report.summary).toMatchObject({ files: 1, tables: 1 });
});

it('examples/sources finds a disagreement of each kind with the registry export, and --fix mends what it can', () => {
  const args = ['dist/cli.js', '--format', 'json', '--config', 'examples/sources/support-table-lint.yml', 'examples/sources/'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.violations.map((v) => [v.line, v.rule, v.rowKey, v.suggestion])).toEqual([
    // The renamed gate is one finding: the unknown row's "did you mean" names the item, which is not listed again.
    [7, 'reference-unlisted', 'ImageVolumeGate', undefined],
    [10, 'reference-disagree', 'ExpandDisksGate', 'GA'],
    [12, 'reference-unknown', 'NetworkBindingPlugingsGate', 'NetworkBindingPluginsGate'],
  ]);
  // The dry run fixes the rename (the row, then its note) and the graduation; the missing gate needs a person.
  const fixed = JSON.parse(spawnSync(process.execPath, [...args, '--fix-dry-run'], { encoding: 'utf8' }).stdout) as JsonReport;
  expect(fixed.violations.map((v) => [v.rule, v.rowKey])).toEqual([['reference-unlisted', 'ImageVolumeGate']]);
  expect(fixed.files.find((file) => file.file === 'examples/sources/feature-gates.md')?.output).toContain('- **NetworkBindingPluginsGate**:');
});

it('examples/sources-in-code reads the registry from Go code and finds the same three kinds of disagreement', () => {
  const args = ['dist/cli.js', '--format', 'json', '--config', 'examples/sources-in-code/support-table-lint.yml', 'examples/sources-in-code/'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.violations.map((v) => [v.line, v.rule, v.rowKey, v.suggestion])).toEqual([
    [7, 'reference-unlisted', 'ImageVolumeGate', undefined],
    [10, 'reference-disagree', 'ExpandDisksGate', 'GA'],
    [11, 'reference-disagree', 'HotplugVolumesGate', 'Deprecated'],
    [12, 'reference-unknown', 'NetworkBindingPlugingsGate', 'NetworkBindingPluginsGate'],
  ]);
});

it("the README's patterns for a registry in Go code are the ones the example runs", () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = readFileSync('examples/sources-in-code/support-table-lint.yml', 'utf8');
  const patternsOf = (text: string): string[] => [...text.matchAll(/- '(\(\?m\)[^']*RegisterFeatureGate[^']*)'/g)].map((match) => match[1]!);
  expect(patternsOf(example)).toHaveLength(2);
  expect(patternsOf(readme)).toEqual(patternsOf(example));
});

it("the README's sources example shows lines the CLI really prints", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('<!-- section: truth -->'), readme.indexOf('<!-- /section: truth -->'));
  const shown = /```text\n([^`]*)```/.exec(section)![1]!.trim().split('\n');
  const run = spawnSync(process.execPath, ['dist/cli.js', '--config', 'examples/sources/support-table-lint.yml', 'examples/sources/'], { encoding: 'utf8' });
  const printed = run.stdout.split('\n').map((line) => line.trim());
  for (const line of shown) expect(printed).toContain(line.trim());
});
