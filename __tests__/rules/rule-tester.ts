/**
 * ESLint's RuleTester, for table rules: each case is a markdown document and
 * the options of its first table; invalid cases list the exact findings.
 */
import type { TableOptions } from '../../src/config/types.js';
import { readMarkdown } from '../../src/markdown/read.js';
import type { Finding, TableRule } from '../../src/rules/types.js';
import { columnIndex } from '../../src/rules/util.js';

export interface RuleCase {
  name: string;
  markdown: string;
  options?: TableOptions;
  expectedColumns?: { required: string[]; known: string[] | null };
}

export interface InvalidCase extends RuleCase {
  /** `line:column-endColumn`, the message, and any other fields the finding carries. */
  errors: Array<{ at: string; message: string; field?: string; rowKey?: string }>;
}

export function findingsOf(rule: TableRule, testCase: RuleCase): Finding[] {
  const document = readMarkdown(testCase.markdown);
  const table = document.tables[0]!;
  const options = testCase.options ?? {};
  const findings: Finding[] = [];
  rule.check({
    document,
    table,
    rows: table.rows.filter((row) => row.kind === 'data'),
    options,
    keyIndex: options.key === undefined ? 0 : columnIndex(table, options.key),
    expectedColumns: testCase.expectedColumns ?? { required: [], known: null },
    report: (finding) => findings.push(finding),
  });
  return findings;
}

export function testRule(rule: TableRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_, testCase) => {
      expect(findingsOf(rule, testCase)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, testCase) => {
      const actual = findingsOf(rule, testCase).map(({ span, message, field, rowKey }) => ({
        at: span.line === span.endLine ? `${span.line}:${span.column}-${span.endColumn}` : `${span.line}:${span.column}-${span.endLine}:${span.endColumn}`,
        message,
        ...(field === undefined ? {} : { field }),
        ...(rowKey === undefined ? {} : { rowKey }),
      }));
      expect(actual).toEqual(testCase.errors.map((error) => ({ ...error })));
    });
  });
}
