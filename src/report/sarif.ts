/**
 * The `sarif` format: SARIF 2.1.0 in the subset GitHub code scanning reads
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 *
 * Code scanning rejects a run with more than 25,000 results, and no longer
 * accepts several runs of one tool in one file, so past that the run keeps
 * the 25,000 most severe results and says in a tool notification how many it
 * left out and where all of them are (the JSON report).
 */
import type { Fix, Log, ReportingDescriptor, Result } from 'sarif';
import type { LintResult, Severity, Violation } from '../core/types.js';
import { severityRank } from '../core/types.js';
import { allRuleMetas } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { allViolations, type Formatter } from './types.js';

export const INFORMATION_URI = 'https://github.com/support-table-lint/support-table-lint';
/** GitHub code scanning's limit on results per run. */
export const MAX_RESULTS_PER_RUN = 25_000;

const level = (severity: Severity): Result.level => (severity === 'notice' ? 'note' : severity);

const descriptor = (rule: RuleMeta): ReportingDescriptor => ({
  id: rule.id,
  shortDescription: { text: rule.description },
  fullDescription: { text: `${rule.description}${rule.fixable ? ' Some findings of this rule carry a fix (support-table-lint --fix).' : ''}` },
  help: {
    text: `${rule.description} See ${rule.docs}`,
    markdown: `${rule.description}\n\n[Documentation](${rule.docs})`,
  },
  helpUri: rule.docs,
  defaultConfiguration: { level: level(rule.severity) },
  properties: { tags: [rule.type] },
});

// Relative URI reference resolved against %SRCROOT% (the repository root in
// code scanning); each segment is percent-encoded so spaces and `#` survive.
const fileUri = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/** SARIF §3.55: a fix as artifact changes; columns are 1-based and the end column exclusive, as in our spans. */
const sarifFix = (v: Violation): Fix[] =>
  v.fix && v.fixSpan
    ? [
        {
          description: { text: `Fix for ${v.rule}` },
          artifactChanges: [
            {
              artifactLocation: { uri: fileUri(v.file), uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: {
                    startLine: v.fixSpan.line,
                    startColumn: v.fixSpan.column,
                    endLine: v.fixSpan.endLine,
                    endColumn: v.fixSpan.endColumn,
                  },
                  insertedContent: { text: v.fix.text },
                },
              ],
            },
          ],
        },
      ]
    : [];

export function sarifLog(result: LintResult, version: string, rules: readonly RuleMeta[] = allRuleMetas): Log {
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
  const all = allViolations(result);
  const kept =
    all.length <= MAX_RESULTS_PER_RUN
      ? all
      : all
          .map((v, i) => ({ v, i }))
          .sort((a, b) => severityRank(a.v.severity) - severityRank(b.v.severity) || a.i - b.i)
          .slice(0, MAX_RESULTS_PER_RUN)
          .sort((a, b) => a.i - b.i)
          .map(({ v }) => v);
  const compared = result.files.some((file) => file.existing !== undefined);
  const toResult = (v: Violation, extra: Partial<Result> = {}): Result => {
    const fixes = sarifFix(v);
    return {
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
      ...(fixes.length > 0 ? { fixes } : {}),
      ...extra,
    };
  };
  // With a base, what the change introduced is "new" and what was there before "unchanged" (SARIF §3.27.24).
  const results = kept.map((v) => toResult(v, compared ? { baselineState: 'new' } : {}));
  // Suppressed findings are results with their suppressions (§3.27.23), so code scanning shows them dismissed, not gone;
  // pre-existing ones follow, in the room the cap leaves.
  const rest: Result[] = [
    ...result.files.flatMap((file) =>
      file.suppressed.map((v) =>
        toResult(v, {
          suppressions: v.suppressions.map((s) => ({ kind: s.kind === 'directive' ? 'inSource' : 'external', ...(s.justification !== '' ? { justification: s.justification } : {}) })),
        }),
      ),
    ),
    ...result.files.flatMap((file) => (file.existing ?? []).map((v) => toResult(v, { baselineState: 'unchanged' }))),
  ];
  for (const r of rest.slice(0, Math.max(0, MAX_RESULTS_PER_RUN - results.length))) results.push(r);
  const left = all.length + rest.length - results.length;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'support-table-lint', version, informationUri: INFORMATION_URI, rules: descriptors } },
        ...(left > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      message: {
                        text: `${left} of ${all.length + rest.length} results were left out: code scanning accepts at most ${MAX_RESULTS_PER_RUN} per run. The most severe are kept; the JSON report (--format json, or the Action's report-file) holds them all.`,
                      },
                    },
                  ],
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const formatSarif: Formatter = (result, options) => `${JSON.stringify(sarifLog(result, options.version), null, 2)}\n`;
