/**
 * The row objects a schema sees (`support-table-lint rows`), so a schema can
 * be written without guessing what `1.33<sup>EOL</sup>` or a cell of team
 * links becomes. Each table's rows, with the columns as the judging preset
 * or entry names them (the header's own names for a table nothing judges).
 */
import type { CompiledConfig } from '../config/load.js';
import { readMarkdownFast } from '../markdown/fast.js';
import { canonicalColumns, printableRow, toRowObject, type RowObject } from '../schema/row-object.js';
import { judgeFor } from './judge.js';
import { tableNames } from './lint.js';

export interface RowLine {
  file: string;
  line: number;
  /** The table's name (its columns), as findings name it. */
  table: string;
  /** What checks the table, or null when nothing does. */
  judgedBy: string | null;
  kind: 'data' | 'group' | 'spacer' | 'header';
  group: string | null;
  row: RowObject;
}

export function rowLines(file: string, source: string, config: CompiledConfig): RowLine[] {
  const document = readMarkdownFast(source);
  const names = tableNames(document.tables);
  const out: RowLine[] = [];
  for (const table of document.tables) {
    const judge = judgeFor(file, table, config);
    const columns = judge ? canonicalColumns(table.columns, judge.schema.properties, judge.schema.spellings, judge.schema.patterns) : table.columns;
    const groups = judge?.options.groups !== false;
    for (const row of table.rows) {
      out.push({
        file,
        line: row.span.line,
        table: names.get(table)!,
        judgedBy: judge?.label ?? null,
        // With `groups: false` a bold row is judged as data, and is shown so.
        kind: row.kind === 'group' && !groups ? 'data' : row.kind,
        group: groups ? row.group : null,
        row: printableRow(toRowObject(table, groups ? row : { ...row, group: null }, columns)),
      });
    }
  }
  return out;
}
