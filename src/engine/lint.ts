/**
 * One parsed document in, findings out: each table is judged (judge.ts),
 * then the table rules run on it and every data row is validated against
 * the judge's schema, each schema error going to the rule that claims it.
 * Pure: no file system, no network, no `@actions/*`.
 */
import type { CompiledConfig } from '../config/load.js';
import { GROUP_COLUMN, type Finding, type Fix, type SeverityOrOff, type Span, type TableCoverage, type Violation } from '../core/types.js';
import type { MarkdownDocument, Row, Table } from '../markdown/types.js';
import { columnKey } from '../markdown/select.js';
import { ruleById, runRules, schemaRules, tableRules } from '../rules/index.js';
import { formatMessage, type NearMiss, type Report, type RuleMeta, type RunFacts, type TableContext } from '../rules/types.js';
import { columnIndex, headerSpan, quoteList, rowKeyOf } from '../rules/util.js';
import { unknownColumn } from '../rules/unknown-column.js';
import { canonicalColumns, columnOf, toRowObject } from '../schema/row-object.js';
import type { RowError } from '../schema/validate.js';
import { bidiFindings, headerInvisible } from '../rules/header-invisible.js';
import { pageSpelling } from './spelling.js';
import { dataRows } from '../markdown/rows.js';
import { judgeFor, leftAloneReason, nearMiss, siblingMiss, type Judge } from './judge.js';
import { CheckBudgetError, withCheckDeadline } from '../schema/regex.js';

export interface DocumentLint {
  violations: Violation[];
  coverage: TableCoverage[];
  tablesChecked: number;
  /** The judge of each judged table, by table index (suppressions and change rules need it). */
  judges: Map<number, Judge>;
  /** Where each line of the source starts (see `lineIndex`), for the findings made after this step. */
  lines: number[];
  /** Why the check stopped before the end (its time budget, a pattern too costly for a cell): the findings made until then are kept. */
  expired?: string;
}

/**
 * Checks the document's tables. `budgetMs` bounds the check as the parse is
 * bounded: schema patterns stop matching past it (regex.ts), the tables not
 * yet checked are left, and `expired` says why.
 */
export function lintDocument(file: string, source: string, document: MarkdownDocument, config: CompiledConfig, budgetMs = Infinity): DocumentLint {
  const deadline = Date.now() + budgetMs;
  const lines = lineIndex(source);
  const out: DocumentLint = { violations: [], coverage: [], tablesChecked: 0, judges: new Map(), lines };
  const names = tableNames(document.tables);
  const shapes = new Map<string, Shape>();
  const alone: { table: Table; near: NearMiss | undefined }[] = [];
  // The first table each judge checks at each width: a page of 100,000 tiny tables must not compare every pair.
  const judged: { table: Table; judge: Judge }[] = [];
  const judgedWidths = new Set<string>();
  for (const table of document.tables) {
    const shape = shapeOf(shapes, file, table, config);
    const { judge } = shape;
    if (!judge) {
      shape.alone ??= { reason: leftAloneReason(file, table, config), near: nearMiss(file, table, config) };
      const { reason, near } = shape.alone;
      out.coverage.push({ line: table.span.line, columns: table.columns, reason, rows: table.skipped ? 0 : table.rows.length });
      // A header disguised with bidirectional controls may be why nothing judges it: said on every table.
      const bidiSeverity = severityOf(config, headerInvisible.meta.id);
      if (bidiSeverity !== 'off') {
        for (const report of bidiFindings(source, table)) {
          out.violations.push(toViolation(file, headerInvisible.meta.id, bidiSeverity, toFinding(headerInvisible.meta, report), lines, source, names.get(table)!, table.index));
        }
      }
      alone.push({ table, near });
      continue;
    }
    out.tablesChecked++;
    out.judges.set(table.index, judge);
    const width = `${judge.label}\u0000${table.columns.length}`;
    if (!judgedWidths.has(width)) {
      judgedWidths.add(width);
      judged.push({ table, judge });
    }
    out.coverage.push({ line: table.span.line, columns: table.columns, judgedBy: judge.label, rows: table.rows.length });
    const emit = (meta: RuleMeta, report: Report, schemaSeverity?: SeverityOrOff): void => {
      const severity = judge.severities[meta.id] ?? config.severities[meta.id] ?? report.severity ?? schemaSeverity ?? meta.severity;
      if (severity === 'off') return;
      const finding = toFinding(meta, report);
      out.violations.push(toViolation(file, meta.id, severity, finding, lines, source, names.get(table)!, table.index));
    };
    if (out.expired !== undefined) continue;
    try {
      if (Date.now() > deadline) throw new CheckBudgetError('the check ran past its deadline');
      withCheckDeadline(deadline, () => checkTable(source, document, table, judge, config, emit));
    } catch (error) {
      if (!(error instanceof CheckBudgetError)) throw error;
      out.expired = `${error.message}, in the table at line ${table.span.line}`;
    }
  }
  // Said once the page's judged tables are known: a table left alone may be one of theirs with a header renamed.
  for (const { table, near } of alone) {
    const miss = near ?? siblingMiss(table, judged);
    runRunRules({ leftAlone: { table, ...(miss ? { near: miss } : {}) } }, config, (meta, severity, report) =>
      out.violations.push(toViolation(file, meta.id, severity, toFinding(meta, report), lines, source, names.get(table)!, table.index)),
    );
  }
  out.violations.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}

/**
 * A row with more cells than the header (a `|` in a code span splits a cell,
 * as GFM does) has cells that are not the columns they stand under: a fix
 * of one of them (`\`ga` → `GA`) would mend a fragment. Such fixes inside one
 * row are dropped (the findings stay, and column-count's own fix is kept).
 */
function withoutFixesInMisalignedRows(table: Table, emit: (meta: RuleMeta, report: Report, severity?: SeverityOrOff) => void): typeof emit {
  const misaligned = table.rows.filter((row) => row.sourceCellCount > table.columns.length);
  if (misaligned.length === 0) return emit;
  const within = (fix: Fix | undefined): boolean => fix !== undefined && misaligned.some((row) => fix.range[0] >= row.span.offset && fix.range[1] <= row.span.endOffset);
  return (meta, report, severity) => {
    if (meta.id === 'column-count' || !(within(report.fix) || within(report.fixAlone))) return emit(meta, report, severity);
    const { fix: _fix, fixAlone: _fixAlone, ...rest } = report;
    emit(meta, rest, severity);
  };
}

/** How a table of one shape is judged, or why it is left alone. */
interface Shape {
  judge: Judge | undefined;
  alone?: { reason: string; near: ReturnType<typeof nearMiss> };
}

/** Shapes remembered per document, at most: a page of distinct headers must not grow the map without end. */
const MAX_SHAPES = 4096;

/**
 * The judge of a table, asked once per shape: judging depends only on the
 * file, the columns and the headings above the table. A page of 1,000,000
 * tiny tables has few shapes, and each question builds sets of columns per
 * config entry.
 */
function shapeOf(shapes: Map<string, Shape>, file: string, table: Table, config: CompiledConfig): Shape {
  // JSON, not a join: a header cell or heading may hold any character a separator would be (`\u0001`).
  const key = JSON.stringify(table.headingPath.length === 0 ? table.columns : [table.columns, table.headingPath]);
  let shape = shapes.get(key);
  if (shape === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shape = { judge: judgeFor(file, table, config) };
    shapes.set(key, shape);
  }
  return shape;
}

function checkTable(
  source: string,
  document: MarkdownDocument,
  table: Table,
  judge: Judge,
  config: CompiledConfig,
  emitAny: (meta: RuleMeta, report: Report, severity?: SeverityOrOff) => void,
): void {
  const emit = withoutFixesInMisalignedRows(table, emitAny);
  const sources = config.sourceData;
  const { schema, options } = judge;
  const columns = canonicalColumns(table.columns, schema.properties, schema.spellings, schema.patterns);
  // Rules and messages speak the schema's column names, not the header's spelling.
  const named: Table = { ...table, columns };
  const rows = dataRows(source, table, options.groups !== false);
  const keyIndex = options.key === undefined ? 0 : Math.max(0, columnIndex(named, options.key));
  const unknown = options.columns?.unknown ?? (schema.additionalColumns ? 'allow' : 'report');
  const spelt = documentSpelling(source, document, table, named, options, schema.enums);
  const base: Omit<TableContext, 'report'> = {
    source,
    document,
    table: named,
    rows,
    options,
    keyIndex,
    expectedColumns: {
      required: requiredColumns(options.columns?.required ?? schema.required, judge.entry?.match?.columns),
      known: unknown === 'report' ? schema.properties : null,
      patterns: schema.patterns,
      named: schema.properties,
      builtIn: options.columns?.required === undefined && (judge.entry === undefined || judge.entry.presetColumns === true),
    },
    sources,
    enums: spelt.enums,
    ...(spelt.legend ? { legend: spelt.legend } : {}),
    ...(spelt.legendColumn !== undefined ? { legendColumn: spelt.legendColumn } : {}),
    ...(spelt.spelling ? { spelling: spelt.spelling } : {}),
  };
  // One context for all the rules, its report speaking for the rule that runs (rules report while
  // they run): a copy per rule and table was most of the time on a page of 200,000 tiny tables.
  let running = tableRules[0]!.meta;
  // Findings the schema may make twice wait for the schema's own (Report.unlessSchemaSays).
  const deferred: { meta: RuleMeta; report: Report }[] = [];
  const context: TableContext = { ...base, report: (report) => (report.unlessSchemaSays ? deferred.push({ meta: running, report }) : emit(running, report)) };
  for (const rule of tableRules) {
    // A rule turned off for the table does not run: nothing it reports could show, and a rule that
    // speaks for the page once (note-unknown-key) must leave that to a table where it is on.
    if ((judge.severities[rule.meta.id] ?? config.severities[rule.meta.id]) === 'off') continue;
    running = rule.meta;
    rule.check(context);
  }

  const namesSaid = new Set<string>();
  const schemaSaid = new Set<number>();
  // A schema on `$group` judges a group row's label: said once per group, on the group row.
  let groupRows: Map<string, Row> | undefined;
  const groupsSaid = new Set<string>();
  for (const row of rows) {
    const rowKey = rowKeyOf(row, keyIndex);
    const reported: { meta: RuleMeta; report: Report; severity: SeverityOrOff | undefined; rank: number }[] = [];
    for (const error of schema.validate(spelt.rowObject(row))) {
      // A column name the schema's propertyNames refuses is the header's: said once, on its header cell.
      const refused = error.params['propertyName'];
      if (typeof refused === 'string' && error.instancePath === '') {
        if (!namesSaid.has(refused)) {
          namesSaid.add(refused);
          const index = columns.indexOf(refused);
          const problem = error.keyword === 'enum' && Array.isArray(error.schema) ? `it allows only ${quoteList(error.schema.map(String), 20)}` : error.keyword === 'pattern' ? `a name must match ${String(error.schema)}` : (error.ajvMessage ?? `fails ${error.keyword}`);
          // The schema's own rule, not a column nobody named: an error, as its other keywords are (x-severity aside).
          emit(unknownColumn.meta, { span: index >= 0 ? table.header[index]!.span : headerSpan(table), field: refused, messageId: 'propertyNames', data: { column: refused, problem }, severity: error.severity ?? 'error' });
        }
        continue;
      }
      spelt.restore(error, row);
      // Another spelling of a column in the schema (canonicalColumns' aliases) is still that column.
      if (error.field !== undefined) error.field = columnOf(columns, error.field);
      let place: Span | undefined;
      if (error.instancePath === `/${GROUP_COLUMN}` && row.group !== null) {
        if (groupsSaid.has(row.group)) continue;
        groupsSaid.add(row.group);
        groupRows ??= groupRowsOf(table);
        const labelled = groupRows.get(row.group);
        place = labelled?.cells.find((cell) => cell.text !== '')?.span ?? labelled?.span;
        error.field = GROUP_COLUMN;
      }
      const rank = schemaRules.findIndex((rule) => rule.claims(error));
      const rule = schemaRules[rank]!;
      const index = error.field === undefined ? -1 : columns.indexOf(error.field);
      const cell = index >= 0 ? row.cells[index] : undefined;
      // A group's finding is the group's, whichever of its rows showed it.
      const key = place !== undefined ? row.group! : rowKey;
      rule.check({
        source,
        table: named,
        row,
        rowKey: key,
        keyColumn: columns[keyIndex] ?? '',
        error,
        cell,
        span: place ?? cell?.span ?? row.span,
        report: (report) => reported.push({ meta: rule.meta, report: { field: error.field, rowKey: key, ...report }, severity: error.severity, rank }),
      });
    }
    for (const { meta, report, severity } of onePerCell(reported)) {
      if (deferred.length > 0) schemaSaid.add(report.span.offset);
      emit(meta, report, severity);
    }
  }
  for (const { meta, report } of deferred) if (!schemaSaid.has(report.span.offset)) emit(meta, report);
}

/**
 * The columns a judged table must have: the schema's (or `columns.required`),
 * and the entry's `match.columns`, which a table may lack one of and still
 * be judged (judge.ts): that one is reported, not let go.
 */
function requiredColumns(required: string[], matched: readonly string[] | undefined): string[] {
  if (matched === undefined || matched.length === 0) return required;
  const have = new Set(required.map(columnKey));
  const extra = matched.filter((name) => !have.has(columnKey(name)));
  return extra.length === 0 ? required : [...required, ...extra];
}

/**
 * A table whose document defines the values of a column in a legend that
 * spells some of them otherwise than the schema (the schema's `Best-effort`,
 * the page's `Best effort`) is judged in the document's spelling: the
 * legend's spelling passes, the schema's fails as a variant, and messages
 * and fixes name the legend's. Ajv's schema is compiled once, so the row
 * object swaps the two spellings and the errors get the cell's own text back.
 */
function documentSpelling(source: string, document: MarkdownDocument, table: Table, named: Table, options: Judge['options'], enums: Readonly<Record<string, string[]>>) {
  const { legend, legendColumn, spelling } = pageSpelling(source, document, table, named, options, enums);
  const plain = { enums, legend, legendColumn, spelling, rowObject: (row: Row) => toRowObject(table, row, named.columns), restore: (_error: RowError, _row: Row) => {} };
  if (!spelling) return plain;
  const { column, toPage } = spelling;
  const index = named.columns.indexOf(column);
  const swap = new Map([...toPage, ...spelling.toSchema]);
  const spell = (value: unknown): unknown => (typeof value === 'string' ? (toPage.get(value) ?? value) : value);
  // Two schema values the legend writes one way (`In-progress`, `In progress` → `In Progress`) are one value here.
  const once = <T>(values: T[]): T[] => [...new Set(values)];
  return {
    ...plain,
    enums: { ...enums, [column]: once(enums[column]!.map((value) => toPage.get(value) ?? value)) },
    rowObject(row: Row) {
      const object = toRowObject(table, row, named.columns);
      const text = object[column];
      if (typeof text === 'string') object[column] = swap.get(text) ?? text;
      return object;
    },
    restore(error: RowError, row: Row) {
      if (error.field !== column || error.instancePath !== `/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`) return;
      const text = row.cells[index]?.text;
      if (error.value !== undefined && text !== undefined) error.value = text;
      if (error.keyword === 'enum' && Array.isArray(error.schema)) error.schema = once(error.schema.map(spell));
      if (error.keyword === 'const') error.params = { ...error.params, allowedValue: spell(error.params['allowedValue']) };
    },
  };
}

/**
 * A cell that fails several schema keywords (a wrong URL form fails both the
 * list pattern and the link agreement) gets one finding per severity: the
 * one from the most specific rule. A keyword its schema marks as a notice
 * (`x-severity`) hides no error of another keyword on the same cell. The
 * same message twice (two links, same mistake) is said once.
 */
function onePerCell<T extends { report: Report; rank: number; meta: RuleMeta; severity: SeverityOrOff | undefined }>(reported: T[]): T[] {
  const groupOf = ({ report, meta, severity }: T): string => `${report.field ?? ''}\0${severity ?? meta.severity}`;
  const best = new Map<string, number>();
  for (const item of reported) best.set(groupOf(item), Math.min(item.rank, best.get(groupOf(item)) ?? Infinity));
  const seen = new Set<string>();
  return reported.filter((item) => {
    const { report, rank, meta } = item;
    if (best.get(groupOf(item)) !== rank) return false;
    const key = `${meta.id}\0${report.field}\0${formatMessage(meta.messages[report.messageId] ?? '', report.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}


/**
 * A table's name survives edits elsewhere in the file: its columns, plus `#n`
 * for the n-th table with the same columns.
 */
export function tableNames(tables: readonly Table[]): Map<Table, string> {
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

/** A rule's report with its message filled in. */
export function toFinding(meta: RuleMeta, report: Report): Finding {
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown message id "${report.messageId}"`);
  const finding: Finding = { span: report.span, message: formatMessage(template, report.data) };
  if (report.suggestion !== undefined) finding.suggestion = report.suggestion;
  if (report.field !== undefined) finding.field = report.field;
  if (report.rowKey !== undefined) finding.rowKey = report.rowKey;
  if (report.fix !== undefined) finding.fix = report.fix;
  if (report.fixAlone !== undefined) finding.fixAlone = report.fixAlone;
  return finding;
}

/** The start offset of every line, to cut a violation's source line out for excerpts. */
export function lineIndex(source: string): number[] {
  const starts = [0];
  // Without a CR, every line ends at a LF: found by indexOf, several times faster than a loop over characters.
  if (!source.includes('\r')) {
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 || (code === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of an offset. */
export function locate(lines: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lines[low]! + 1 };
}

export function lineText(source: string, lines: readonly number[], line: number): string | undefined {
  const start = lines[line - 1];
  if (start === undefined) return undefined;
  let end = lines[line] ?? source.length;
  // Without the line ending, cut in one slice (a slice of a long text shares its characters).
  if (end > start && source.charCodeAt(end - 1) === 10) end--;
  if (end > start && source.charCodeAt(end - 1) === 13) end--;
  return source.slice(start, end);
}

/** A finding as reported: where, which rule, how severe, with the line it is on and, for a table's finding, which table. */
/**
 * The longest text a finding's identity keeps as written (core/gate.ts): a
 * cell, a key, a header, a row; a longer line is kept as its digest. (The
 * text is a slice of the file's, no copy; hashing every row-long span of a
 * small page would load node:crypto on its start-up.)
 */
const MAX_IDENTITY_TEXT = 4_096;

/**
 * A long text's SHA-256, for a finding's identity: node:crypto is loaded
 * only by a run that has such a finding (a small file's run never pays its
 * start-up), through `process.getBuiltinModule`, which is synchronous.
 */
function digest(text: string): string {
  const crypto = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:crypto') as typeof import('node:crypto') | undefined;
  if (crypto) return `sha256:${crypto.createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  // A node without it (before 20.16): the text's length and ends, which a rewrite of the cell almost always changes.
  return `${text.length}:${text.slice(0, 100)}…${text.slice(-100)}`;
}

export function toViolation(
  file: string,
  rule: string,
  severity: Violation['severity'],
  finding: Finding,
  lines?: readonly number[],
  source?: string,
  table?: string,
  tableIndex?: number,
): Violation {
  const { span } = finding;
  const violation: Violation = {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    severity,
    rule,
    message: finding.message,
    offset: span.offset,
    endOffset: span.endOffset,
  };
  if (finding.suggestion !== undefined) violation.suggestion = finding.suggestion;
  if (finding.field !== undefined) violation.field = finding.field;
  if (finding.rowKey !== undefined) violation.rowKey = finding.rowKey;
  if (finding.fix !== undefined) violation.fix = finding.fix;
  if (lines && source !== undefined) {
    if (finding.fix) violation.fixSpan = spanOfRange(lines, finding.fix.range);
    if (finding.fixAlone) violation.fixAlone = { fix: finding.fixAlone, fixSpan: spanOfRange(lines, finding.fixAlone.range) };
    const excerpt = lineText(source, lines, span.line);
    if (excerpt !== undefined) violation.excerpt = excerpt;
  }
  if (source !== undefined && span.line === span.endLine && span.endOffset > span.offset) {
    const text = source.slice(span.offset, span.endOffset);
    // A longer cell is kept as a digest: rewriting a long cell into another wrong value is the change's own finding too.
    violation.text = text.length <= MAX_IDENTITY_TEXT ? text : digest(text);
  }
  if (table !== undefined) violation.table = table;
  if (tableIndex !== undefined) violation.tableIndex = tableIndex;
  return violation;
}

/** The lines and columns of a fix's range. */
function spanOfRange(lines: readonly number[], [offset, endOffset]: readonly [number, number]): Span {
  const start = locate(lines, offset);
  const end = locate(lines, endOffset);
  // Spelled out, not spread: V8 gives each `{ ...start, … }` here a hidden
  // class of its own, and 50,000 of them cost 13 MB (seen in a heap snapshot).
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
}

/** Severity of a rule for a finding outside any table (file problems, suppressions). */
export const severityOf = (config: CompiledConfig, id: string): SeverityOrOff => config.severities[id] ?? ruleById(id)?.severity ?? 'error';

/**
 * Runs the run rules on one fact of the run. A rule the config turns off
 * does not run; a report's own severity yields to the config's.
 */
export function runRunRules(facts: RunFacts, config: CompiledConfig, emit: (meta: RuleMeta, severity: Violation['severity'], report: Report) => void): void {
  for (const rule of runRules) {
    const severity = severityOf(config, rule.meta.id);
    if (severity === 'off') continue;
    rule.check({
      facts,
      report: (report) => {
        const chosen = config.severities[rule.meta.id] ?? report.severity ?? severity;
        if (chosen !== 'off') emit(rule.meta, chosen, report);
      },
    });
  }
}

/** Each group label's group row (the first that carries it), found once per table that needs it. */
function groupRowsOf(table: Table): Map<string, Row> {
  const out = new Map<string, Row>();
  let current: Row | undefined;
  for (const row of table.rows) {
    if (row.kind === 'group') current = row;
    else if (row.group !== null && current !== undefined && !out.has(row.group)) out.set(row.group, current);
  }
  return out;
}
