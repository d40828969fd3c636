/**
 * The fast reader: same result as `readMarkdown`, without parsing the whole
 * document, in time linear in its size.
 *
 * `splitChunks` cuts the source into chunks that parse alone as they do in
 * place; only chunks that may hold a table, a heading, a bold-led list item
 * or a suppression comment are read. In a chunk that may hold a table, each
 * top-level table is read row by row without the parser:
 *
 * - Its head is recognised directly when it starts the chunk (or follows the
 *   table before it) on a line that cannot start another block; otherwise
 *   the parser reads the text up to the delimiter row and says whether a
 *   top-level table starts there.
 * - Every following line is a row until a blank line, unless it could start
 *   another block (`rows.ts`, `lineShape`); such lines are handed to the
 *   parser after a copy of the head, a bounded number at a time, and it says
 *   which of them are rows and where the table ends.
 * - Cells are cut as micromark-extension-gfm-table cuts them (`splitRow`) and
 *   their inline content is read by `inline.ts`; a row with a cell it does
 *   not read (HTML, references, images...) goes to the parser with the
 *   others.
 *
 * Everything else in a wanted chunk is parsed by the same mdast parser, a
 * batch of chunks at a time, and the positions moved back into the document.
 * Rows become table-model rows at once: no mdast tree of a large table is
 * ever held. The time budget is checked between parser runs and every few
 * thousand lines, and every step between two checks is linear.
 *
 * The differential tests (`__tests__/perf/differential.test.ts`) hold this
 * module to deep equality with `readMarkdown` on real-world corpora and on
 * generated tables of every shape.
 */
import type { Nodes, Root, RootContent, Table as MdastTable } from 'mdast';
import { frontMatterEnd, splitChunks, type Chunk } from './blocks.js';
import { MAX_LABEL, NO_LINKS, readInline } from './inline.js';
import { isDelimiterCandidate, lineEnd } from './prescan.js';
import {
  cellAt,
  cellFromNode,
  collectDirectives,
  DIRECTIVE_PREFIX,
  documentFromNodes,
  columnNames,
  parseFragment,
  asGitHubReads,
  readMarkdown,
  RowAssembler,
  spanOf,
  type PrebuiltTable,
} from './read.js';
import { delimiterCells, isHeadRow, lineShape, splitRow, type CellRange } from './rows.js';
import { selects, type TableSelection } from './select.js';
import type { Cell, DirectiveComment, MarkdownDocument, Span } from './types.js';

export interface FastOptions {
  /** `now()` value after which reading stops with a `ParseTimeoutError`. */
  deadline?: number;
  /**
   * The largest text handed to the parser in one run; a larger one throws
   * `ParseTooLargeError`. The parser is superlinear on some inputs, so only
   * bounded runs are safe where the time budget is checked between runs.
   */
  maxParseChars?: number;
  /**
   * Which tables need their rows. A top-level table read row by row that no
   * candidate selects comes out with its header only and `skipped: true`
   * (and its span ends with the header); without a selection every table is
   * read in full. A document in which no table is selected comes out with
   * its tables' headers and its suppression comments only: no headings,
   * notes or heading paths, since only the judging of a selected table reads
   * them; so does every document under a selection with `headings: false`.
   * Judging stays with the engine: this only saves reading what nothing will
   * look at.
   */
  select?: TableSelection;
  /** Filled in with the work the parser did: how the tests see which path a document took, without a clock. */
  stats?: ParseStats;
}

export interface ParseStats {
  /** Parser runs, and the characters handed to them (re-stated definitions and copied table heads included). */
  runs: number;
  chars: number;
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

/**
 * A monotonic clock in milliseconds, for budgets: `performance.now()` would
 * do, but the first touch of the global loads perf_hooks (about 2 ms of a
 * small run's start).
 */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Every parser run goes through here, and long loops tick: the time budget is checked between them. */
class Parser {
  private ticks = 0;

  constructor(
    private readonly deadline: number,
    private readonly maxChars: number,
    private readonly stats: ParseStats | undefined,
  ) {}

  check(): void {
    if (this.deadline !== Infinity && now() > this.deadline) throw new ParseTimeoutError();
  }

  /** A unit of linear work (a line, a row): the clock is read every 1024 of them. */
  tick(): void {
    if ((++this.ticks & 1023) === 0) this.check();
  }

  parse(text: string): Root {
    this.check();
    if (text.length > this.maxChars) throw new ParseTooLargeError();
    // Brackets nested by the thousand (`![![![…](u)](u)`) cost micromark quadratic time in one run,
    // which no clock can stop here: a run that may hand over (a bounded one) sends them to a
    // worker, whose budget can.
    if (this.maxChars !== Infinity && (bracketsPast(text, MAX_IN_THREAD_BRACKETS) || delimitersPast(text, MAX_IN_THREAD_DELIMITERS))) throw new ParseTooLargeError();
    if (this.stats) {
      this.stats.runs++;
      this.stats.chars += text.length;
    }
    return parseFragment(text);
  }
}

/** `[` open deeper than this in one parser run goes to a worker (see Parser.parse); links in prose open one or two. */
const MAX_IN_THREAD_BRACKETS = 100;

/**
 * Whether more than `limit` `[` are open at once somewhere in `text` (a `]` closes one; escapes
 * aside, an upper bound), or brackets are there by the thousand (each `](` looks back at the openers).
 */
function bracketsPast(text: string, limit: number): boolean {
  if (text.indexOf('[') < 0) return false;
  let open = 0;
  let all = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      if (++open > limit || ++all > MAX_IN_THREAD_DELIMITERS) return true;
    } else if (c === 93 /* ] */) {
      if (open > 0) open--;
      if (++all > MAX_IN_THREAD_DELIMITERS) return true;
    }
  }
  return false;
}

/**
 * Emphasis delimiters (`*`, `_`) past this in one parser run go to a worker too: micromark matches
 * them in superlinear time (31 KB of `*a_` took 5 s). A table of bold cells has a few per row.
 */
const MAX_IN_THREAD_DELIMITERS = 4096;

function delimitersPast(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 42 /* * */ || c === 95) /* _ */ && ++count > limit) return true;
  }
  return false;
}

/** Lines per parser run when rows of a table need the parser: enough to amortise the head, small enough to stay linear. */
const ROWS_PER_PIECE = 256;
/** Block quotes in block quotes read without the parser, at most (Reader.readQuote). */
const MAX_QUOTE_DEPTH = 4;
/** Parts are parsed together up to about this many characters: each parser run has a fixed cost. */
const BATCH_CHARS = 32 * 1024;

export function readMarkdownFast(text: string, options: FastOptions = {}): MarkdownDocument {
  const source = asGitHubReads(text);
  // A text that starts with a byte-order mark (a file with two) is rare: it takes the reference path (see markKept in parser.ts).
  if (source.charCodeAt(0) === 0xfeff) {
    if (source.length > (options.maxParseChars ?? Infinity)) throw new ParseTooLargeError();
    const document = readMarkdown(source);
    const { select } = options;
    if (select && select.notes === false) document.notes = [];
    return select && (select.headings === false || !document.tables.some((table) => selects(select, table.columns))) ? unselected(document) : document;
  }
  const parser = new Parser(options.deadline ?? Infinity, options.maxParseChars ?? Infinity, options.stats);
  const chunks = splitChunks(source, () => parser.check());
  parser.check();
  markDirectiveChunks(source, chunks);
  const { select } = options;
  const notes = select?.notes !== false;
  const wanted = chunks.filter((chunk) => chunk.wanted || (notes && chunk.note));
  if (wanted.length === 0) return { tables: [], headings: [], notes: [], directives: [] };
  const reader = new Reader(source, parser, new Definitions(source, chunks, parser), select);
  if (!select) {
    wanted.forEach((chunk, index) => reader.read(chunk, index));
    return reader.document(notes);
  }
  // Tables first. Headings and notes only serve the judging of selected
  // tables (heading matches, note rules, legends), so in a document where no
  // table is selected (most documents of a docs tree) the rest is not read,
  // apart from suppression comments.
  reader.deferring = true;
  wanted.forEach((chunk, index) => chunk.table && reader.read(chunk, index));
  reader.flush();
  reader.deferring = false;
  // With `headings: false` nothing reads what is around the tables: as if no table were selected.
  const anySelected = select.headings !== false && documentFromNodes(reader.items, source).tables.some((table) => selects(select, table.columns));
  const rest: Part[] = [...reader.deferred];
  wanted.forEach(({ table, start, end, line, directive }, index) => {
    if (!table) rest.push({ start, end, line, index, whole: true, directive: directive === true });
  });
  rest.sort((a, b) => a.start - b.start);
  for (const part of rest) if (anySelected || part.directive) reader.readPart(part, wanted[part.index]!);
  const document = reader.document(notes);
  return anySelected ? document : unselected(document);
}

/** A document in which no table is selected: what only the judging of a selected table reads is left out. */
function unselected(document: MarkdownDocument): MarkdownDocument {
  return { ...document, headings: [], notes: [], tables: document.tables.map((table) => ({ ...table, headingPath: [] })) };
}

/**
 * A suppression comment may sit in a chunk that holds nothing else the model
 * needs (`<!-- support-table-lint-disable-file -->` at the top of a page);
 * such chunks are parsed too. One pass of `indexOf` over the source.
 */
function markDirectiveChunks(source: string, chunks: Chunk[]): void {
  let chunk = 0;
  for (let at = source.indexOf(DIRECTIVE_PREFIX); at !== -1; at = source.indexOf(DIRECTIVE_PREFIX, at + 1)) {
    // Only in a comment (`<!--`, blanks, the name): prose that names the tool holds no directive, and
    // parsing it would load the parser for nothing (read.ts reads directives the same way).
    let open = at;
    while (open > 0 && SPACE.test(source[open - 1]!)) open--;
    if (!source.startsWith('<!--', open - 4)) continue;
    while (chunk < chunks.length - 1 && chunks[chunk]!.end <= at) chunk++;
    // A comment in the front matter is YAML text, not a comment.
    if (!chunks[chunk]!.matter) chunks[chunk]!.wanted = chunks[chunk]!.directive = true;
  }
}

/** `\s` as read.ts reads a directive's `<!--`, blanks, name (JavaScript's: Unicode spaces too). */
const SPACE = /\s/;

/** A piece of the source for the parser: it starts where nothing is open, and ends at a chunk's end. */
interface Part {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The chunk it comes from, as its index among the chunks read. */
  index: number;
  /** It is the whole chunk (it starts where the chunk starts). */
  whole: boolean;
  /** The chunk it comes from holds a suppression comment. */
  directive?: boolean;
}

interface Line {
  start: number;
  end: number;
  line: number;
}

interface Segment {
  /** Where a piece of the document starts in the parsed text. */
  offset: number;
  /** What to add to a line and to an offset to place them in the document. */
  lines: number;
  shift: number;
  /** What to add to a column: the container marks (`> `) taken off the line's start, for a block quote read alone. */
  columns?: number;
}

/** What a reader asks of link and footnote definitions (a block quote's reader asks the document's). */
type DefinitionLookup = Pick<Definitions, 'prefixFor' | 'defines' | 'definesFootnote'>;

type Item = RootContent | PrebuiltTable;

/** The head of a table: its header cells and where it starts. */
interface Head {
  header: Cell[];
  directives: DirectiveComment[];
  /** Start of the table (its header row's first character). */
  start: { line: number; column: number; offset: number };
  headerEnd: Span;
  /** The nodes the parser read before the table in the same part, if it read any. */
  before: RootContent[];
}

class Reader {
  readonly items: Item[] = [];
  /**
   * While set, the parts of table chunks that hold no table (text after the
   * last one) are kept in `deferred` instead of parsed: whether they are
   * needed is known once every table has been read.
   */
  deferring = false;
  readonly deferred: Part[] = [];
  private readonly isDefined = (label: string): boolean => this.definitions.defines(label);
  private readonly isFootnote = (label: string): boolean => this.definitions.definesFootnote(label);
  private batch: Part[] = [];
  private batchSize = 0;

  constructor(
    readonly source: string,
    private readonly parser: Parser,
    private readonly definitions: DefinitionLookup,
    private readonly select: TableSelection | undefined,
    /** How many block quotes this reader's text is inside (readQuote). */
    private readonly depth = 0,
  ) {}

  /** Reads the chunk that is `index`-th among the chunks read. */
  read(chunk: Chunk, index: number): void {
    if (chunk.table && (this.readQuote(chunk) || this.readItems(chunk))) return;
    if (chunk.table) this.readTables(chunk, index);
    else this.readPart({ start: chunk.start, end: chunk.end, line: chunk.line, index, whole: true }, chunk);
  }

  /** A part that holds no table: a heading, or text for the parser. */
  readPart(part: Part, chunk: Chunk): void {
    const heading = part.whole && !chunk.table ? this.heading(chunk) : undefined;
    if (heading) this.place([heading]);
    else this.queue(part);
  }

  /**
   * A chunk that is one ATX heading line (then blank lines), read without
   * the parser as micromark reads it: one to six `#` and a blank, the
   * content without surrounding blanks and without a closing run of `#`
   * that follows a blank. Undefined for any other chunk, or when the
   * content holds what inline.ts leaves to the parser.
   */
  private heading(chunk: Chunk): RootContent | undefined {
    const { source } = this;
    const end = lineEnd(source, chunk.start);
    if (!isBlankText(source, end, chunk.end)) return undefined;
    let i = chunk.start;
    while (i < end && source.charCodeAt(i) === 35) i++;
    const depth = i - chunk.start;
    if (depth < 1 || depth > 6 || (i < end && source.charCodeAt(i) !== 32 && source.charCodeAt(i) !== 9)) return undefined;
    let from = i;
    let to = end;
    const blank = (at: number): boolean => source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9;
    while (from < to && blank(from)) from++;
    while (to > from && blank(to - 1)) to--;
    let run = to;
    while (run > from && source.charCodeAt(run - 1) === 35) run--;
    if (run < to && (run === from || blank(run - 1))) {
      to = run;
      while (to > from && blank(to - 1)) to--;
    }
    const value = from === to ? { text: '' } : readInline(source, from, to, false, this.isDefined, this.isFootnote);
    if (!value) return undefined;
    const position = { start: { line: chunk.line, column: 1, offset: chunk.start }, end: { line: chunk.line, column: end - chunk.start + 1, offset: end } };
    return { type: 'heading', depth: depth as 1, children: [{ type: 'text', value: value.text }], position };
  }

  /**
   * The document read so far, in document order (tables read first come
   * before the text around them otherwise). Notes are left out when
   * `notes` is false, including those in chunks read for other reasons, so
   * that the result does not depend on chunking.
   */
  document(notes: boolean): MarkdownDocument {
    const document = documentFromNodes(this.placed(), this.source);
    if (!notes) document.notes = [];
    return document;
  }

  /** Everything read, in document order (tables read first come before the text around them otherwise). */
  placed(): Item[] {
    this.flush();
    const startOf = (item: Item): number => (item.type === 'prebuiltTable' ? item.span.offset : item.position!.start.offset!);
    return this.items.sort((a, b) => startOf(a) - startOf(b));
  }

  /** Parses the queued parts and places what they hold. */
  flush(): void {
    if (this.batch.length === 0) return;
    const parts = this.batch;
    this.batch = [];
    this.batchSize = 0;
    const prefix = this.definitions.prefixFor(parts.map((part) => [part.start, part.end]));
    let text = prefix;
    let line = countLines(prefix) + 1;
    const segments: Segment[] = [];
    for (const part of parts) {
      const body = this.source.slice(part.start, part.end);
      segments.push({ offset: text.length, lines: part.line - line, shift: part.start - text.length });
      text += body;
      line += countLines(body);
    }
    for (const node of this.parsePlaced(text, prefix, segments)) this.items.push(node);
  }

  queue(part: Part): void {
    // Blank lines (what follows most tables in their chunk) make no nodes.
    if (isBlankText(this.source, part.start, part.end)) return;
    // Parts are parsed together only when nothing the reader reads lies
    // between them (at most chunks it skips, which hold no headings, tables
    // or notes), or blocks on either side could join into one: two lists
    // around a heading read apart would become one list before the heading.
    const last = this.batch[this.batch.length - 1];
    if (last && !(part.whole && part.index === last.index + 1)) this.flush();
    this.batch.push(part);
    this.batchSize += part.end - part.start;
    if (this.batchSize >= BATCH_CHARS) this.flush();
  }

  private place(nodes: readonly Item[]): void {
    this.flush();
    for (const node of nodes) this.items.push(node);
  }

  /** Parses `prefix + ...`, drops what the prefix produced, and places the rest. */
  private parsePlaced(text: string, prefix: string, segments: Segment[]): RootContent[] {
    const prefixLines = countLines(prefix);
    const nodes = this.parser.parse(text).children.filter((node) => node.position!.start.line > prefixLines);
    for (const node of nodes) relocate(node, segments);
    return nodes;
  }

  /**
   * A chunk that is one block quote, every line of it marked (`>` after at
   * most three spaces, no lazy line, no blank line inside, no tab), is read
   * as the document its lines make with their marks taken off, by a reader
   * of its own, and placed back: CommonMark defines a block quote's content
   * so, and its tables are then read row by row as top-level ones are,
   * rather than the whole quote by the parser (100,000 rows in a quote took
   * the parser 2 GB and more than the time budget). Definitions are the
   * document's. False when the chunk is anything else: the parser reads it.
   */
  private readQuote(chunk: Chunk): boolean {
    const { source } = this;
    // Quotes in quotes are read so a few levels deep; deeper ones (5 KB of `>`) are the parser's, whose depth is bounded.
    if (this.depth >= MAX_QUOTE_DEPTH) return false;
    const first = source.charCodeAt(chunk.start);
    if (first !== 62 && first !== 32) return false;
    if (holds(source, 9, chunk.start, chunk.end)) return false;
    let inner = '';
    const segments: Segment[] = [];
    let quoteEnd = chunk.start;
    let blank = false;
    for (let at = chunk.start; at < chunk.end; ) {
      const end = lineEnd(source, at);
      const next = nextLine(source, end);
      if (isBlankText(source, at, end)) blank = true;
      else {
        let i = at;
        while (i < end && i - at < 3 && source.charCodeAt(i) === 32) i++;
        if (blank || source.charCodeAt(i) !== 62) return false;
        i++;
        if (source.charCodeAt(i) === 32) i++;
        segments.push({ offset: inner.length, lines: chunk.line - 1, shift: i - inner.length, columns: i - at });
        inner += source.slice(i, next);
        quoteEnd = end;
      }
      at = next;
      this.parser.tick();
    }
    // What would read as front matter at a document's start is text in a quote: the parser reads it.
    if (frontMatterEnd(inner) > 0) return false;
    const quote = { type: 'blockquote', children: this.readInner(inner, segments), position: this.positionOf(chunk.start, quoteEnd, chunk.line) } as unknown as RootContent;
    this.place([quote]);
    return true;
  }

  /**
   * A chunk that is a list whose items are plain (each a marker of one kind
   * at one indent, then its content on the marker's line and on lines
   * indented to the content's column; no lazy line, no tab, no empty first
   * line, no item that starts with emphasis, which may be a `**Key**:`
   * note), read item by item as readQuote reads a quote: CommonMark defines
   * an item's content as the document its lines make with the indent taken
   * off. False otherwise: the parser reads it.
   */
  private readItems(chunk: Chunk): boolean {
    const { source } = this;
    if (this.depth >= MAX_QUOTE_DEPTH) return false;
    // A chunk starts at an unindented line: a list's starts with its first marker.
    if (!listMarker(source, chunk.start, lineEnd(source, chunk.start))) return false;
    if (holds(source, 9, chunk.start, chunk.end)) return false;
    const items: { line: number; inner: string; segments: Segment[]; start: number; end: number }[] = [];
    let kind: string | undefined;
    let width = 0;
    let indentOf = -1;
    for (let at = chunk.start, number = chunk.line; at < chunk.end; number++) {
      const end = lineEnd(source, at);
      const next = nextLine(source, end);
      this.parser.tick();
      if (isBlankText(source, at, end)) {
        const item = items[items.length - 1];
        if (item) {
          // A blank line of the item: its blanks go, its line ending stays.
          item.segments.push({ offset: item.inner.length, lines: item.line - 1, shift: end - item.inner.length, columns: end - at });
          item.inner += source.slice(end, next);
        }
        at = next;
        continue;
      }
      let indent = 0;
      while (source.charCodeAt(at + indent) === 32) indent++;
      const item = items[items.length - 1];
      if (item && indent >= width) {
        // A line of the item's content: its indent to the content's column taken off.
        item.segments.push({ offset: item.inner.length, lines: item.line - 1, shift: at + width - item.inner.length, columns: width });
        item.inner += source.slice(at + width, next);
        item.end = end;
        at = next;
        continue;
      }
      // Else a new item of the same list, or the list is not plain.
      const marker = listMarker(source, at + indent, end);
      if (!marker || indent > 3 || (indentOf >= 0 && indent !== indentOf) || (kind !== undefined && marker.kind !== kind)) return false;
      // Emphasis may open a `**Key**:` note, and `[ ]` a task's checkbox: both are the parser's.
      const code = source.charCodeAt(marker.content);
      if (marker.content >= end || code === 42 || code === 95 || code === 91 || marker.content - marker.end > 4) return false;
      kind = marker.kind;
      indentOf = indent;
      width = marker.content - at;
      const inner = source.slice(marker.content, next);
      items.push({ line: number, inner, segments: [{ offset: 0, lines: number - 1, shift: marker.content, columns: width }], start: at, end });
      at = next;
    }
    // What would read as front matter at a document's start is text in an item: the parser reads it.
    if (items.length === 0 || items.some((item) => frontMatterEnd(item.inner) > 0)) return false;
    const children = items.map((item) => {
      return { type: 'listItem', spread: false, checked: null, children: this.readInner(item.inner, item.segments), position: this.positionOf(item.start, item.end, item.line) };
    });
    const last = items[items.length - 1]!;
    const list = { type: 'list', ordered: kind !== '-' && kind !== '*' && kind !== '+', spread: false, children, position: this.positionOf(chunk.start, last.end, chunk.line) } as unknown as RootContent;
    this.place([list]);
    return true;
  }

  /** A container's content (`inner`, its marks taken off) read by a reader of its own, and placed back in the document through `segments`. */
  private readInner(inner: string, segments: Segment[]): Item[] {
    const chunks = splitChunks(inner, () => this.parser.check());
    markDirectiveChunks(inner, chunks);
    const reader = new Reader(inner, this.parser, this.innerDefinitions(segments), this.select, this.depth + 1);
    chunks.forEach((part, index) => (part.wanted || part.note) && reader.read(part, index));
    return reader.placed().map((item) => {
      if (item.type === 'prebuiltTable') return placeTable(item, segments);
      relocate(item, segments);
      return item;
    });
  }

  /** A start and end in the source as an mdast position. */
  private positionOf(start: number, end: number, line: number): { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } {
    const { source } = this;
    const lastStart = Math.max(source.lastIndexOf('\n', end - 1), source.lastIndexOf('\r', end - 1)) + 1;
    return { start: { line, column: 1, offset: start }, end: { line: line + countLines(source.slice(start, end)), column: end - lastStart + 1, offset: end } };
  }

  /** The document's definitions, asked from a container's text (readQuote, readItems): its offsets are moved back first. */
  private innerDefinitions(segments: Segment[]): DefinitionLookup {
    const outer = this.definitions;
    const toSource = (offset: number): number => offset + segmentAt(segments, offset, false).shift;
    return {
      prefixFor: (ranges) => outer.prefixFor(ranges.map(([from, to]) => [toSource(from), toSource(to)])),
      defines: (label) => outer.defines(label),
      definesFootnote: (label) => outer.definesFootnote(label),
    };
  }

  /** The top-level tables of a chunk, read row by row, and the rest of it queued for the parser. */
  private readTables(chunk: Chunk, index: number): void {
    const { source } = this;
    let pos = chunk.start;
    let line = chunk.line;
    while (pos < chunk.end) {
      // The next line that may be a delimiter row, with a non-blank line before it.
      let previous: (Line & { blank: boolean }) | undefined;
      let head: { h: Line; d: Line } | undefined;
      for (let at = pos, number = line; at < chunk.end; number++) {
        const end = lineEnd(source, at);
        if (previous && !previous.blank && isDelimiterCandidate(source, at, end)) {
          head = { h: previous, d: { start: at, end, line: number } };
          break;
        }
        previous = { start: at, end, line: number, blank: isBlankText(source, at, end) };
        at = nextLine(source, end);
        this.parser.tick();
      }
      const read = head && this.readTable(pos, line, head.h, head.d, chunk.end);
      if (!read) {
        // Without a possible head the rest holds no table; with one the parser must look.
        const part: Part = { start: pos, end: chunk.end, line, index, whole: pos === chunk.start, directive: chunk.directive === true };
        if (!head && this.deferring) this.deferred.push(part);
        else this.queue(part);
        return;
      }
      this.place([...read.before, read.table]);
      pos = read.next.start;
      line = read.next.line;
    }
  }

  /**
   * The table whose head is the lines `h` and `d`, if a top-level table
   * starts there, read up to its end; `next` is where the rest of the chunk
   * starts. Undefined when no top-level table starts there: the parser then
   * reads the rest of the chunk.
   */
  private readTable(pos: number, line: number, h: Line, d: Line, chunkEnd: number): { before: RootContent[]; table: PrebuiltTable; next: Line } | undefined {
    const head = (h.start === pos && this.fastHead(h, d)) || this.parsedHead(pos, line, h, d);
    if (!head) return undefined;
    const columns = columnNames(head.header);
    const skipped = this.select !== undefined && !selects(this.select, columns);
    const body = new Body(this, h, d, columns, skipped);
    const next = body.read(chunkEnd);
    if (!next) return undefined;
    const last = skipped ? head.headerEnd : body.end;
    const span: Span = {
      line: head.start.line,
      column: head.start.column,
      endLine: last.endLine,
      endColumn: last.endColumn,
      offset: head.start.offset,
      endOffset: last.endOffset,
    };
    const table: PrebuiltTable = {
      type: 'prebuiltTable',
      header: head.header,
      rows: skipped ? [] : body.rows.rows,
      span,
      skipped,
      directives: [...head.directives, ...body.directives],
    };
    return { before: head.before, table, next };
  }

  /**
   * The head read without the parser: `h` starts a part (nothing is open
   * before it), its first characters start no other block, `d` is a
   * delimiter row that starts no container, and their cell counts agree.
   */
  private fastHead(h: Line, d: Line): Head | undefined {
    const { source } = this;
    const shape = lineShape(source, h.start, h.end);
    if (!shape.plain || !isHeadRow(source, shape.first, h.end) || !delimiterMayFollow(source, d)) return undefined;
    const ranges = splitRow(source, shape.first, h.end);
    if (delimiterCells(source, d.start, d.end) !== ranges.length) return undefined;
    const header = this.cells(ranges, h);
    if (!header) return undefined;
    const column = shape.first - h.start + 1;
    return {
      header,
      directives: [],
      start: { line: h.line, column, offset: shape.first },
      headerEnd: { line: h.line, column, endLine: h.line, endColumn: h.end - h.start + 1, offset: shape.first, endOffset: h.end },
      before: [],
    };
  }

  /** The head as the parser reads the part up to the delimiter row: the last node must be a top-level table starting at `h`. */
  private parsedHead(pos: number, line: number, h: Line, d: Line): Head | undefined {
    const prefix = this.definitions.prefixFor([[pos, d.end]]);
    const text = this.source.slice(pos, d.end);
    const nodes = this.parsePlaced(prefix + text, prefix, [{ offset: prefix.length, lines: line - 1 - countLines(prefix), shift: pos - prefix.length }]);
    const table = nodes[nodes.length - 1];
    if (table?.type !== 'table' || table.children.length !== 1 || table.position!.start.line !== h.line) return undefined;
    const headerRow = table.children[0]!;
    const directives: DirectiveComment[] = [];
    collectDirectives(headerRow, directives);
    const { start } = table.position!;
    return {
      header: headerRow.children.map((cell) => cellFromNode(cell, this.source)),
      directives,
      start: { line: start.line, column: start.column, offset: start.offset! },
      headerEnd: spanOf(headerRow),
      before: nodes.slice(0, -1),
    };
  }

  /** The cells of a row line, or undefined when one of them needs the parser. */
  cells(ranges: CellRange[], line: Line): Cell[] | undefined {
    const cells: Cell[] = new Array(ranges.length);
    for (let i = 0; i < ranges.length; i++) {
      const range = ranges[i]!;
      const value = range.from === range.to ? { text: '', links: NO_LINKS, strong: false } : readInline(this.source, range.from, range.to, true, this.isDefined, this.isFootnote);
      if (!value) return undefined;
      cells[i] = cellAt(this.source, range.start, range.end, line.line, line.start, value);
    }
    return cells;
  }

  /**
   * Parses a copy of the table's head and then `lines` (consecutive lines
   * after the head or after rows), and returns the rows the parser found,
   * placed in the document: a prefix of `lines`, fewer than all of them when
   * the table ends before. Undefined if the parser does not read the copy as
   * one table, which would mean the head was misread.
   */
  parseRows(h: Line, d: Line, lines: Line[]): MdastTable['children'] | undefined {
    const { source } = this;
    const ranges: [number, number][] = [[h.start, h.end], [d.start, d.end], ...lines.map((l): [number, number] => [l.start, l.end])];
    const prefix = this.definitions.prefixFor(ranges);
    const prefixLines = countLines(prefix);
    let text = prefix + source.slice(h.start, h.end) + '\n' + source.slice(d.start, d.end) + '\n';
    const segments: Segment[] = [];
    lines.forEach((l, i) => {
      segments.push({ offset: text.length, lines: l.line - (prefixLines + 3 + i), shift: l.start - text.length });
      text += source.slice(l.start, l.end) + '\n';
    });
    const nodes = this.parser.parse(text).children.filter((node) => node.position!.start.line > prefixLines);
    const table = nodes[0];
    if (table?.type !== 'table' || table.position!.start.line !== prefixLines + 1) return undefined;
    const rows = table.children.slice(1);
    if (rows.length > lines.length || rows.some((row, i) => row.position!.start.line !== prefixLines + 3 + i)) return undefined;
    for (const row of rows) relocate(row, segments);
    return rows;
  }

  tick(): void {
    this.parser.tick();
  }
}

/** The body of one table: its rows, read line by line until the table ends. */
class Body {
  readonly rows: RowAssembler;
  readonly directives: DirectiveComment[] = [];
  /** The span of the last row (or of the delimiter row). */
  end: Span;
  /** Lines waiting for the parser, consecutive, all after the rows read so far. */
  private pending: Line[] = [];
  private pendingChars = 0;
  /** Set when a pending line turned out not to be a row. */
  private ended: Line | undefined;

  constructor(
    private readonly reader: Reader,
    private readonly h: Line,
    private readonly d: Line,
    private readonly columns: readonly string[],
    private readonly skipped: boolean,
  ) {
    this.rows = new RowAssembler(columns);
    // Only the end is used: a table without body rows ends with its delimiter row.
    this.end = { line: d.line, column: 1, endLine: d.line, endColumn: d.end - d.start + 1, offset: d.start, endOffset: d.end };
  }

  /** Reads rows up to the end of the table; returns where the rest of the chunk starts, or undefined if the head was misread. */
  read(chunkEnd: number): Line | undefined {
    const source = this.reader.source;
    let at = nextLine(source, this.d.end);
    let number = this.d.line + 1;
    for (; at < chunkEnd; number++) {
      this.reader.tick();
      const end = lineEnd(source, at);
      const line: Line = { start: at, end, line: number };
      const shape = lineShape(source, at, end);
      if (shape.blank) break;
      if (shape.plain && !(this.skipped && source.slice(at, end).includes(DIRECTIVE_PREFIX))) {
        // A line that starts no other block is a row; read it now if its cells allow. Cells past the
        // header's are counted, not read (the table drops them), unless a comment there may be a directive.
        const ranges = this.skipped ? undefined : splitRow(source, shape.first, end, this.columns.length);
        const past = ranges && ranges.total > ranges.length ? ranges[ranges.length - 1]!.end : end;
        const whole = past < end && source.slice(past, end).includes('<!--') ? splitRow(source, shape.first, end) : ranges;
        const cells = whole ? this.reader.cells(whole, line) : [];
        if (cells) {
          if (!this.flushPending()) return undefined;
          if (this.ended) return this.ended;
          if (!this.skipped) this.rows.add(cells, rowSpan(line, shape.first), ranges!.total);
          this.end = rowSpan(line, shape.first);
          at = nextLine(source, end);
          continue;
        }
      }
      this.pending.push(line);
      this.pendingChars += end - at;
      if (this.pending.length >= ROWS_PER_PIECE || this.pendingChars >= BATCH_CHARS) {
        if (!this.flushPending()) return undefined;
        if (this.ended) return this.ended;
      }
      at = nextLine(source, end);
    }
    if (!this.flushPending()) return undefined;
    return this.ended ?? { start: at, end: at, line: number };
  }

  /** Hands the pending lines to the parser; false if it did not read the head as a table. */
  private flushPending(): boolean {
    if (this.pending.length === 0) return true;
    const lines = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    const rows = this.reader.parseRows(this.h, this.d, lines);
    if (!rows) return false;
    const source = this.reader.source;
    rows.forEach((row) => {
      collectDirectives(row, this.directives);
      this.end = spanOf(row);
      if (!this.skipped) this.rows.add(row.children.map((cell) => cellFromNode(cell, source)), this.end);
    });
    if (rows.length < lines.length) this.ended = lines[rows.length];
    return true;
  }
}

const rowSpan = (line: Line, first: number): Span => ({
  line: line.line,
  column: first - line.start + 1,
  endLine: line.line,
  endColumn: line.end - line.start + 1,
  offset: first,
  endOffset: line.end,
});

/**
 * A delimiter row after a head read without the parser must not start a
 * container (a `- ` list item would interrupt the table): its first
 * character after up to three spaces is `|`, `:`, or a `-` not followed by
 * a blank.
 */
function delimiterMayFollow(source: string, d: Line): boolean {
  let i = d.start;
  while (i < d.end && i - d.start < 3 && source.charCodeAt(i) === 32) i++;
  const code = source.charCodeAt(i);
  if (code === 124 || code === 58) return true;
  if (code !== 45) return false;
  const next = i + 1 < d.end ? source.charCodeAt(i + 1) : -1;
  return next !== -1 && next !== 32 && next !== 9;
}

/**
 * The link and footnote definitions of the document, re-stated ahead of text
 * handed to the parser that may use them, so that the parser knows what the
 * whole document defines. Only chunks that may define a label the text holds
 * are parsed to find them: a definition of label L is written `[L']:` with
 * L' normalising to L, so an index of every `[...]:` in the document
 * (built once, one pass) names those chunks.
 */
class Definitions {
  private readonly links = new Map<string, string>();
  private readonly footnotes = new Map<string, string>();
  /** Whether any `]` is not followed by `(`, which a reference or footnote call needs. */
  private readonly anyReference: boolean;
  /** Chunks by the normalised label of each `[label]:` they hold; undefined until first needed. */
  private index: Map<string, Chunk[]> | undefined;
  /** Chunks with a `[...]:` whose label spans lines (container markers may sit inside it): parsed whenever any label is looked up. */
  private spanning: Chunk[] = [];
  private readonly parsed = new Set<Chunk>();

  constructor(
    private readonly source: string,
    private readonly chunks: Chunk[],
    private readonly parser: Parser,
  ) {
    this.anyReference = hasReference(source);
  }

  /**
   * The definitions the text in `ranges` may use, re-stated (then a blank
   * line, and after footnotes a paragraph, so that nothing continues into
   * the text). A label is text in brackets with no other bracket inside, so
   * one scan finds every label the text holds.
   */
  prefixFor(ranges: [number, number][]): string {
    if (!this.anyReference) return '';
    const labels: string[] = [];
    for (const [from, to] of ranges) collectLabels(this.source, from, to, labels);
    if (labels.length === 0) return '';
    const keys = labels.map(normalizeLabel);
    this.load(keys);
    const links = new Set<string>();
    const footnotes = new Set<string>();
    keys.forEach((key, i) => {
      const link = this.links.get(key);
      if (link !== undefined) links.add(link);
      if (labels[i]!.startsWith('^')) {
        const footnote = this.footnotes.get(normalizeLabel(labels[i]!.slice(1)));
        if (footnote !== undefined) footnotes.add(footnote);
      }
    });
    if (links.size === 0 && footnotes.size === 0) return '';
    let prefix = [...links].map((identifier) => `[${identifier}]: #\n`).join('') + '\n';
    if (footnotes.size > 0) prefix += [...footnotes].map((identifier) => `[^${identifier}]: x\n\n`).join('') + '.\n\n';
    return prefix;
  }

  /** Whether a link definition names `label` (a shortcut reference's text). */
  defines(label: string): boolean {
    if (!this.anyReference) return false;
    const key = normalizeLabel(label);
    if (key === '') return false;
    this.load([key]);
    return this.links.has(key);
  }

  /** Whether a footnote definition names `label` (a footnote call's, without its `^`). */
  definesFootnote(label: string): boolean {
    if (!this.anyReference) return false;
    const key = normalizeLabel(label);
    if (key === '') return false;
    // Indexed as written between the brackets of `[^label]:`.
    this.load([normalizeLabel(`^${label}`)]);
    return this.footnotes.has(key);
  }

  /** Parses the chunks that may define one of `keys` and were not parsed yet. */
  private load(keys: string[]): void {
    const index = (this.index ??= this.buildIndex());
    const todo = new Set<Chunk>();
    for (const chunk of this.spanning) if (!this.parsed.has(chunk)) todo.add(chunk);
    for (const key of keys) for (const chunk of index.get(key) ?? []) if (!this.parsed.has(chunk)) todo.add(chunk);
    if (todo.size === 0) return;
    const chunks = [...todo].sort((a, b) => a.start - b.start);
    const collect = (node: Nodes): void => {
      if (node.type === 'definition') this.links.set(node.identifier, node.identifier);
      else if (node.type === 'footnoteDefinition') this.footnotes.set(node.identifier, node.identifier);
      if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
    };
    // Chunks parse alone as in place, so several go through the parser at once.
    for (let i = 0; i < chunks.length; ) {
      let text = '';
      while (i < chunks.length && (text === '' || text.length < BATCH_CHARS)) {
        this.parsed.add(chunks[i]!);
        text += this.source.slice(chunks[i]!.start, chunks[i]!.end);
        i++;
      }
      collect(this.parser.parse(text));
    }
  }

  /** One pass over the `]:` of the source, in chunks that may start a definition. */
  private buildIndex(): Map<string, Chunk[]> {
    const { source, chunks } = this;
    const index = new Map<string, Chunk[]>();
    let chunk = 0;
    for (let at = source.indexOf(']:'); at !== -1; at = source.indexOf(']:', at + 1)) {
      while (chunks[chunk]!.end <= at) chunk++;
      const candidate = chunks[chunk]!;
      if (!candidate.definition) continue;
      const open = labelStart(source, at, candidate.start);
      if (open === -1) continue;
      const label = source.slice(open + 1, at);
      if (/[\n\r]/.test(label)) {
        if (this.spanning[this.spanning.length - 1] !== candidate) this.spanning.push(candidate);
        continue;
      }
      const key = normalizeLabel(label);
      const list = index.get(key);
      if (!list) index.set(key, [candidate]);
      else if (list[list.length - 1] !== candidate) list.push(candidate);
    }
    return index;
  }
}

/** The `[` that opens the label closed at `close`: no unescaped bracket between, at most `MAX_LABEL` back; -1 if none. */
function labelStart(source: string, close: number, floor: number): number {
  for (let i = close - 1; i >= floor && close - i <= MAX_LABEL + 1; i--) {
    const code = source.charCodeAt(i);
    if (code !== 91 && code !== 93) continue;
    let escapes = 0;
    while (i - escapes - 1 >= floor && source.charCodeAt(i - escapes - 1) === 92) escapes++;
    if (escapes % 2 === 1) continue;
    return code === 91 ? i : -1;
  }
  return -1;
}

/** A `]` not followed by `(`: a reference, collapsed or shortcut link, or a footnote call, may be there. */
function hasReference(source: string): boolean {
  for (let i = source.indexOf(']'); i !== -1; i = source.indexOf(']', i + 1)) {
    if (source.charCodeAt(i + 1) !== 40 /* ( */) return true;
  }
  return false;
}

/** Text between `[` and `]` with no unescaped bracket inside, at most `MAX_LABEL` long. */
function collectLabels(source: string, from: number, to: number, into: string[]): void {
  let open = -1;
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === 92 /* \ */) i++;
    else if (code === 91 /* [ */) open = i;
    else if (code === 93 /* ] */) {
      if (open !== -1 && i - open - 1 <= MAX_LABEL) into.push(source.slice(open + 1, i));
      open = -1;
    }
  }
}

/**
 * A label as mdast's `identifier`: micromark's `normalizeIdentifier`
 * (whitespace collapsed, trimmed, case-folded through upper case), lower-cased.
 */
const normalizeLabel = (label: string): string =>
  label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();

function relocate(node: Nodes, segments: Segment[]): void {
  const position = node.position;
  if (position) {
    const start = segmentAt(segments, position.start.offset!, false);
    const end = segmentAt(segments, position.end.offset!, true);
    node.position = {
      start: { line: position.start.line + start.lines, column: position.start.column + (start.columns ?? 0), offset: position.start.offset! + start.shift },
      end: { line: position.end.line + end.lines, column: position.end.column + (end.columns ?? 0), offset: position.end.offset! + end.shift },
    };
  }
  if ('children' in node) {
    // A quote read by its own reader holds tables that reader built (a quote in a quote): their spans move too.
    const children = node.children as (Nodes | PrebuiltTable)[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'prebuiltTable') children[i] = placeTable(child, segments);
      else relocate(child, segments);
    }
  }
}

/**
 * Whether `source[from, to)` holds the character `code`. Bounded by `to`:
 * `indexOf` would look on to the end of the document when it is not there,
 * once for each of a page's 300,000 chunks.
 */
function holds(source: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) === code) return true;
  return false;
}

/** A span of a block quote's text, placed in the document. */
/**
 * A list item's marker at `at` (after its indent): `-`, `+`, `*` or one to
 * nine digits and `.` or `)`, then a space or the line's end. `kind` tells
 * lists apart (the bullet, or the ordered delimiter); `content` is where the
 * content starts (after the marker and at most four spaces; more, and the
 * content is code that starts one space in, which readItems leaves alone).
 */
function listMarker(source: string, at: number, end: number): { kind: string; end: number; content: number } | undefined {
  const code = source.charCodeAt(at);
  let after: number;
  let kind: string;
  if (code === 45 || code === 43 || code === 42) {
    after = at + 1;
    kind = source[at]!;
  } else {
    let i = at;
    while (i < end && i - at < 9 && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) i++;
    if (i === at || (source.charCodeAt(i) !== 46 && source.charCodeAt(i) !== 41)) return undefined;
    after = i + 1;
    kind = source[i]!;
  }
  if (after < end && source.charCodeAt(after) !== 32) return undefined;
  // `- - -`, `* * *`: a thematic break, not an item.
  if (kind === '-' || kind === '*') {
    const rest = source.slice(at, end).replace(/ /g, '');
    if (rest.length >= 3 && [...rest].every((c) => c === kind)) return undefined;
  }
  let content = after;
  while (content < end && source.charCodeAt(content) === 32) content++;
  return { kind, end: after, content };
}

function placeSpan(span: Span, segments: Segment[]): Span {
  const start = segmentAt(segments, span.offset, false);
  const end = segmentAt(segments, span.endOffset, span.endOffset > span.offset);
  return {
    line: span.line + start.lines,
    column: span.column + (start.columns ?? 0),
    endLine: span.endLine + end.lines,
    endColumn: span.endColumn + (end.columns ?? 0),
    offset: span.offset + start.shift,
    endOffset: span.endOffset + end.shift,
  };
}

/** A table read in a block quote's text, placed in the document. */
function placeTable(table: PrebuiltTable, segments: Segment[]): PrebuiltTable {
  const cells = (list: Cell[]): Cell[] => list.map((cell) => ({ ...cell, span: placeSpan(cell.span, segments) }));
  return {
    ...table,
    span: placeSpan(table.span, segments),
    header: cells(table.header),
    rows: table.rows.map((row) => ({ ...row, cells: cells(row.cells), span: placeSpan(row.span, segments) })),
    directives: table.directives.map((directive) => ({ ...directive, span: placeSpan(directive.span, segments) })),
  };
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

/** The start of the line after the one ending at `end`. */
function nextLine(source: string, end: number): number {
  if (end >= source.length) return end;
  return end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
}

// Blank as markdown means it: spaces, tabs and line endings only (a line of U+00A0 is text).
function isBlankText(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

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
