import type { Violation } from '../../src/core/types.js';

/** A violation with sensible defaults for the fields a test does not care about. */
export const v = (over: Partial<Violation>): Violation => ({
  file: 'docs/gates.md',
  line: 10,
  column: 3,
  endLine: 10,
  endColumn: 12,
  severity: 'error',
  rule: 'allowed-values',
  message: 'message',
  table: 'FEATURE GATE | GRADUATION | STATUS',
  ...over,
});
