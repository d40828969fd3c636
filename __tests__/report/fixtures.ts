import type { LintResult, Violation } from '../../src/engine/types.js';

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
};

export const result: LintResult = {
  files: [
    { file: 'docs/support.md', tablesChecked: 1, violations: [bestEffort, noMaintainers] },
    { file: 'docs/clean.md', tablesChecked: 2, violations: [] },
  ],
};
