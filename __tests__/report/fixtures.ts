import { emptyFileResult, type LintResult, type Violation } from '../../src/core/types.js';

/** A Kata-style table written for these tests, and findings placed on its cells (spans as the reader gives them). */
export const SOURCE = [
  '| Feature | Support State | Maintainers | Notes |',
  '| --- | --- | --- | --- |',
  '| frobnicator | Best effort | | Works on amd64, arm64 |',
  '| widget | Supported | | |',
].join('\n');

export const bestEffort: Violation = {
  file: 'docs/support.md',
  line: 3,
  column: 17,
  endLine: 3,
  endColumn: 28,
  severity: 'error',
  rule: 'allowed-values',
  message: 'Support State "Best effort" of "frobnicator" is not an allowed value; did you mean "Best-effort"?',
  suggestion: 'Best-effort',
  field: 'Support State',
  rowKey: 'frobnicator',
  table: 'Feature | Support State | Maintainers | Notes',
  excerpt: '| frobnicator | Best effort | | Works on amd64, arm64 |',
  fix: { range: [113, 124], text: 'Best-effort' },
  fixSpan: { line: 3, column: 17, endLine: 3, endColumn: 28, offset: 113, endOffset: 124 },
};

export const noMaintainers: Violation = {
  file: 'docs/support.md',
  line: 4,
  column: 23,
  endLine: 4,
  endColumn: 24,
  severity: 'warning',
  rule: 'maintainers-required',
  message: '"widget" is Supported but has no Maintainers.',
  field: 'Maintainers',
  rowKey: 'widget',
  excerpt: '| widget | Supported | | |',
};

export const result: LintResult = {
  files: [
    { ...emptyFileResult('docs/support.md'), tablesChecked: 1, violations: [bestEffort, noMaintainers] },
    { ...emptyFileResult('docs/clean.md'), tablesChecked: 2, tablesLeftAlone: 1 },
  ],
};

/** A result with just these findings, in one file. */
export const only = (...violations: Violation[]): LintResult => ({
  files: [{ ...emptyFileResult(violations[0]?.file ?? 'a.md'), tablesChecked: 1, violations }],
});
