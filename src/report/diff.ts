/**
 * The keyed table diff (`support-table-lint diff`, and the Action's
 * "Support changes" section): per table, the rows added, removed, renamed,
 * and changed column by column, so a reviewer reads "amd64: Supported →
 * Best-effort" before any line of the file.
 */
import { GROUP_COLUMN, type LintResult, type TableChange } from '../core/types.js';
import { encodePath, escapeMarkdown as markdownText, markdownCode } from './markdown.js';
import { safeLines, terminalSafe } from './terminal.js';
import { revealed } from '../markdown/lookalikes.js';
import { INVISIBLE } from '../markdown/read.js';

export interface FileChanges {
  file: string;
  /** The change deleted the file: every table listed is gone, and its line is the base version's. */
  deleted?: true;
  /** The file's path at the base, when the change renamed it. */
  from?: string;
  /** With `deleted`: the change renamed the file to this path, which the run does not lint. */
  to?: string;
  /**
   * The file could not be compared with its base (this version or the one
   * before could not be read), and why: its tables may have changed in ways
   * no list here shows, so it is listed, never left out as unchanged.
   */
  notCompared?: string;
  changes: TableChange[];
}

export const changesOf = (result: LintResult): FileChanges[] =>
  result.files
    .filter((file) => (file.changes?.length ?? 0) > 0 || file.notCompared !== undefined)
    .map((file) => ({
      file: file.file,
      ...(file.deleted ? { deleted: true as const } : {}),
      ...(file.deleted && file.renamedTo !== undefined ? { to: file.renamedTo } : {}),
      ...(file.renamedFrom !== undefined ? { from: file.renamedFrom } : {}),
      ...(file.notCompared !== undefined ? { notCompared: file.notCompared } : {}),
      changes: file.changes ?? [],
    }));

/** Files that could not be compared with their base. */
export const notCompared = (files: FileChanges[]): FileChanges[] => files.filter((file) => file.notCompared !== undefined);
const NOT_COMPARED = 'not compared with its version before this change, so changes to its tables are not listed; review them by hand';

/** What the change did to the file itself, if anything: ` (file deleted)`, ` (renamed from docs/old.md)`. */
const fileNote = ({ deleted, from, to }: FileChanges): string =>
  deleted ? (to !== undefined ? ` (renamed to ${to}, not checked)` : ' (file deleted)') : from !== undefined ? ` (renamed from ${from})` : '';

/**
 * A table's rows by kind of change, in the one order every format shows
 * them: changed values first (what a reviewer asks about: "amd64: Supported
 * → Best-effort"), then rows added, removed, renamed, and moved here.
 */
type Shown =
  | { kind: 'changed'; row: TableChange['changed'][number] }
  | { kind: 'added'; row: TableChange['added'][number] }
  | { kind: 'removed'; row: TableChange['removed'][number] }
  | { kind: 'renamed'; row: TableChange['renamed'][number] }
  | { kind: 'moved'; row: NonNullable<TableChange['moved']>[number] };

const shownRows = (change: TableChange): Shown[] => [
  ...change.changed.map((row) => ({ kind: 'changed' as const, row })),
  ...change.added.map((row) => ({ kind: 'added' as const, row })),
  ...change.removed.map((row) => ({ kind: 'removed' as const, row })),
  ...change.renamed.map((row) => ({ kind: 'renamed' as const, row })),
  ...(change.moved ?? []).map((row) => ({ kind: 'moved' as const, row })),
];

/** Rows added, removed, renamed, changed or moved in (a column that came or went is shown, not counted). */
const countOf = (change: TableChange): number => change.added.length + change.removed.length + change.renamed.length + change.changed.length + (change.moved?.length ?? 0);

const otherCells = (change: TableChange, cells: Record<string, string>): string => {
  // The key names the row already: one column, or the columns `unique.by` tells rows apart by (`Release + Platform`).
  const named = new Set(change.key in cells ? [change.key] : change.key.split(' + '));
  return Object.entries(cells)
    .filter(([column]) => !named.has(column))
    .map(([column, value]) => `${column} ${value || '(empty)'}`)
    .join(', ');
};

/** A row as the diff names it: its key, and the group it sits under when the key names more than one row (`Safe for concurrent calls (in Tracer)`). */
const rowName = (row: { key: string; group?: string }): string => (row.group === undefined ? row.key : `${row.key} (in ${row.group})`);

/** A changed column as the diff names it: a row's move between groups is `group`, as a reader of the table sees it. */
const columnChange = (change: { column: string; from: string; to: string }): { column: string; from: string; to: string } =>
  change.column === GROUP_COLUMN ? { column: 'group', from: change.from || '(none)', to: change.to || '(none)' } : { column: change.column, from: change.from || '(empty)', to: change.to || '(empty)' };

/** For a terminal: `+` added, `-` removed, `~` renamed, `*` changed, `>` moved here from another table. */
export function diffText(files: FileChanges[]): string {
  if (files.length === 0) return 'No changes to checked tables.\n';
  // Every name and value comes from a document or a file name: no control character reaches the
  // terminal, and no line starts a workflow command (`safeLines`, once the lines are joined).
  const t = terminalSafe;
  let out = '';
  for (const fileChanges of files) {
    if (fileChanges.notCompared !== undefined) out += `${t(fileChanges.file)}  ${NOT_COMPARED}: ${t(fileChanges.notCompared)}\n`;
    for (const change of fileChanges.changes) {
      out += `${t(`${fileChanges.file}:${change.line}${fileNote(fileChanges)}`)}  ${t(change.table)}\n`;
      for (const column of change.columns?.added ?? []) out += `  + column ${t(column)}\n`;
      for (const column of change.columns?.removed ?? []) out += `  - column ${t(column)}\n`;
      for (const shown of shownRows(change)) out += `  ${t(textRow(change, shown))}\n`;
    }
  }
  const total = files.reduce((n, f) => n + f.changes.reduce((m, c) => m + countOf(c), 0), 0);
  const changed = files.filter((file) => file.changes.length > 0).length;
  const unseen = notCompared(files).length;
  const also = unseen === 0 ? '' : `; ${unseen} file${unseen === 1 ? '' : 's'} not compared`;
  return safeLines(`${out}\n${total} row change${total === 1 ? '' : 's'} in ${changed} file${changed === 1 ? '' : 's'}${also}.\n`);
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
  for (const fileChanges of files) {
    const { file, deleted, changes } = fileChanges;
    if (fileChanges.notCompared !== undefined && !push(`**${markdownText(file)}** ${NOT_COMPARED}: ${markdownText(fileChanges.notCompared)}`)) left++;
    else if (fileChanges.notCompared !== undefined) push('');
    for (const change of changes) {
      const rows: string[] = [
        ...(change.columns?.added ?? []).map((column) => `| column added | ${markdownText(column)} | |`),
        ...(change.columns?.removed ?? []).map((column) => `| column removed | ${markdownText(column)} | |`),
        ...shownRows(change).map((shown) => markdownRow(change, shown)),
      ];
      // A deleted file has no blob at the head to link to.
      const place = `${file}:${change.line}`;
      const where =
        (options.blobUrl && !deleted ? `[${markdownText(place)}](${options.blobUrl}${encodePath(file)}#L${change.line})` : markdownText(place)) + markdownText(fileNote(fileChanges));
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

/** One row of the terminal diff: `+` added, `-` removed, `~` renamed, `*` changed, `>` moved here. */
function textRow(change: TableChange, shown: Shown): string {
  switch (shown.kind) {
    case 'changed':
      return `* ${rowName(shown.row)}  ${shown.row.columns.map(columnChange).map((c) => `${c.column}: ${c.from} → ${c.to}`).join(', ')}`;
    case 'added':
      return `+ ${rowName(shown.row)}  (${otherCells(change, shown.row.cells)})`;
    case 'removed':
      return `- ${rowName(shown.row)}  (was ${otherCells(change, shown.row.cells)})`;
    case 'renamed':
      return `~ ${revealed(shown.row.from, INVISIBLE)} → ${revealed(shown.row.to, INVISIBLE)}`;
    case 'moved':
      return `> ${rowName(shown.row)}  (moved here from the table at line ${shown.row.from}${shown.row.gone ? ' before this change, now gone' : ''})`;
  }
}

/** The same row as a line of the markdown table. */
function markdownRow(change: TableChange, shown: Shown): string {
  const m = markdownText;
  switch (shown.kind) {
    case 'changed':
      return `| changed | ${m(rowName(shown.row))} | ${shown.row.columns.map(columnChange).map((c) => `${m(c.column)}: ${m(c.from)} → **${m(c.to)}**`).join('; ')} |`;
    case 'added':
      return `| added | ${m(rowName(shown.row))} | ${m(otherCells(change, shown.row.cells))} |`;
    case 'removed':
      return `| removed | ${m(rowName(shown.row))} | was ${m(otherCells(change, shown.row.cells))} |`;
    case 'renamed':
      return `| renamed | ${m(revealed(shown.row.from, INVISIBLE))} → ${m(revealed(shown.row.to, INVISIBLE))} | |`;
    case 'moved':
      return `| moved here | ${m(rowName(shown.row))} | from the table at line ${shown.row.from}${shown.row.gone ? ' before this change, now gone' : ''} |`;
  }
}

export const diffJson = (files: FileChanges[]): string => `${JSON.stringify({ files }, null, 2)}\n`;
