/**
 * The engine: one markdown document in, violations out. Pure: no file system,
 * no network, no `@actions/*`.
 */
import type { CompiledConfig, CompiledEntry } from '../config/load.js';
import type { TableOptions } from '../config/types.js';
import { readMarkdownFast as readMarkdown } from '../markdown/fast.js';
import type { MarkdownDocument, Row, Span, Table } from '../markdown/types.js';
import { ruleById, schemaRules, tableRules } from '../rules/index.js';
import type { Finding, TableContext } from '../rules/types.js';
import { columnIndex, fold, rowKeyOf } from '../rules/util.js';
import type { CompiledSchema, SchemaFinding } from '../schema/compile.js';
import { canonicalColumns, toRowObject } from '../schema/row-object.js';
import type { FileResult, Severity, Violation } from './types.js';

/** What judges one table: a schema, its options, and severity overrides. */
interface Judge {
  schema: CompiledSchema;
  options: TableOptions;
  severities: Record<string, Severity | 'off'>;
}

export function lintSource(file: string, source: string, config: CompiledConfig): FileResult {
  return lintDocument(file, readMarkdown(source), config);
}

export function lintDocument(file: string, document: MarkdownDocument, config: CompiledConfig): FileResult {
  const violations: Violation[] = [];
  let tablesChecked = 0;
  const names = tableNames(document.tables);
  for (const table of document.tables) {
    const judge = judgeFor(file, table, config);
    if (!judge) continue;
    tablesChecked++;
    const emit = (rule: string, finding: Finding, schemaSeverity?: Severity): void => {
      const severity = judge.severities[rule] ?? config.severities[rule] ?? schemaSeverity ?? ruleById(rule)?.severity ?? 'error';
      if (severity === 'off') return;
      violations.push(toViolation(file, rule, severity, finding, names.get(table)!));
    };
    checkTable(document, table, judge, emit);
  }
  violations.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, tablesChecked, violations };
}

/** Whether a preset or a config entry applies to the table: what a header alone can tell. */
export const isChecked = (file: string, table: Table, config: CompiledConfig): boolean => judgeFor(file, table, config) !== undefined;

/**
 * With a config file, the first entry whose files, columns and heading match
 * judges the table; without one, a built-in preset whose required columns the
 * table has. Tables nothing matches are left alone.
 */
function judgeFor(file: string, table: Table, config: CompiledConfig): Judge | undefined {
  const entry = config.entries.find((candidate) => entryMatches(candidate, file, table));
  if (entry) return { schema: entry.schema, options: entry.options, severities: entry.severities };
  if (config.configFile !== null || config.entries.length > 0) return undefined;
  const preset = config.presets.find(({ schema }) => hasColumns(table, schema.required));
  return preset && { schema: preset.schema, options: preset.schema.options, severities: preset.schema.options.severities ?? {} };
}

function entryMatches(entry: CompiledEntry, file: string, table: Table): boolean {
  if (!entry.matchesFile(file)) return false;
  if (!hasColumns(table, entry.match?.columns ?? entry.schema.required)) return false;
  const heading = entry.match?.heading;
  return heading === undefined || table.headingPath.some((text) => fold(text).includes(fold(heading)));
}

const hasColumns = (table: Table, columns: readonly string[]): boolean =>
  columns.every((name) => columnIndex(table, name) >= 0);

function checkTable(
  document: MarkdownDocument,
  table: Table,
  judge: Judge,
  emit: (rule: string, finding: Finding, severity?: Severity) => void,
): void {
  const { schema, options } = judge;
  const columns = canonicalColumns(table.columns, schema.properties);
  // Rules and messages speak the schema's column names, not the header's spelling.
  const named: Table = { ...table, columns };
  const rows = dataRows(table, options.groups !== false);
  const keyIndex = options.key === undefined ? 0 : Math.max(0, columnIndex(named, options.key));
  const unknown = options.columns?.unknown ?? (schema.additionalColumns ? 'allow' : 'report');
  const context = (rule: string): TableContext => ({
    document,
    table: named,
    rows,
    options,
    keyIndex,
    expectedColumns: {
      required: options.columns?.required ?? schema.required,
      known: unknown === 'report' ? schema.properties : null,
    },
    report: (finding) => emit(rule, finding),
  });
  for (const rule of tableRules) rule.check(context(rule.meta.id));

  for (const row of rows) {
    const rowKey = rowKeyOf(row, keyIndex);
    for (const finding of onePerCell(schema.validate(toRowObject(table, row, columns), rowKey))) {
      const index = finding.field === undefined ? -1 : columns.indexOf(finding.field);
      const span = index >= 0 ? row.cells[index]!.span : row.span;
      emit(finding.rule, { span, message: finding.message, suggestion: finding.suggestion, field: finding.field, rowKey }, finding.severity);
    }
  }
}

const schemaRulePriority = (rule: string): number => {
  const index = schemaRules.findIndex((meta) => meta.id === rule);
  return index < 0 ? schemaRules.length : index;
};

/**
 * A cell that fails several schema keywords (a wrong URL form fails both the
 * list pattern and the link agreement) gets one finding: the most specific.
 */
function onePerCell(findings: SchemaFinding[]): SchemaFinding[] {
  const best = new Map<string | undefined, SchemaFinding>();
  for (const finding of findings) {
    const current = best.get(finding.field);
    if (!current || schemaRulePriority(finding.rule) < schemaRulePriority(current.rule)) best.set(finding.field, finding);
  }
  return findings.filter((finding) => best.get(finding.field) === finding);
}

/** Rows the rules judge: group and spacer rows label and separate, they are not features. */
function dataRows(table: Table, groups: boolean): Row[] {
  return table.rows.filter((row) => row.kind === 'data' || (row.kind === 'group' && !groups));
}

/**
 * A table's name survives edits elsewhere in the file: its columns, plus `#n`
 * for the n-th table with the same columns.
 */
function tableNames(tables: Table[]): Map<Table, string> {
  const seen = new Map<string, number>();
  return new Map(
    tables.map((table) => {
      const columns = table.columns.join(' | ');
      const n = (seen.get(columns) ?? 0) + 1;
      seen.set(columns, n);
      return [table, n === 1 ? columns : `${columns}#${n}`];
    }),
  );
}

function toViolation(file: string, rule: string, severity: Severity, finding: Finding, table: string): Violation {
  const span: Span = finding.span;
  const violation: Violation = {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    severity,
    rule,
    message: finding.message,
  };
  if (finding.suggestion !== undefined) violation.suggestion = finding.suggestion;
  if (finding.field !== undefined) violation.field = finding.field;
  if (finding.rowKey !== undefined) violation.rowKey = finding.rowKey;
  violation.table = table;
  return violation;
}
