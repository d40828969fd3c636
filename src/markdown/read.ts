/**
 * The reference reader: one full-document mdast parse (mdast-util-from-markdown
 * with the GFM table extension), walked into the table model of `types.ts`.
 *
 * The fast reader (`fast.ts`) must produce exactly what this one does; the
 * differential tests hold it to that. The node-level converters are exported
 * so both readers share them.
 */
import type { Heading as MdastHeading, ListItem, Nodes, Parents, Root, RootContent, Table as MdastTable, TableCell } from 'mdast';
import { frontMatterEnd } from './blocks.js';
import { eachAnchor, htmlText, imageAlt, NO_LINKS, separatesText, useEntities } from './inline.js';
import { LOOKALIKES, unmixLookalikes } from './lookalikes.js';
import { cellBounds } from './rows.js';
import { columnKey } from './select.js';
import type { Cell, DirectiveComment, Heading, Link, ListNote, MarkdownDocument, Row, Span, Table } from './types.js';

declare module 'mdast' {
  interface TableData {
    /** Set by the fast reader on a table whose rows it did not read (see `FastOptions.select`). */
    skipped?: boolean;
  }
}

let parser: typeof import('./parser.js') | undefined;

/** Loads the markdown parser (parser.ts); everything that reads markdown needs it loaded first, or goes through `withParser`. */
export async function loadParser(): Promise<void> {
  parser ??= await import('./parser.js');
  useEntities(parser.decodeNamedCharacterReference);
}

/** What `parseTree` throws before `loadParser()` has finished: `withParser` loads it and reads again. */
export class ParserNotLoaded extends Error {
  constructor() {
    super('internal error: markdown was parsed before loadParser() finished');
  }
}

/**
 * `read()`, after loading the parser if it turned out to need it. Reading is
 * synchronous and the parser is loaded on demand, so a read that reaches the
 * parser first stops, and is read again once the parser is there: once per
 * run at most, and only for a document the fast reader could not read alone.
 * `read` must have no effect beyond its result.
 */
export async function withParser<T>(read: () => T): Promise<T> {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ParserNotLoaded)) throw error;
    await loadParser();
    return read();
  }
}

/** A whole document (front matter included: see parser.ts). */
export function parseTree(source: string): Root {
  if (parser === undefined) throw new ParserNotLoaded();
  return frontMatterEnd(source) > 0 ? parser.parseWithFrontMatter(source) : parser.parseFragment(source);
}

/** A piece of a document that does not start it. */
export function parseFragment(source: string): Root {
  if (parser === undefined) throw new ParserNotLoaded();
  return parser.parseFragment(source);
}

export function readMarkdown(text: string): MarkdownDocument {
  const source = asGitHubReads(text);
  return documentFromTree(parseTree(source), source);
}

/**
 * The text as GitHub's renderer (cmark-gfm) reads its blanks: a vertical tab
 * or form feed is a space to it (`spacechar = [ \t\v\f]`, in the delimiter
 * row of a table too), where micromark sees text. Each becomes a space, one
 * character for one, so every offset, line and column is the source's:
 * a table whose delimiter row holds a form feed is a table on GitHub, and
 * must not be left out of the check because the parser thinks otherwise.
 */
export const asGitHubReads = (source: string): string =>
  source.includes('\f') || source.includes('\v') ? source.replace(/[\f\v]/g, ' ') : source;

/** `readMarkdown` for a piece of a document that does not start it (a legend's section). */
export function readFragment(source: string): MarkdownDocument {
  return documentFromTree(parseFragment(source), source);
}

/**
 * A table the fast reader built without an mdast tree of its rows (see
 * fast.ts): everything of `Table` but its place among the document's tables
 * and headings, which the walk below gives it, and the suppression comments
 * in its cells.
 */
export interface PrebuiltTable {
  type: 'prebuiltTable';
  header: Cell[];
  rows: Row[];
  span: Span;
  skipped: boolean;
  directives: DirectiveComment[];
}

/** Walks a parsed tree in document order, tracking the enclosing headings. */
export function documentFromTree(tree: Root, source: string): MarkdownDocument {
  return documentFromNodes(tree.children, source);
}

/** The same walk over top-level nodes, some of which may be tables the fast reader built. */
export function documentFromNodes(nodes: readonly (RootContent | PrebuiltTable)[], source: string): MarkdownDocument {
  const document: MarkdownDocument = { tables: [], headings: [], notes: [], directives: [] };
  const headingStack: Heading[] = [];
  const path = () => headingStack.map((heading) => heading.text);

  const visit = (node: Nodes | PrebuiltTable): void => {
    switch (node.type) {
      case 'prebuiltTable': {
        const columns = columnNames(node.header);
        const table: Table = { index: document.tables.length, columns, header: node.header, rows: node.rows, span: node.span, headingPath: path() };
        if (node.skipped) table.skipped = true;
        document.tables.push(table);
        for (const directive of node.directives) document.directives.push(directive);
        return;
      }
      case 'heading': {
        const heading = headingFromNode(node);
        while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.depth >= heading.depth) headingStack.pop();
        headingStack.push(heading);
        document.headings.push(heading);
        // A comment may end a heading's line as well as a paragraph's (`# Gates <!-- …-disable-file -->`).
        collectDirectives(node, document.directives, source);
        return;
      }
      case 'table':
        document.tables.push(tableFromNode(node, source, document.tables.length, path()));
        collectDirectives(node, document.directives, source);
        return;
      case 'listItem': {
        const note = noteFromListItem(node, path());
        if (note) document.notes.push(note);
        break;
      }
      case 'html':
        collectDirectives(node, document.directives, source);
        return;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  for (const node of nodes) visit(node);
  return document;
}

/**
 * A comment such as `<!-- support-table-lint-disable unique-key -->`; markdown/directive.ts reads the
 * rest. The tool's name without the hyphen, so that a misspelt directive (`support-table-lint disable`)
 * is found too, and reported rather than silently ignored.
 */
export const DIRECTIVE_PREFIX = 'support-table-lint';
const isDirective = (html: string): boolean => /^<!--\s*support-table-lint[^]*-->$/.test(html);

/**
 * The directive comments in an HTML node's text, as [start, end) pairs:
 * `<!--`, blanks, the prefix, then everything up to the first `-->`. A plain
 * scan with `indexOf`, so that an HTML block holding many unclosed comments
 * stays linear (a lazy regular expression would rescan to the end each time).
 */
function directiveRanges(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let open = html.indexOf('<!--'); open !== -1; ) {
    // Inside a tag (`<a title="<!-- … -->">`) it is an attribute's text, shown as a tooltip, not a comment.
    if (open > 0 && html.lastIndexOf('<', open - 1) > html.lastIndexOf('>', open - 1)) {
      open = html.indexOf('<!--', open + 4);
      continue;
    }
    let at = open + 4;
    while (at < html.length && /\s/.test(html[at]!)) at++;
    if (!html.startsWith(DIRECTIVE_PREFIX, at)) {
      open = html.indexOf('<!--', open + 4);
      continue;
    }
    const close = html.indexOf('-->', at + DIRECTIVE_PREFIX.length);
    if (close === -1) break;
    ranges.push([open, close + 3]);
    open = html.indexOf('<!--', close + 3);
  }
  return ranges;
}

/**
 * Directive comments inside a node: an HTML block (which may hold several
 * comments, or a comment after other HTML), or the inline HTML of a cell or
 * a paragraph.
 */
export function collectDirectives(node: Nodes, into: DirectiveComment[], source?: string): void {
  if (node.type === 'html') {
    if (!node.position || !node.value.includes(DIRECTIVE_PREFIX)) return;
    const start = node.position.start;
    // The node's text has its container's marks (`> `, a list item's indent) taken off each line after
    // the first: what they took is added back to columns and offsets, from the source's own lines.
    const taken = source === undefined ? () => 0 : containerMarks(node.value, source, start.offset! - (start.column - 1));
    // Line breaks before each comment are counted once, walking forward.
    let line = start.line;
    let lineStart = -1;
    let lines = 0;
    // What the containers took from every line so far: the offset counts them all.
    let takenBefore = 0;
    let scanned = 0;
    for (const [from, to] of directiveRanges(node.value)) {
      for (; scanned < from; scanned++) {
        const code = node.value.charCodeAt(scanned);
        if (code === 10 || (code === 13 && node.value.charCodeAt(scanned + 1) !== 10)) {
          line++;
          lines++;
          takenBefore += taken(lines);
          lineStart = scanned + 1;
        }
      }
      const column = lineStart === -1 ? start.column + from : 1 + from - lineStart + taken(lines);
      const text = node.value.slice(from, to);
      const inner = text.match(/\r\n|\r|\n/g)?.length ?? 0;
      const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      const offset = start.offset! + from + takenBefore;
      let within = 0;
      for (let k = lines + 1; k <= lines + inner; k++) within += taken(k);
      into.push({
        text,
        span: {
          line,
          column,
          endLine: line + inner,
          endColumn: inner === 0 ? column + text.length : text.length - lastBreak + taken(lines + inner),
          offset,
          endOffset: offset + text.length + within,
        },
      });
    }
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectDirectives(child, into, source);
}

/**
 * For a node's text whose first line starts at `firstLineStart` in `source`:
 * how far its line `k` (0-based, k ≥ 1) is shifted in the source, the
 * characters its container took off the start (`> `, a list item's indent)
 * less those a tab the container split was widened by. Found where the text
 * line's first non-blank character sits in the source line: a comment's
 * last line may end before its source line does (inline HTML), and the
 * parser writes the rest of a split tab as spaces. 0 when the line cannot
 * be found, and for line 0.
 */
function containerMarks(value: string, source: string, firstLineStart: number): (k: number) => number {
  const known: number[] = [0];
  let textAt = 0;
  let sourceAt = firstLineStart;
  const nextBreak = (text: string, at: number): [number, number] => {
    for (let i = at; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) return [i, i + 1];
      if (code === 13) return [i, text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1];
    }
    return [text.length, text.length];
  };
  return (k) => {
    while (known.length <= k) {
      const [, textNext] = nextBreak(value, textAt);
      const [, sourceNext] = nextBreak(source, sourceAt);
      if (textNext >= value.length && textNext === textAt) return 0;
      textAt = textNext;
      sourceAt = sourceNext;
      const [textEnd] = nextBreak(value, textAt);
      const [sourceEnd] = nextBreak(source, sourceAt);
      const textLine = value.slice(textAt, textEnd);
      const sourceLine = source.slice(sourceAt, sourceEnd);
      const content = textLine.trimStart();
      const lead = textLine.length - content.length;
      // The first place after the container's marks: they are `>`, blanks and list markers, never the content.
      const found = content === '' ? -1 : sourceLine.indexOf(content);
      known.push(found < 0 ? 0 : found - lead);
    }
    return known[k]!;
  };
}

export function headingFromNode(node: MdastHeading): Heading {
  return { depth: node.depth, text: collapse(plainText(node)), line: node.position!.start.line };
}

/** What a block after a note's key shows: a code block its code, an HTML block its markup (a comment nothing), other blocks their text. */
function blockText(node: RootContent): string {
  if (node.type === 'code') return node.value;
  if (node.type === 'html') return node.value.replace(/<!--[^]*?(?:-->|$)/g, '');
  return plainText(node);
}

/** `- **Key**: text` → a note keyed `Key`; any other list item → undefined. */
export function noteFromListItem(node: ListItem, headingPath: string[]): ListNote | undefined {
  const paragraph = node.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const first = paragraph.children[0];
  if (first?.type !== 'strong') return undefined;
  const key = collapse(plainText(first)).replace(/\s*:$/, '');
  if (key === '') return undefined;
  const rest = collapse(paragraph.children.slice(1).map(plainText).join('').replace(/^\s*:/, ''));
  // What the page shows after the key: invisible characters and comments are nothing; a reason may
  // start in the item's next paragraph.
  const text = collapse(visible(rest)) !== '' ? rest : collapse(visible(node.children.slice(1).map(blockText).join(' ')));
  return {
    key,
    text,
    span: spanOf(first),
    headingPath,
  };
}

export function tableFromNode(node: MdastTable, source: string, index: number, headingPath: string[]): Table {
  const [headerRow, ...bodyRows] = node.children;
  const header = headerRow!.children.map((cell) => cellFromNode(cell, source));
  const columns = columnNames(header);
  const rows = new RowAssembler(columns);
  for (const rowNode of bodyRows) rows.add(rowNode.children.map((cell) => cellFromNode(cell, source)), spanOf(rowNode));
  const table: Table = { index, columns, header, rows: rows.rows, span: spanOf(node), headingPath };
  if (node.data?.skipped) table.skipped = true;
  return table;
}

/**
 * A group row labels the rows below it and says little itself: a bold label
 * with the cells beside it empty, except perhaps the last (`| **TEE** | | |
 * (Trusted Execution environment) |`). A bold first cell followed by a
 * filled cell (`| **Latest release** | 3.2 | |`, `| **CVE assignment** |
 * Before disclosure |` with a cell missing) is a data row that happens to be
 * bold, and is checked: a data row that loses a cell must not quietly
 * become a label.
 */
function labelsOnly(cells: Cell[]): boolean {
  if (cells.length === 1) return true;
  let empty = false;
  for (let i = 1; i < cells.length; i++) {
    // Empty as written, not only as text: an image with no alt text or an HTML tag shows something.
    if (cells[i]!.raw.trim() === '') empty = true;
    else if (i < cells.length - 1) return false;
  }
  return empty;
}

/**
 * Turns a table's rows, as written, into model rows: pads short rows with
 * missing cells, tells data, group and spacer rows apart and carries the
 * group label down. Shared by both readers, so that they cannot disagree.
 */
export class RowAssembler {
  readonly rows: Row[] = [];
  private group: string | null = null;
  private readonly folded: string[];

  constructor(private readonly names: readonly string[]) {
    this.folded = names.map(columnKey);
  }

  /** `sourceCount`: how many cells the row has in its source, when more than `sourceCells` holds (cells past the header's are dropped). */
  add(sourceCells: Cell[], span: Span, sourceCount = sourceCells.length): Row {
    const count = this.names.length;
    const cells: Cell[] = new Array(count);
    for (let i = 0; i < count; i++) cells[i] = sourceCells[i] ?? missingCell(span);
    const kind = cells.every((cell) => cell.text === '') ? 'spacer' : this.restatesHeader(cells) ? 'header' : cells[0]!.strong && labelsOnly(cells) ? 'group' : 'data';
    if (kind === 'group') this.group = cells[0]!.text;
    // A restated header starts a section, labelled by its first cell (the header's own name when it
    // restates that too): rows are not sorted across it, nor counted as one run with the rows above.
    if (kind === 'header') this.group = cells[0]!.text !== '' ? cells[0]!.text : `line ${span.line}`;
    const row: Row = { kind, cells, sourceCellCount: sourceCount, group: kind === 'data' ? this.group : null, span };
    this.rows.push(row);
    return row;
  }

  /**
   * Whether the row writes the header's names again in most columns after
   * the first (more than half, and two at least): a data
   * row that shares one value with a column's name (`| Go | Go |`) is data.
   */
  private restatesHeader(cells: Cell[]): boolean {
    const others = this.folded.length - 1;
    if (others < 2) return false;
    let same = 0;
    // Asked of every row, so cheap: a length first, and no more once a majority is out of reach.
    for (let i = 1; i <= others; i++) {
      const name = this.folded[i]!;
      const text = cells[i]!.text;
      if (name !== '' && text.length === name.length && text.toLowerCase() === name) same++;
      else if ((same + others - i) * 2 <= others) return false;
    }
    return same >= 2 && same * 2 > others;
  }
}


/**
 * mdast positions a cell from its leading pipe through its trailing spaces
 * (the last cell also through the closing pipe and the blanks after it); a
 * violation should point at the content, so the span is narrowed to the
 * trimmed text between the pipes.
 */
export function cellFromNode(node: TableCell, source: string): Cell {
  const start = node.position!.start;
  const nonBlank = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return cellAt(
    source,
    start.offset!,
    node.position!.end.offset!,
    start.line,
    start.offset! - start.column + 1,
    { text: trim(plainText(node)), links: linksOf(node), strong: nonBlank.length === 1 && nonBlank[0]!.type === 'strong' },
    node,
  );
}

/** What a cell's inline content reads as. */
export interface CellValue {
  text: string;
  links: Link[];
  strong: boolean;
}

/**
 * A cell of a one-line row, from its mdast extent `[start, end)` on the line
 * starting at `lineStart`. `node`, when the parser read the cell, lets
 * suppression comments be taken out of `raw`.
 */
export function cellAt(source: string, start: number, end: number, line: number, lineStart: number, value: CellValue, node?: TableCell): Cell {
  const inside = cellBounds(source, start, end);
  let { from, to } = inside;
  while (from < to && isBlank(source[from]!)) from++;
  while (to > from && isBlank(source[to - 1]!)) to--;
  let raw = node ? withoutDirectives(source.slice(from, to), node) : source.slice(from, to);
  // A plain cell's text is its source: keep one string for both (a table keeps every cell).
  if (raw === value.text) raw = value.text;
  // An empty cell is pointed at by the blanks between its pipes.
  if (from === to) ({ from, to } = inside);
  return {
    text: cellText(value.text),
    raw,
    links: value.links,
    strong: value.strong,
    span: { line, column: from - lineStart + 1, endLine: line, endColumn: to - lineStart + 1, offset: from, endOffset: to },
  };
}

/**
 * A cell's value as the page shows it: blanks in a row are one space, and a no-break space
 * (`No,&nbsp;development only`), which keeps words together on the page, is a space. A cell of
 * invisible characters only (`&#8203;`, U+2800, a Hangul filler) shows nothing, and is empty: it
 * must not fill a required cell.
 */
function cellText(text: string): string {
  const shown = oneSpace(text);
  return shown !== '' && visible(shown).trim() === '' ? '' : shown;
}

/** Blanks in a row (tabs and no-break spaces too) as one space, as the page shows them (`Stable <br> (since 1.2)`). */
export const oneSpace = (text: string): string => (/[\t\u00a0]| {2}/.test(text) ? text.replace(/[ \t\u00a0]+/g, ' ') : text);

/** The text without the characters that show nothing (INVISIBLE). */
const visible = (text: string): string => (ASCII.test(text) ? text : text.replace(INVISIBLE, ''));

/** A cell's markdown without the suppression comments in it: they annotate the cell, they are not its value. */
function withoutDirectives(raw: string, node: TableCell): string {
  let out = raw;
  for (const child of node.children) {
    if (child.type === 'html' && isDirective(child.value)) out = out.replace(child.value, '');
  }
  return out === raw ? raw : trim(out.replace(/[ \t]{2,}/g, ' '));
}

/** A cell the row does not have: empty, located just past the end of the row. */
function missingCell(row: Span): Cell {
  const span = { line: row.endLine, column: row.endColumn, endLine: row.endLine, endColumn: row.endColumn, offset: row.endOffset, endOffset: row.endOffset };
  return { text: '', raw: '', links: NO_LINKS, strong: false, span };
}

/**
 * Characters that render as nothing: format characters (zero-width space and
 * joiners, word joiner, soft hyphen, byte-order mark, bidirectional marks,
 * tags) and every other default-ignorable code point (the combining grapheme
 * joiner U+034F, variation selectors, Hangul fillers, Khmer inherent vowels),
 * the Braille blank U+2800, which is none of those and shows nothing, and
 * control characters other than tab and line breaks (`STA\u0007TUS` shows
 * as `STATUS`).
 * A header that holds one must still name its column. What emoji are made
 * of stays: a variation selector after an emoji (`✔️`) or in a keycap
 * (`1️⃣`), and the zero-width joiner between two emoji (`👩‍💻`, `🏳️‍🌈`).
 */
export const INVISIBLE =
  /(?!(?<=\p{Extended_Pictographic})[\uFE0E\uFE0F])(?![\uFE0E\uFE0F]\u20E3)(?!(?<=[\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}])\u200D(?=\p{Extended_Pictographic}))[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** Printable ASCII (and tabs): text that needs no normalising and holds nothing invisible. */
const ASCII = /^[\t\n\r\u0020-\u007e]*$/;

/** A header written in Latin letters somewhere: a word of look-alikes in it passes for Latin (see lookalikes.ts). */
export const isLatinHeader = (header: readonly { text: string }[]): boolean => header.some((cell) => /[A-Za-z]/.test(cell.text));

/** The column names of a header row. */
export function columnNames(header: readonly { text: string }[]): string[] {
  const latin = isLatinHeader(header);
  return header.map((cell) => headerName(cell.text, latin));
}

/**
 * Header text as a column name: Unicode NFKC (full-width letters, ligatures
 * and no-break spaces become their plain forms), invisible characters
 * removed, look-alike letters of another script in a Latin word read as
 * Latin (lookalikes.ts), whitespace collapsed, surrounding quotes removed.
 */
export function headerName(text: string, latinHeader = false): string {
  // ASCII is its own NFKC form and holds no invisible or look-alike character: most headers skip the
  // three passes, and a run on ordinary headers never loads ICU's normalisation data (5 ms at start-up).
  const name = collapse(ASCII.test(text) ? text : unmixLookalikes(text.normalize('NFKC').replace(INVISIBLE, ''), { wholeWords: latinHeader }).text);
  const quoted = /^(["'“‘])(.*)(["'”’])$/.exec(name);
  return quoted ? quoted[2]!.trim() : name;
}

/**
 * A key cell as uniqueness compares it: case aside, and, beyond ASCII, as
 * a header is read (NFKC, invisible characters removed, look-alike letters
 * of another script in a Latin word read as Latin) with every dash a
 * hyphen: `virtio-fs`, `virtio\u200b-fs`, `vіrtio-fs` (Cyrillic і),
 * `virtio‐fs` and `ｖｉｒｔｉｏ-fs` are one key on the page.
 */
export function keyFold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  // Not NFKC: it makes `x²` of `x2` and `Ⅻ` of `XII`, keys a reader tells apart. Only full-width
  // forms are folded, and only letters of other scripts (a Turkish ı is a letter of its own).
  const plain = text.normalize('NFC').replace(INVISIBLE, '').replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(DASHES, '-');
  const unmixed = plain.replace(KEY_WORD, (word) =>
    /[A-Za-z]/.test(word) ? [...word].map((char) => (LATIN_SCRIPT.test(char) ? char : (LOOKALIKES.get(char) ?? char))).join('') : word,
  );
  return collapse(unmixed).toLowerCase();
}
const KEY_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** The first character a node's text starts with, looked for down first children only (as inline.ts `firstChar`). */
function firstChar(node: RootContent | undefined): string {
  for (let at: RootContent | undefined = node; at; at = 'children' in at && (at.type === 'strong' || at.type === 'emphasis' || at.type === 'link') ? (at.children[0] as RootContent | undefined) : undefined) {
    if (at.type === 'text' || at.type === 'inlineCode') return at.value.charAt(0);
  }
  return '';
}

/** Inline content as plain text: markup removed, `<br>` and block tags read as a space (inline.ts `separatesText`), images (`<img>` tags too) as their alt text. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return imageAlt(node.value) ?? (separatesText(node.value) ? ' ' : '');
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default: {
      if (!('children' in node)) return '';
      // As inline.ts: a separating tag right after a space adds none.
      let text = '';
      const children = node.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'html') text += htmlText(child.value, text, () => firstChar(children[i + 1]));
        else text += plainText(child);
      }
      return text;
    }
  }
}

export function linksOf(node: Nodes): Link[] {
  const links: Link[] = [];
  const visit = (child: Nodes): void => {
    if (child.type === 'link') links.push({ text: trim(plainText(child)), url: child.url });
    else if ('children' in child) {
      // An HTML anchor around text is a link too (inline.ts `eachAnchor`): its text is what its tags enclose.
      const children = child.children as RootContent[];
      eachAnchor(
        children,
        (node) => (node.type === 'html' ? node.value : undefined),
        (url, from, to) => links.push({ text: trim(plainText({ type: 'paragraph', children: children.slice(from, to) } as Nodes)), url }),
        visit,
      );
    }
  };
  visit(node);
  return links;
}

export function spanOf(node: Nodes): Span {
  const { start, end } = node.position!;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: start.offset!, endOffset: end.offset! };
}

const isBlank = (char: string): boolean => char === ' ' || char === '\t' || char === '\u00a0';
// String.prototype.trim removes what \s matches (U+00A0 included, so a cell
// of only NBSP trims to ""), in linear time: /\s+$/ is quadratic on long runs
// of blanks inside a text.
export const trim = (text: string): string => text.trim();
const collapse = (text: string): string => trim(text.replace(/\s+/g, ' '));
