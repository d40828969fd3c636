/**
 * The keyed table diff (`support-table-lint diff`, and the Action's
 * "Support changes" section): per table, the rows added, removed, renamed,
 * and changed column by column, so a reviewer reads "amd64: Supported →
 * Best-effort" before any line of the file.
 */
import type { LintResult, TableChange } from '../core/types.js';
import { encodePath, escapeMarkdown as markdownText, markdownCode } from './markdown.js';
import { safeLines, terminalSafe } from './terminal.js';

export interface FileChanges {
  file: string;
  changes: TableChange[];
}

export const changesOf = (result: LintResult): FileChanges[] =>
  result.files.filter((file) => (file.changes?.length ?? 0) > 0).map((file) => ({ file: file.file, changes: file.changes! }));

/** Rows added, removed, renamed, changed or moved in (a column that came or went is shown, not counted). */
const countOf = (change: TableChange): number => change.added.length + change.removed.length + change.renamed.length + change.changed.length + (change.moved?.length ?? 0);

const otherCells = (change: TableChange, cells: Record<string, string>): string =>
  Object.entries(cells)
    .filter(([column]) => column !== change.key)
    .map(([column, value]) => `${column} ${value || '(empty)'}`)
    .join(', ');

/** For a terminal: `+` added, `-` removed, `~` renamed, `*` changed, `>` moved here from another table. */
export function diffText(files: FileChanges[]): string {
  if (files.length === 0) return 'No changes to checked tables.\n';
  // Every name and value comes from a document or a file name: no control character reaches the
  // terminal, and no line starts a workflow command (`safeLines`, once the lines are joined).
  const t = terminalSafe;
  let out = '';
  for (const { file, changes } of files) {
    for (const change of changes) {
      out += `${t(file)}:${change.line}  ${t(change.table)}\n`;
      for (const column of change.columns?.added ?? []) out += `  + column ${t(column)}\n`;
      for (const column of change.columns?.removed ?? []) out += `  - column ${t(column)}\n`;
      for (const row of change.added) out += `  + ${t(row.key)}  (${t(otherCells(change, row.cells))})\n`;
      for (const row of change.removed) out += `  - ${t(row.key)}  (was ${t(otherCells(change, row.cells))})\n`;
      for (const row of change.renamed) out += `  ~ ${t(row.from)} → ${t(row.to)}\n`;
      for (const row of change.moved ?? []) out += `  > ${t(row.key)}  (moved here from the table at line ${row.from})\n`;
      for (const row of change.changed) out += `  * ${t(row.key)}  ${row.columns.map((c) => t(`${c.column}: ${c.from || '(empty)'} → ${c.to || '(empty)'}`)).join(', ')}\n`;
    }
  }
  const total = files.reduce((n, f) => n + f.changes.reduce((m, c) => m + countOf(c), 0), 0);
  return safeLines(`${out}\n${total} row change${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.\n`);
}

/**
 * Markdown, at most `maxChars` characters: whole rows of the tables, then
 * "… N more changes" for what did not fit, so the text is never cut inside
 * a table and never passes a limit it is given.
 */
export function diffMarkdown(files: FileChanges[], options: { maxChars?: number; blobUrl?: string } = {}): string {
  const maxChars = options.maxChars ?? Infinity;
  if (files.length === 0) return '_No changes to checked tables._\n';
  const lines: string[] = [];
  let size = 0;
  let left = 0;
  const reserve = 80;
  const push = (line: string): boolean => {
    if (size + line.length + 1 + reserve > maxChars) return false;
    lines.push(line);
    size += line.length + 1;
    return true;
  };
  for (const { file, changes } of files) {
    for (const change of changes) {
      const rows: string[] = [
        ...(change.columns?.added ?? []).map((column) => `| column added | ${markdownText(column)} | |`),
        ...(change.columns?.removed ?? []).map((column) => `| column removed | ${markdownText(column)} | |`),
        ...change.changed.map((row) => `| changed | ${markdownText(row.key)} | ${row.columns.map((c) => `${markdownText(c.column)}: ${markdownText(c.from || '(empty)')} → **${markdownText(c.to || '(empty)')}**`).join('; ')} |`),
        ...change.added.map((row) => `| added | ${markdownText(row.key)} | ${markdownText(otherCells(change, row.cells))} |`),
        ...change.removed.map((row) => `| removed | ${markdownText(row.key)} | was ${markdownText(otherCells(change, row.cells))} |`),
        ...change.renamed.map((row) => `| renamed | ${markdownText(row.from)} → ${markdownText(row.to)} | |`),
        ...(change.moved ?? []).map((row) => `| moved here | ${markdownText(row.key)} | from the table at line ${row.from} |`),
      ];
      const where = options.blobUrl ? `[${markdownText(`${file}:${change.line}`)}](${options.blobUrl}${encodePath(file)}#L${change.line})` : markdownText(`${file}:${change.line}`);
      const head = [`**${where}** <code>${markdownCode(change.table)}</code>`, '', `| change | ${markdownText(change.key)} | what |`, '| --- | --- | --- |'];
      const headSize = head.reduce((n, line) => n + line.length + 1, 0);
      if (left > 0 || size + headSize + reserve > maxChars) {
        left += rows.length;
        continue;
      }
      head.forEach(push);
      for (const row of rows) {
        if (left > 0 || !push(row)) left++;
      }
      push('');
    }
  }
  if (left > 0) lines.push(`_… ${left} more change${left === 1 ? '' : 's'} not shown here (size limit); \`support-table-lint diff --base <base> --format json\` lists them all._`);
  return `${lines.join('\n')}\n`;
}

export const diffJson = (files: FileChanges[]): string => `${JSON.stringify({ files }, null, 2)}\n`;
