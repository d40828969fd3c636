/**
 * A block-level scan that cuts a document into chunks which a markdown parser
 * reads the same way alone as inside the whole document, and marks which
 * chunks may hold what the table model needs (tables, headings, list notes).
 *
 * A chunk starts at a line with no indentation after a blank line. There every
 * container is closed: a block quote ends at a blank line, and a list item
 * cannot continue on an unindented line once a blank line has passed (no lazy
 * continuation after a blank line). Blocks that survive both are leaves at the
 * top level: a fenced code block, or an HTML block that ends at a marker
 * (`-->`, `</pre>`, ...). So the scan tracks only those, plus the top-level
 * list item (its content indent decides whether an indented fence is at the
 * top level).
 *
 * Where one line can be read two ways without a full parse (a fence opener
 * indented 1-3 spaces may or may not be in a list item; `<tag>` may be an HTML
 * block or paragraph text), the scan follows both readings and only cuts where
 * every reading is outside code and HTML. Doubt therefore merges chunks, which
 * costs time, and never splits a block.
 */
import { isDelimiterCandidate } from './prescan.js';

export interface Chunk {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** Some line may be a table delimiter row or a heading. */
  wanted: boolean;
  /** Some line may be a list item starting with bold (a `- **Key**: note`). */
  note: boolean;
  /** Some line may be a table delimiter row. */
  table: boolean;
  /** Some line may start a link reference definition (`[label]: url`). */
  definition: boolean;
  /** Holds a suppression comment (set by the fast reader). */
  directive?: boolean;
  /** The document's YAML front matter: never markdown, never read. */
  matter?: boolean;
}

const enum Leaf {
  Fresh,
  Fence,
  Html,
  /** An HTML block that ends at a blank line (kinds 6 and 7). */
  HtmlToBlank,
}

interface Reading {
  leaf: Leaf;
  /** Fence character and length, or the HTML block's end marker. */
  fenceChar: number;
  fenceLength: number;
  htmlEnd: string;
  /** Content indent of the open top-level list item, 0 when none. */
  listIndent: number;
}

interface Line {
  start: number;
  end: number;
  /** Index of the first character that is not a space or tab. */
  first: number;
  /** Indentation in columns, tabs to the next multiple of 4. */
  indent: number;
  blank: boolean;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const FRESH: Reading = { leaf: Leaf.Fresh, fenceChar: 0, fenceLength: 0, htmlEnd: '', listIndent: 0 };

/**
 * Readings followed at once past this many, the scan stops cutting: the rest
 * of the document is one chunk. Doubt only merges chunks, so this is safe,
 * and it keeps each line's work bounded whatever the input.
 */
const MAX_READINGS = 16;

/**
 * Where the document's YAML front matter ends (the start of the line after
 * its closing fence), or 0 when it has none. The rule of the full parse
 * (micromark-extension-frontmatter, see parser.ts): `---` at the very start,
 * then only spaces or tabs up to the line's end; then lines up to the first
 * that is `---` and spaces or tabs; no closing fence, no front matter. One
 * pass, stopping at the closing fence.
 */
export function frontMatterEnd(source: string): number {
  const fence = (at: number): number => {
    if (!source.startsWith('---', at)) return -1;
    let i = at + 3;
    while (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB) i++;
    return i === source.length || source.charCodeAt(i) === LF || source.charCodeAt(i) === CR ? i : -1;
  };
  const nextLine = (end: number): number => end + (source.charCodeAt(end) === CR && source.charCodeAt(end + 1) === LF ? 2 : 1);
  const open = fence(0);
  if (open === -1 || open === source.length) return 0;
  for (let at = nextLine(open); at <= source.length; ) {
    const close = fence(at);
    if (close !== -1) return close === source.length ? close : nextLine(close);
    let end = at;
    while (end < source.length && source.charCodeAt(end) !== LF && source.charCodeAt(end) !== CR) end++;
    if (end === source.length) return 0;
    at = nextLine(end);
  }
  return 0;
}

/** `check` is called every few thousand lines (the reader's time budget). */
export function splitChunks(source: string, check: () => void = () => {}): Chunk[] {
  const chunks: Chunk[] = [];
  let readings: Reading[] = [FRESH];
  let pos = frontMatterEnd(source);
  let lineNumber = 0;
  if (pos > 0) {
    for (let i = 0; i < pos; i++) {
      const code = source.charCodeAt(i);
      if (code === LF || (code === CR && source.charCodeAt(i + 1) !== LF)) lineNumber++;
    }
    // A closing fence at the very end has no line ending to count.
    if (pos === source.length && !(source.endsWith('\n') || source.endsWith('\r'))) lineNumber++;
    chunks.push({ start: 0, end: pos, line: 1, wanted: false, note: false, table: false, definition: false, matter: true });
  }
  let chunk: Chunk = { start: pos, end: 0, line: lineNumber + 1, wanted: false, note: false, table: false, definition: false };
  let previousBlank = true;
  const line: Line = { start: 0, end: 0, first: 0, indent: 0, blank: true };
  let poisoned = false;
  let previousEmptyItem = false;
  /**
   * micromark keeps indented code open over blank lines, and a line read
   * while a construct is open counts as interrupting: there an ordered list
   * not starting at 1, an empty list item or some HTML start no block
   * (`2. item` after indented code is a paragraph). Such a line stays with
   * the code's chunk, so that it parses as in place.
   */
  let afterIndentedCode = false;
  /**
   * The previous line is an ATX heading that began its chunk: it closed
   * itself and nothing was open around it, so the next line starts a chunk
   * even without a blank line between. The heading then is a chunk of one
   * line, which the fast reader reads without the parser.
   */
  let afterHeadingChunk = false;
  while (pos < source.length) {
    lineNumber++;
    if ((lineNumber & 4095) === 0) check();
    measure(source, pos, line);
    let next = line.end;
    if (next < source.length) next += source.charCodeAt(next) === CR && source.charCodeAt(next + 1) === LF ? 2 : 1;

    if (
      !poisoned &&
      (previousBlank || afterHeadingChunk) &&
      !line.blank &&
      line.indent === 0 &&
      pos > chunk.start &&
      readings.every(isOutsideLeaf) &&
      !(afterIndentedCode && startsInterruptible(source, line))
    ) {
      chunk.end = pos;
      chunks.push(chunk);
      chunk = { start: pos, end: 0, line: lineNumber, wanted: false, note: false, table: false, definition: false };
      readings = [FRESH];
    }
    if (!line.blank && readings.some((reading) => reading.leaf === Leaf.Fresh)) {
      if (!chunk.table && isDelimiterCandidate(source, line.start, line.end)) chunk.table = chunk.wanted = true;
      else if (!chunk.wanted) {
        const wants = isWanted(source, line, previousBlank, previousEmptyItem);
        if (wants === 'heading') chunk.wanted = true;
        else if (wants === 'note') chunk.note = true;
      }
      chunk.definition ||= startsDefinition(source, line);
    }
    if (!poisoned) {
      readings = step(readings, source, line, previousBlank);
      if (readings.length > MAX_READINGS) {
        poisoned = true;
        readings = [FRESH];
      }
    }
    if (!line.blank) afterIndentedCode = line.indent >= 4 && (previousBlank || afterIndentedCode);
    afterHeadingChunk = !poisoned && line.start === chunk.start && isAtxHeading(source, line);
    previousBlank = line.blank;
    previousEmptyItem = !line.blank && isEmptyItem(source, line);
    pos = next;
  }
  chunk.end = source.length;
  if (chunk.end > chunk.start || chunks.length === 0) chunks.push(chunk);
  return chunks;
}

/** A line whose reading depends on whether it interrupts: a list item or HTML. */
function startsInterruptible(source: string, line: Line): boolean {
  const code = source.charCodeAt(line.first);
  return isDigit(code) || code === 60 /* < */ || code === 45 || code === 42 || code === 43;
}

const isOutsideLeaf = (reading: Reading): boolean => reading.leaf === Leaf.Fresh || reading.leaf === Leaf.HtmlToBlank;

function measure(source: string, start: number, line: Line): void {
  let i = start;
  let indent = 0;
  for (; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === SPACE) indent++;
    else if (code === TAB) indent += 4 - (indent % 4);
    else break;
  }
  line.start = start;
  line.first = i;
  line.indent = indent;
  let end = i;
  while (end < source.length) {
    const code = source.charCodeAt(end);
    if (code === LF || code === CR) break;
    end++;
  }
  line.end = end;
  line.blank = i === end;
}

function step(readings: Reading[], source: string, line: Line, previousBlank: boolean): Reading[] {
  if (readings.length === 1) return advance(readings[0]!, source, line, previousBlank);
  const seen = new Map<string, Reading>();
  for (const reading of readings) {
    for (const next of advance(reading, source, line, previousBlank)) {
      seen.set(`${next.leaf},${next.fenceChar},${next.fenceLength},${next.htmlEnd},${next.listIndent}`, next);
    }
  }
  return [...seen.values()];
}

function advance(reading: Reading, source: string, line: Line, previousBlank: boolean): Reading[] {
  switch (reading.leaf) {
    case Leaf.Fence:
      return isFenceClose(source, line, reading) ? [FRESH] : [reading];
    case Leaf.Html:
      return containsEnd(source, line.start, line.end, reading.htmlEnd) ? [FRESH] : [reading];
    case Leaf.HtmlToBlank:
      return line.blank ? [FRESH] : [reading];
  }
  if (reading.listIndent > 0) {
    if (line.blank || line.indent >= reading.listIndent) return [reading];
    // Less indented: the item ends, unless the line lazily continues its paragraph.
    const topLevel = advanceTopLevel(source, line, previousBlank);
    return previousBlank ? topLevel : [reading, ...topLevel];
  }
  return advanceTopLevel(source, line, previousBlank);
}

/** A line read with no container open. */
function advanceTopLevel(source: string, line: Line, previousBlank: boolean): Reading[] {
  if (line.blank || line.indent >= 4) return [FRESH];
  const fence = fenceOpen(source, line);
  if (fence) return [fence];
  const first = source.charCodeAt(line.first);
  if (first === 60 /* < */) return htmlOpen(source, line);
  const listIndent = listItemIndent(source, line);
  if (listIndent === 0) return [FRESH];
  const item: Reading = { ...FRESH, listIndent };
  // An item may begin with one blank line only, and some items cannot
  // interrupt a paragraph; follow both readings rather than decide.
  const empty = listIndent < 0;
  if (empty) item.listIndent = -listIndent;
  return previousBlank && !empty ? [item] : [item, FRESH];
}

function fenceOpen(source: string, line: Line): Reading | undefined {
  const char = source.charCodeAt(line.first);
  if (char !== 96 /* ` */ && char !== 126 /* ~ */) return undefined;
  let i = line.first;
  while (i < line.end && source.charCodeAt(i) === char) i++;
  const length = i - line.first;
  if (length < 3) return undefined;
  if (char === 96 && source.slice(i, line.end).includes('`')) return undefined;
  return { ...FRESH, leaf: Leaf.Fence, fenceChar: char, fenceLength: length };
}

function isFenceClose(source: string, line: Line, fence: Reading): boolean {
  if (line.blank || line.indent >= 4) return false;
  let i = line.first;
  while (i < line.end && source.charCodeAt(i) === fence.fenceChar) i++;
  if (i - line.first < fence.fenceLength) return false;
  for (; i < line.end; i++) {
    const code = source.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

const RAW_TAGS = ['script', 'pre', 'style', 'textarea'];

/** HTML block starts (CommonMark kinds 1-7); kinds 6 and 7 are not told apart from text. */
function htmlOpen(source: string, line: Line): Reading[] {
  const rest = source.slice(line.first, Math.min(line.end, line.first + 16)).toLowerCase();
  let end: string | undefined;
  let after = 0;
  // The end condition is a line that contains the end anywhere, the opener's own characters too: `<!-->`
  // and `<!--->` end where they start, as `<?>` does (CommonMark 4.6; micromark and GitHub agree), and a
  // raw block ends at any of the four raw end tags, not only its own (`<script>` … `</pre>`).
  const raw = RAW_TAGS.find((tag) => rest.startsWith(`<${tag}`) && /^(?:[\s>]|$)/.test(rest.slice(tag.length + 1)));
  if (raw) [end, after] = [RAW_END, raw.length + 1];
  else if (rest.startsWith('<!--')) [end, after] = ['-->', 2];
  else if (rest.startsWith('<![cdata[')) [end, after] = [']]>', 9];
  else if (rest.startsWith('<?')) [end, after] = ['?>', 1];
  else if (/^<![a-z]/.test(rest)) [end, after] = ['>', 2];
  if (end !== undefined) {
    if (containsEnd(source, line.first + after, line.end, end)) return [FRESH];
    return [{ ...FRESH, leaf: Leaf.Html, htmlEnd: end }];
  }
  if (/^<\/?[a-z]/.test(rest)) return [{ ...FRESH, leaf: Leaf.HtmlToBlank }, FRESH];
  return [FRESH];
}

/** The end of a raw HTML block (`<script>`, `<pre>`, `<style>`, `<textarea>`): any of their end tags. */
const RAW_END = '</raw>';
const RAW_ENDS = RAW_TAGS.map((tag) => `</${tag}>`);

function containsEnd(source: string, from: number, to: number, end: string): boolean {
  const text = source.slice(from, to);
  if (end === RAW_END) {
    const lower = text.toLowerCase();
    return RAW_ENDS.some((tag) => lower.includes(tag));
  }
  return text.includes(end);
}

/**
 * Content indent of a list item starting on this line, negated when the item
 * starts empty; 0 when the line is no list item (or a thematic break).
 */
function listItemIndent(source: string, line: Line): number {
  let i = line.first;
  const char = source.charCodeAt(i);
  if (char === 45 /* - */ || char === 42 /* * */ || char === 43 /* + */) {
    if (char !== 43 && isThematicBreak(source, line)) return 0;
    i++;
  } else {
    const digits = i;
    while (i < line.end && i - digits < 10 && isDigit(source.charCodeAt(i))) i++;
    if (i === digits || i - digits > 9) return 0;
    const mark = source.charCodeAt(i);
    if (mark !== 46 /* . */ && mark !== 41 /* ) */) return 0;
    i++;
  }
  const markerEnd = line.indent + (i - line.first);
  if (i === line.end) return -(markerEnd + 1);
  const after = source.charCodeAt(i);
  if (after !== SPACE && after !== TAB) return 0;
  let column = markerEnd;
  let j = i;
  for (; j < line.end; j++) {
    const code = source.charCodeAt(j);
    if (code === SPACE) column++;
    else if (code === TAB) column += 4 - (column % 4);
    else break;
  }
  if (j === line.end) return -(markerEnd + 1);
  const spaces = column - markerEnd;
  return spaces >= 5 ? markerEnd + 1 : column;
}

function isThematicBreak(source: string, line: Line): boolean {
  const char = source.charCodeAt(line.first);
  let count = 0;
  for (let i = line.first; i < line.end; i++) {
    const code = source.charCodeAt(i);
    if (code === char) count++;
    else if (code !== SPACE && code !== TAB) return false;
  }
  return count >= 3;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** After block quote markers, list markers and blanks: where a line's content starts. */
function contentStart(source: string, line: Line): number {
  return contentAfterMarkers(source, line).at;
}

/** Where a line's content starts, and whether a list marker came before it. */
function contentAfterMarkers(source: string, line: Line): { at: number; listMarker: boolean } {
  let listMarker = false;
  let i = line.first;
  for (;;) {
    const code = source.charCodeAt(i);
    if (code === SPACE || code === TAB || code === 62 /* > */) {
      i++;
      continue;
    }
    if (code === 45 || code === 42 || code === 43) {
      const after = source.charCodeAt(i + 1);
      if (after === SPACE || after === TAB || i + 1 === line.end) {
        listMarker = true;
        i = Math.min(i + 2, line.end);
        continue;
      }
      return { at: i, listMarker };
    }
    let j = i;
    while (j < line.end && isDigit(source.charCodeAt(j))) j++;
    const mark = source.charCodeAt(j);
    const after = source.charCodeAt(j + 1);
    if (j > i && (mark === 46 || mark === 41) && (after === SPACE || after === TAB || j + 1 === line.end)) {
      listMarker = true;
      i = Math.min(j + 2, line.end);
      continue;
    }
    return { at: i, listMarker };
  }
}

/**
 * May this line be (part of) a heading or a bold-led list item? Bold text
 * starts a list item's first paragraph only on the marker's line, or on the
 * line after a marker with nothing after it (`previousEmptyItem`); bold at
 * the start of any other line (`**Note:** ...`) is a paragraph the model
 * does not need.
 */
function isWanted(source: string, line: Line, previousBlank: boolean, previousEmptyItem: boolean): 'heading' | 'note' | undefined {
  if (!previousBlank && isSetextUnderline(source, line)) return 'heading';
  const { at, listMarker } = contentAfterMarkers(source, line);
  if (at >= line.end) return undefined;
  const code = source.charCodeAt(at);
  if (code === 35 /* # */) return 'heading';
  const next = source.charCodeAt(at + 1);
  return (listMarker || previousEmptyItem) && ((code === 42 && next === 42) || (code === 95 && next === 95)) ? 'note' : undefined;
}

/** A line that is only list markers (and block quote markers): an item whose content may start on the next line. */
function isEmptyItem(source: string, line: Line): boolean {
  const { at, listMarker } = contentAfterMarkers(source, line);
  return listMarker && at >= line.end;
}

/** `#` to `######` at the line's first character, then a blank or the line's end. */
function isAtxHeading(source: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && i - line.start < 7 && source.charCodeAt(i) === 35) i++;
  const depth = i - line.start;
  const next = source.charCodeAt(i);
  return depth >= 1 && depth <= 6 && (i === line.end || next === SPACE || next === TAB);
}

/** `===` or `---` after block quote markers: it turns the paragraph above into a heading. */
function isSetextUnderline(source: string, line: Line): boolean {
  let i = line.first;
  while (i < line.end && (source.charCodeAt(i) === 62 || source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) i++;
  const code = source.charCodeAt(i);
  if (i === line.end || (code !== 61 /* = */ && code !== 45 /* - */)) return false;
  while (i < line.end && source.charCodeAt(i) === code) i++;
  while (i < line.end && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) i++;
  return i === line.end;
}

function startsDefinition(source: string, line: Line): boolean {
  const at = contentStart(source, line);
  return at < line.end && source.charCodeAt(at) === 91 /* [ */;
}
