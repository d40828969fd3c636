/**
 * GFM table rows read the way micromark-extension-gfm-table reads them, for
 * the fast reader (fast.ts): where a row's cells start and end, whether two
 * lines open a table, and which lines may be something other than a row.
 *
 * Cells (see the extension's tokenizer and `flushCell`): a row is cut at
 * every `|` that is not escaped (`\|` and `\\` are escape pairs); a leading
 * pipe opens the first cell, and text after the last pipe is a cell only if
 * it holds more than spaces and tabs, otherwise the last cell runs to the end
 * of the line, taking the closing pipe and the blanks after it. A cell's
 * content is its text between the pipes without surrounding spaces and tabs
 * (U+00A0 is content).
 */

import type { Row, Table } from './types.js';

const PIPE = 124;
const BACKSLASH = 92;
const SPACE = 32;
const TAB = 9;

/** One cell of a row: its mdast extent `[start, end)` and its content `[from, to)` (`from === to` when empty). */
export interface CellRange {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** The cells of a row: the first `max` of them, and how many the row has (`total`). */
export type SplitRow = CellRange[] & { total: number };

/**
 * The cells of the row on `source[start, end)`, where `start` is the row's
 * first character that is not a space or tab and `end` the end of its line.
 * With `max`, cells past the first `max` are counted, not kept: a row's
 * cells past the header's are dropped (its count is what the column-count
 * rule needs), and a line of ten million pipes must not hold ten million
 * ranges (2 GB).
 */
export function splitRow(source: string, start: number, end: number, max = Infinity): SplitRow {
  const cells = [] as unknown as SplitRow;
  let total = 0;
  let cellStart = start;
  let from = -1;
  let to = -1;
  // A leading pipe opens the first cell; it does not end an empty one before it.
  let i = source.charCodeAt(start) === PIPE ? start + 1 : start;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === PIPE) {
      if (total++ < max) cells.push({ start: cellStart, end: i, from: from === -1 ? i : from, to: from === -1 ? i : to });
      cellStart = i;
      from = -1;
      continue;
    }
    if (code === SPACE || code === TAB) continue;
    if (from === -1) from = i;
    if (code === BACKSLASH && i + 1 < end) {
      const next = source.charCodeAt(i + 1);
      if (next === PIPE || next === BACKSLASH) i++;
    }
    to = i + 1;
  }
  if (from !== -1 || total === 0) {
    if (total++ < max) cells.push({ start: cellStart, end, from: from === -1 ? end : from, to: from === -1 ? end : to });
  } else if (total <= max) cells[cells.length - 1]!.end = end;
  cells.total = total;
  return cells;
}

/**
 * The text between a cell's pipes, from its mdast extent: after the leading
 * pipe, and before the closing pipe of a last cell (the first pipe in the
 * extent that is not escaped), blanks included.
 */
export function cellBounds(source: string, start: number, end: number): { from: number; to: number } {
  const from = source.charCodeAt(start) === PIPE ? start + 1 : start;
  for (let i = from; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === PIPE) return { from, to: i };
    if (code === BACKSLASH && i + 1 < end) {
      const next = source.charCodeAt(i + 1);
      if (next === PIPE || next === BACKSLASH) i++;
    }
  }
  return { from, to: end };
}

/**
 * How many cells the delimiter row `source[start, end)` has, or -1 when it is
 * none, following the extension's `headDelimiter*` states: up to three spaces,
 * then cells of an optional `:`, one or more `-`, an optional `:`, separated
 * by `|` with blanks around, at least one `|` or `:` in the row.
 */
export function delimiterCells(source: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 3 && source.charCodeAt(i) === SPACE) i++;
  let cells = 0;
  let seen = false;
  const code = (at: number): number => (at < end ? source.charCodeAt(at) : -1);
  const skipBlanks = (): void => {
    while (code(i) === SPACE || code(i) === TAB) i++;
  };
  if (code(i) === PIPE) {
    seen = true;
    i++;
    skipBlanks();
  }
  for (;;) {
    if (i >= end) break;
    if (code(i) === 58 /* : */) {
      seen = true;
      i++;
      if (code(i) !== 45) return -1;
    } else if (code(i) !== 45 /* - */) {
      return -1;
    }
    while (code(i) === 45) i++;
    if (code(i) === 58) {
      seen = true;
      i++;
    }
    cells++;
    skipBlanks();
    if (i >= end) break;
    if (code(i) !== PIPE) return -1;
    seen = true;
    i++;
    skipBlanks();
  }
  return seen ? cells : -1;
}

/**
 * Whether the head row `source[start, end)` (first character not a blank) is
 * one the extension accepts: anything but a lone pipe.
 */
export function isHeadRow(source: string, start: number, end: number): boolean {
  if (source.charCodeAt(start) !== PIPE) return true;
  for (let i = start + 1; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return true;
  }
  return false;
}

/** A line, split where its indentation ends. */
export interface LineShape {
  /** The first character that is not a space or tab (`end` on a blank line). */
  first: number;
  end: number;
  blank: boolean;
  /**
   * The line starts with something that is certainly not another block:
   * indented by fewer than four spaces (no tabs), and its first characters
   * start no block quote, list item, footnote definition, heading, thematic
   * break, setext underline, fenced code or HTML. After a table row such a
   * line is a row, and at a fresh start it can only be a paragraph or a
   * table head. Other lines are left to the parser to decide.
   */
  plain: boolean;
}

export function lineShape(source: string, start: number, end: number): LineShape {
  let i = start;
  let tabbed = false;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === TAB) tabbed = true;
    else if (code !== SPACE) break;
  }
  const blank = i === end;
  return { first: i, end, blank, plain: !blank && !tabbed && i - start < 4 && startsPlain(source, i, end) };
}

function startsPlain(source: string, at: number, end: number): boolean {
  const code = source.charCodeAt(at);
  const next = at + 1 < end ? source.charCodeAt(at + 1) : -1;
  const blankOrEnd = (c: number): boolean => c === -1 || c === SPACE || c === TAB;
  switch (code) {
    case 62 /* > */:
    case 60 /* < */:
    case 61 /* = */:
      return false;
    case 35 /* # */: {
      let j = at;
      while (j < end && source.charCodeAt(j) === 35) j++;
      return j - at > 6 || !blankOrEnd(j < end ? source.charCodeAt(j) : -1);
    }
    case 96 /* ` */:
    case 126 /* ~ */:
      return !(next === code && at + 2 < end && source.charCodeAt(at + 2) === code);
    case 42 /* * */:
    case 45 /* - */:
    case 95 /* _ */:
    case 43 /* + */:
      if (code !== 95 && blankOrEnd(next)) return false;
      return code === 43 || !isThematicBreak(source, at, end, code);
    case 91 /* [ */:
      return next !== 94 /* ^ */;
  }
  if (code >= 48 && code <= 57) {
    let j = at;
    while (j < end && j - at < 10 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
    const mark = j < end ? source.charCodeAt(j) : -1;
    if (j - at <= 9 && (mark === 46 || mark === 41)) return !blankOrEnd(j + 1 < end ? source.charCodeAt(j + 1) : -1);
  }
  return true;
}

function isThematicBreak(source: string, at: number, end: number, char: number): boolean {
  let count = 0;
  for (let i = at; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === char) count++;
    else if (code !== SPACE && code !== TAB) return false;
  }
  return count >= 3;
}

/**
 * Where the lines at a table's end that have no `|` start (`{{< /table >}}`,
 * a sentence), in a table of several columns; `table.rows.length` when there
 * are none. GFM reads a line that follows a table with no blank line as one
 * more row, and GitHub shows it as one, but nobody meant it as a row.
 * column-count says so; no other rule judges it, and init learns nothing
 * from it. A pipe-less line with rows after it is a short row (`x` in a
 * table written without outer pipes), and one-column rows need no pipe.
 */
export function strayFrom(source: string, table: Table): number {
  let first = table.rows.length;
  if (table.columns.length < 2) return first;
  while (first > 0 && hasNoPipe(source, table.rows[first - 1]!)) first--;
  return first;
}

function hasNoPipe(source: string, row: Row): boolean {
  if (row.sourceCellCount !== 1) return false;
  for (let i = row.span.offset; i < row.span.endOffset; i++) {
    const code = source.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === PIPE) return false;
  }
  return true;
}

/** The rows rules judge: data rows (and group rows when groups are off), not spacers, labels or stray lines. */
export const dataRows = (source: string, table: Table, groups: boolean): Row[] => {
  const rows = table.rows.slice(0, strayFrom(source, table)).filter((row) => row.kind === 'data' || (row.kind === 'group' && !groups));
  // With `groups: false` a bold row is data, so no row is under one: `$group` is null and a group scope is the table.
  return groups ? rows : rows.map((row) => (row.group === null ? row : { ...row, group: null }));
};
