import { GROUP_COLUMN, type Fix, type Span } from '../core/types.js';
import type { Cell, MarkdownDocument, Row, Table } from '../markdown/types.js';
import { readInline } from '../markdown/inline.js';
import { oneSpace } from '../markdown/read.js';
import { columnKey } from '../markdown/select.js';
import { UNNAMED_COLUMN } from './types.js';

/** The header of a table, as one span (where findings about the table as a whole go). */
export function headerSpan(table: Table): Span {
  const first = table.header[0]!.span;
  const last = table.header.at(-1)!.span;
  return { ...first, endLine: last.endLine, endColumn: last.endColumn, endOffset: last.endOffset };
}

export const rowKeyOf = (row: Row, keyIndex: number): string => row.cells[keyIndex]?.text ?? '';

/**
 * How change messages and the keyed diff name a row: its key, or, for a
 * table whose rows `unique: { by: [...] }` tells apart by several columns,
 * those cells joined (`1.0 + windows`), as unique-key names them: two rows
 * of Release `1.0` are told apart only so.
 */
export const rowNameOf = (row: Row, view: { keyIndex: number; identity?: readonly number[] }): string =>
  view.identity && view.identity.length > 1 ? view.identity.map((index) => row.cells[index]?.text ?? '').join(' + ') : rowKeyOf(row, view.keyIndex);

/** Case-insensitive comparison key; rules that talk about "the same key" use it. */
export const fold = (text: string): string => text.toLowerCase();

/**
 * A value worked out once per document and key: what every table of a page
 * asks for (its notes, the rows they may name, what was already said once
 * for the page), where a page may hold thousands of tables.
 */
const perDocumentValues = new WeakMap<MarkdownDocument, Map<string, unknown>>();
export function perDocument<T>(document: MarkdownDocument, key: string, make: () => T): T {
  const known = perDocumentValues.get(document) ?? perDocumentValues.set(document, new Map()).get(document)!;
  if (!known.has(key)) known.set(key, make());
  return known.get(key) as T;
}

/** `"Feature"` for one, `"Feature" and "Notes"` for two, a comma list for more. */
export const quoteList = (items: readonly string[], max = Infinity): string => {
  // A message names a few; a list of thousands (a legend of 9,000 terms, in every row's finding) says nothing more.
  if (items.length > max) return `${items.slice(0, max).map((item) => `"${item}"`).join(', ')} and ${items.length - max} more`;
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

/**
 * Rows split into the runs a scoped rule looks at: the whole table, or each
 * group (rows under the same group label). A rule's scope is the table
 * unless it says `group`.
 */
export const scopeRuns = (rows: Row[], scope: 'table' | 'group' | undefined): Row[][] => {
  if (scope !== 'group') return [rows];
  const runs = new Map<string | null, Row[]>();
  for (const row of rows) {
    const run = runs.get(row.group) ?? [];
    run.push(row);
    runs.set(row.group, run);
  }
  return [...runs.values()];
};

export const columnIndex = (table: Table, name: string): number => table.columns.findIndex((column) => columnKey(column) === columnKey(name));

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * How a message names a cell: `Support State "Best effort" of "aarch64"`,
 * `Maintainers of "ubuntu"` when the cell is empty, `FEATURE GATE "foo-bar"`
 * when the key column itself is wrong, `Row "x"` when no single cell is.
 */
/** Longer row keys are cut in messages: a key of prose (a sentence-long SLI) would drown the message. */
const KEY_CHARS = 60;
export function shortKey(key: string): string {
  // No more UTF-16 units than the limit is no more characters either: most keys need no array of them.
  if (key.length <= KEY_CHARS) return key;
  const chars = [...key];
  if (chars.length <= KEY_CHARS) return key;
  const cut = chars.slice(0, KEY_CHARS - 1).join('');
  // At a word's end when one is near.
  const space = cut.lastIndexOf(' ');
  return `${(space > KEY_CHARS * 0.7 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export function cellSubject(field: string | undefined, value: string | undefined, rowKey: string, keyColumn?: string): string {
  const keyText = rowKey === '' ? 'this row' : `"${shortKey(rowKey)}"`;
  if (field === undefined) return `Row ${keyText}`;
  // A group row's label (a schema on `$group`), said on the group row.
  if (field === GROUP_COLUMN) return value ? `Group "${value}"` : 'Group';
  // The key cell names its own row; another cell that happens to hold the same text (a release's Max etcd
  // "3.5" in the row "3.5") still says whose it is.
  const ownKey = keyColumn === undefined ? value === rowKey : field === keyColumn;
  const owner = ownKey && value !== '' && value !== undefined ? '' : ` of ${keyText}`;
  const name = field === '' ? UNNAMED_COLUMN : field;
  return value ? `${name} "${value}"${owner}` : `${name}${owner}`;
}

/**
 * Who a schema error is about: its cell (cellSubject), or, for an error in
 * a cell's links (`/$links/Release/0/url`), that link in that cell of that
 * row: `The link "https://…" in Release of "0.2"`, never the URL as if it
 * were the cell's value (which, in the key column, would drop the row).
 */
export function errorSubject(error: { instancePath: string; field?: string; value?: string }, rowKey: string, keyColumn?: string): string {
  if (error.field !== undefined && error.instancePath.startsWith('/$links/')) {
    const keyText = rowKey === '' ? 'this row' : `"${shortKey(rowKey)}"`;
    return `The link ${error.value ? `"${error.value}" ` : ''}in ${error.field === '' ? UNNAMED_COLUMN : error.field} of ${keyText}`;
  }
  return cellSubject(error.field, error.value, rowKey, keyColumn);
}

/** Text as a cell may hold it: a `|` would end the cell. */
const asCellText = (text: string): string => text.replace(/(?<!\\)\|/g, '\\|');

/** The fix that renames a header cell: only a plain one (no emphasis or link to lose), a `|` in the name escaped. */
export const renameHeaderCell = (cell: Cell, name: string): Fix | undefined =>
  cell.raw === cell.text ? { range: [cell.span.offset, cell.span.endOffset], text: asCellText(name) } : undefined;

/**
 * Characters that may start or end inline markup: a value holding one,
 * written into a cell, may not read as itself (an enum value `` `vga` ``
 * written into the code span `` `vga` `` makes `` ``vga`` ``, which reads
 * `` `vga` `` again, and a fix pass after pass makes it longer). Such a fix
 * is kept only when the fixed cell, read again, says what the fix means
 * (`Yes*`, `>= 1.20` do). An underscore inside a word (`not_supported`) and
 * a bare `&` are text.
 */
const MARKUP = /[`*[\]<>\\~]|&[#A-Za-z0-9]+;|(?:^|[^A-Za-z0-9])_|_(?:[^A-Za-z0-9]|$)/;

/**
 * A fix that replaces `from` with `to` inside a cell's source, when `from`
 * occurs there exactly once (so emphasis or code around the value is kept,
 * and an ambiguous cell is left for a person).
 */
export function replaceInCell(source: string, cell: Cell | undefined, from: string, to: string): Fix | undefined {
  // A cell holds no line break: a value with one (an enum entry written over lines) is no fix.
  if (!cell || from === '' || cell.span.endOffset <= cell.span.offset || /[\r\n]/.test(to)) return undefined;
  const inside = source.slice(cell.span.offset, cell.span.endOffset);
  let at = inside.indexOf(from);
  let length = from.length;
  if (at === -1 && from.includes(' ')) {
    // The value reads blanks in a row as one space (`Best  effort` is `Best effort`): its source is found with them.
    const written = [...inside.matchAll(new RegExp(from.split(' ').map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\t]+'), 'g'))];
    if (written.length !== 1) return undefined;
    at = written[0]!.index;
    length = written[0]![0].length;
  } else if (at === -1 || inside.indexOf(from, at + 1) !== -1) return undefined;
  // A link's text that is also its label (`[Supportd]`, `[Supportd][]`) names its definition:
  // changed, it would name another, which does not exist, and the page would show brackets.
  const after = inside.slice(at + length);
  if (inside[at - 1] === '[' && /^\](?:$|[^(\[]|\[\])/.test(after)) return undefined;
  const start = cell.span.offset + at;
  let text = asCellText(to);
  // A value ending in an odd run of backslashes, written right before the cell's closing pipe,
  // would escape it (`C:\path\|`): the cell and the next one would merge. A space keeps them apart.
  if (after === '' && source[cell.span.endOffset] === '|' && /(?:^|[^\\])(?:\\\\)*\\$/.test(text)) text += ' ';
  if (MARKUP.test(to)) {
    const fixed = inside.slice(0, at) + text + after;
    const read = readInline(fixed, 0, fixed.length)?.text;
    if (read === undefined || oneSpace(read) !== cell.text.replace(from, () => to)) return undefined;
  }
  return { range: [start, start + length], text };
}

/**
 * Where each line starts (after a `\n`; a last empty line is none), for the
 * last text asked about: a rule that places thousands of findings on one
 * page (a legend's terms) reads the page once, not once per finding.
 */
let startsOf: { source: string; starts: number[] } | undefined;
function lineStarts(source: string): number[] {
  if (startsOf?.source === source) return startsOf.starts;
  const starts = [0];
  for (let next = source.indexOf('\n'); next >= 0 && next + 1 < source.length; next = source.indexOf('\n', next + 1)) starts.push(next + 1);
  startsOf = { source, starts };
  return starts;
}

/** The whole of line `line` of `source`, or of its last line when it is shorter. */
export function lineOf(source: string, line: number): Span {
  const starts = lineStarts(source);
  const at = Math.max(1, Math.min(line, starts.length));
  const start = starts[at - 1]!;
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  if (end > start && source[end - 1] === '\r') end--;
  return { line: at, column: 1, endLine: at, endColumn: 1 + end - start, offset: start, endOffset: end };
}
