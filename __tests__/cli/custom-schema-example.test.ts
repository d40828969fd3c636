/**
 * The shipped example of a user's own schema (examples/custom-schema/) works
 * as its comments say: run from the repository root with the bundled CLI.
 */
import { spawnSync } from 'node:child_process';
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
