/**
 * The `sarif` format: SARIF 2.1.0 in the subset GitHub code scanning reads
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { LintResult, Severity, Violation } from '../engine/types.js';
import { allRules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { allViolations, type Formatter } from './types.js';

export const INFORMATION_URI = 'https://github.com/support-table-lint/support-table-lint';

const level = (severity: Severity): Result.level => (severity === 'notice' ? 'note' : severity);

const descriptor = (rule: RuleMeta): ReportingDescriptor => ({
  id: rule.id,
  shortDescription: { text: rule.description },
  helpUri: rule.docs,
  defaultConfiguration: { level: level(rule.severity) },
});

// Relative URI reference resolved against %SRCROOT% (the repository root in
// code scanning); each segment is percent-encoded so spaces and `#` survive.
const fileUri = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

export function sarifLog(result: LintResult, version: string, rules: readonly RuleMeta[] = allRules): Log {
  const descriptors = rules.map(descriptor);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      // Code scanning needs every ruleId described; keep unknown ids usable.
      i = descriptors.push({ id, shortDescription: { text: id } }) - 1;
      index.set(id, i);
    }
    return i;
  };
  const results = allViolations(result).map(
    (v: Violation): Result => ({
      ruleId: v.rule,
      ruleIndex: ruleIndex(v.rule),
      level: level(v.severity),
      message: { text: v.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(v.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: v.line, startColumn: v.column, endLine: v.endLine, endColumn: v.endColumn },
          },
        },
      ],
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'support-table-lint', version, informationUri: INFORMATION_URI, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const formatSarif: Formatter = (result, options) => `${JSON.stringify(sarifLog(result, options.version), null, 2)}\n`;
