/**
 * The fast reader: same result as `readMarkdown`, without parsing the whole
 * document. `splitChunks` cuts the source into chunks that parse alone as
 * they do in place; only chunks that may hold a table, a heading or a
 * bold-led list item are parsed (with the same mdast parser), their positions
 * moved back into the document, and the reference walker turns the result
 * into the table model. Large tables are parsed a bounded number of rows at a
 * time, because the parser's cost grows faster than the table, and rows of
 * plain text and simple links skip the parser (`plain-row.ts`).
 *
 * The differential tests (`__tests__/perf/differential.test.ts`) hold this
 * module to deep equality with `readMarkdown` on real-world corpora.
 */
import type { Nodes, Root, RootContent, Table as MdastTable } from 'mdast';
import { splitChunks, type Chunk } from './blocks.js';
import { plainRow } from './plain-row.js';
import { DIRECTIVE_PREFIX, documentFromTree, headerName, parseTree, plainText, readMarkdown } from './read.js';
import { selects, type TableSelection } from './select.js';
import type { MarkdownDocument } from './types.js';

export interface FastOptions {
  /** `performance.now()` value after which parsing stops with a `ParseTimeoutError`. */
  deadline?: number;
  /**
   * The largest text handed to the parser in one run; a larger one throws
   * `ParseTooLargeError`. The parser is superlinear on some inputs, so only
   * bounded runs are safe where the time budget is checked between runs.
   */
  maxParseChars?: number;
  /**
   * Which tables need their rows. A large table (one that fills its chunk,
   * every line led by a pipe) that no candidate selects comes out with its
   * header only and `skipped: true`; without a selection every table is read
   * in full. Judging stays with the engine: this only saves reading rows that
   * nothing will look at.
   */
  select?: TableSelection;
}

export class ParseTimeoutError extends Error {
  constructor() {
    super('markdown parse took longer than its budget');
  }
}

/** A piece past `FastOptions.maxParseChars`: the caller should parse on a thread it can stop. */
export class ParseTooLargeError extends Error {
  constructor() {
    super('markdown piece too large to parse on this thread');
  }
}

/** Every parser run goes through here: the time budget is checked between runs. */
class Parser {
  constructor(
    private readonly deadline: number,
    private readonly maxChars: number,
  ) {}

  check(): void {
    if (this.deadline !== Infinity && performance.now() > this.deadline) throw new ParseTimeoutError();
  }

  parse(text: string): Root {
    this.check();
    if (text.length > this.maxChars) throw new ParseTooLargeError();
    return parseTree(text);
  }
}

/** Rows per parse when a table is read in pieces: enough to amortise the header, small enough to stay linear. */
const ROWS_PER_PIECE = 256;
/** Chunks are parsed together up to about this many characters: each parser run has a fixed cost. */
const BATCH_CHARS = 32 * 1024;

export function readMarkdownFast(source: string, options: FastOptions = {}): MarkdownDocument {
  // The parser drops a leading byte-order mark and counts offsets past it; keep that case on the reference path.
  if (source.charCodeAt(0) === 0xfeff) {
    if (source.length > (options.maxParseChars ?? Infinity)) throw new ParseTooLargeError();
    return readMarkdown(source);
  }
  const chunks = splitChunks(source);
  markDirectiveChunks(source, chunks);
  const wanted = chunks.filter((chunk) => chunk.wanted);
  if (wanted.length === 0) return { tables: [], headings: [], notes: [], directives: [] };
  const parser = new Parser(options.deadline ?? Infinity, options.maxParseChars ?? Infinity);
  const definitions = wanted.some((chunk) => mayUseReference(source, chunk)) ? definedIdentifiers(source, chunks, parser) : [];
  const children: RootContent[] = [];
  let batch: Chunk[] = [];
  let batchSize = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    for (const node of parseBatch(parser, source, batch, definitionsPrefix(source, batch, definitions))) children.push(node);
    batch = [];
    batchSize = 0;
  };
  for (const chunk of wanted) {
    const table = parseTableInPieces(parser, source, chunk, definitions, options.select);
    if (table) {
      flush();
      children.push(table);
      continue;
    }
    batch.push(chunk);
    batchSize += chunk.end - chunk.start;
    if (batchSize >= BATCH_CHARS) flush();
  }
  flush();
  return documentFromTree({ type: 'root', children }, source);
}

/**
 * A suppression comment may sit in a chunk that holds nothing else the model
 * needs (`<!-- support-table-lint-disable-file -->` at the top of a page);
 * such chunks are parsed too. One pass of `indexOf` over the source.
 */
function markDirectiveChunks(source: string, chunks: Chunk[]): void {
  let chunk = 0;
  for (let at = source.indexOf(DIRECTIVE_PREFIX); at !== -1; at = source.indexOf(DIRECTIVE_PREFIX, at + 1)) {
    while (chunk < chunks.length - 1 && chunks[chunk]!.end <= at) chunk++;
    chunks[chunk]!.wanted = true;
  }
}

interface Segment {
  /** Where a piece of the document starts in the parsed text. */
  offset: number;
  /** What to add to a line and to an offset to place them in the document. */
  lines: number;
  shift: number;
}

/**
 * Parses chunks side by side: every chunk ends with a blank line and leaves no
 * block open, so they read the same together as in place. Each position is
 * then moved back to its chunk's place in the document.
 */
function parseBatch(parser: Parser, source: string, chunks: Chunk[], prefix: string): RootContent[] {
  let text = prefix;
  let line = countLines(prefix) + 1;
  const segments: Segment[] = [];
  for (const chunk of chunks) {
    const body = source.slice(chunk.start, chunk.end);
    segments.push({ offset: text.length, lines: chunk.line - line, shift: chunk.start - text.length });
    text += body;
    line += countLines(body);
  }
  return parsePlaced(parser, text, prefix, segments);
}

/** Parses `prefix + ...`, drops what the prefix produced, and places the rest. */
function parsePlaced(parser: Parser, text: string, prefix: string, segments: Segment[]): RootContent[] {
  const prefixLines = countLines(prefix);
  const nodes = parser.parse(text).children.filter((node) => node.position!.start.line > prefixLines);
  for (const node of nodes) relocate(node, segments);
  return nodes;
}

function relocate(node: Nodes, segments: Segment[]): void {
  const position = node.position;
  if (position) {
    const start = segmentAt(segments, position.start.offset!, false);
    const end = segmentAt(segments, position.end.offset!, true);
    node.position = {
      start: { line: position.start.line + start.lines, column: position.start.column, offset: position.start.offset! + start.shift },
      end: { line: position.end.line + end.lines, column: position.end.column, offset: position.end.offset! + end.shift },
    };
  }
  if ('children' in node) for (const child of node.children as Nodes[]) relocate(child, segments);
}

/** The segment holding `offset`; an end offset on a boundary belongs to the segment before. */
function segmentAt(segments: Segment[], offset: number, isEnd: boolean): Segment {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = segments[mid]!.offset;
    if (start < offset || (start === offset && !isEnd)) low = mid;
    else high = mid - 1;
  }
  return segments[low]!;
}

/**
 * A table that fills its chunk, every line starting with a pipe: a line
 * starting with a pipe cannot start any other block, so every line is a row
 * of the same table. The header comes from parsing the first row with it;
 * rows of plain text and simple links are then built directly, and runs of
 * other rows are parsed after a copy of the header, a bounded number at a
 * time. Returns undefined when the chunk is no such table.
 */
function parseTableInPieces(parser: Parser, source: string, chunk: Chunk, definitions: string[], select: TableSelection | undefined): MdastTable | undefined {
  if (source.charCodeAt(chunk.start) !== 124 /* | */) return undefined;
  const lines = lineStarts(source, chunk);
  if (!lines || lines.length < 4 || !lines.every((start) => source.charCodeAt(start) === 124)) return undefined;
  const head = source.slice(chunk.start, lines[2]);
  const parseRows = (first: number, last: number): MdastTable | undefined => {
    const body = source.slice(lines[first], last < lines.length ? lines[last]! : chunk.end);
    const parts = [{ ...chunk, end: lines[2]! }, { ...chunk, start: lines[first]!, end: lines[first]! + body.length }];
    const prefix = definitionsPrefix(source, parts, definitions);
    const prefixLines = countLines(prefix);
    const rowsAt = prefix.length + head.length;
    const segments: Segment[] = [
      { offset: prefix.length, lines: chunk.line - 1 - prefixLines, shift: chunk.start - prefix.length },
      // Line prefixLines + 3 of the parsed text is the chunk's line `first`.
      { offset: rowsAt, lines: chunk.line + first - (prefixLines + 3), shift: lines[first]! - rowsAt },
    ];
    const nodes = parsePlaced(parser, prefix + head + body, prefix, segments);
    const piece = nodes[0];
    return nodes.length === 1 && piece?.type === 'table' && piece.children.length === 1 + last - first ? piece : undefined;
  };
  const table = parseRows(2, 3);
  if (!table) return undefined;
  const headerOnly = select !== undefined && !selects(select, table.children[0]!.children.map((cell) => headerName(plainText(cell))));
  if (headerOnly) {
    table.children.length = 1;
    table.position!.end = table.children[0]!.position!.end;
    table.data = { ...table.data, skipped: true };
    return table;
  }
  for (let index = 3; index < lines.length; ) {
    const row = plainRow(source, lines[index]!, lineEndAt(source, lines[index]!), chunk.line + index);
    if (row) {
      table.children.push(row);
      if (++index % 1024 === 0) parser.check();
      continue;
    }
    let last = index + 1;
    while (last < lines.length && last - index < ROWS_PER_PIECE && !plainRow(source, lines[last]!, lineEndAt(source, lines[last]!), 0)) last++;
    const piece = parseRows(index, last);
    if (!piece) return undefined;
    for (const parsed of piece.children.slice(1)) table.children.push(parsed);
    index = last;
  }
  table.position!.end = table.children[table.children.length - 1]!.position!.end;
  return table;
}

function lineEndAt(source: string, start: number): number {
  let end = start;
  while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  return end;
}

/**
 * Start offsets of the chunk's lines before its trailing blank lines, or
 * undefined when a blank line is followed by more text (an indented line
 * after a blank line does not start a chunk, so a chunk may hold more).
 */
function lineStarts(source: string, chunk: Chunk): number[] | undefined {
  const starts: number[] = [];
  let pos = chunk.start;
  while (pos < chunk.end) {
    let end = pos;
    while (end < chunk.end && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
    if (isBlank(source.slice(pos, end))) return isBlank(source.slice(pos, chunk.end)) ? starts : undefined;
    starts.push(pos);
    pos = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return starts;
}

// Blank as markdown means it: spaces and tabs only (a line of U+00A0 is a row).
const isBlank = (text: string): boolean => /^[ \t\r\n]*$/.test(text);

/** Line endings as the parser counts them: `\r\n`, `\r` or `\n`. */
function countLines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** A `]` not opening an inline link's `(`: a reference such as `[text][label]` or `[label]` may follow. */
function mayUseReference(source: string, chunk: Chunk): boolean {
  for (let i = source.indexOf(']', chunk.start); i !== -1 && i < chunk.end; i = source.indexOf(']', i + 1)) {
    if (source.charCodeAt(i + 1) !== 40 /* ( */) return true;
  }
  return false;
}

/**
 * Whether `[text][label]` is a link depends on a definition of `label`
 * anywhere in the document. Parsing every chunk that may hold one gives the
 * exact identifiers.
 */
function definedIdentifiers(source: string, chunks: Chunk[], parser: Parser): string[] {
  const identifiers = new Set<string>();
  const collect = (node: Nodes): void => {
    if (node.type === 'definition') identifiers.add(node.identifier);
    else if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
  };
  for (const chunk of chunks) {
    if (!chunk.definition) continue;
    const colon = source.indexOf(']:', chunk.start);
    if (colon === -1 || colon >= chunk.end) continue;
    collect(parser.parse(source.slice(chunk.start, chunk.end)));
  }
  return [...identifiers];
}

/**
 * The definitions some chunks may use, re-stated ahead of them (then a blank
 * line, so nothing continues into the chunks) to give the parser the same
 * knowledge as in the whole document. A definition can only match a label
 * the chunks contain; labels match after case folding and whitespace
 * collapsing, which the same folding of the whole chunk preserves, so a
 * substring test finds every definition that can match.
 */
function definitionsPrefix(source: string, chunks: Chunk[], identifiers: string[]): string {
  if (identifiers.length === 0) return '';
  const folded = chunks.filter((chunk) => mayUseReference(source, chunk)).map((chunk) => fold(source.slice(chunk.start, chunk.end)));
  if (folded.length === 0) return '';
  const used = identifiers.filter((identifier) => folded.some((text) => text.includes(fold(identifier))));
  return used.length === 0 ? '' : used.map((identifier) => `[${identifier}]: #\n`).join('') + '\n';
}

const fold = (text: string): string => text.toLowerCase().toUpperCase().replace(/[\t\n\r ]+/g, ' ');
