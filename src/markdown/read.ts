/**
 * The reference reader: one full-document mdast parse (mdast-util-from-markdown
 * with the GFM table extension), walked into the table model of `types.ts`.
 *
 * The fast reader (`fast.ts`) must produce exactly what this one does; the
 * differential tests hold it to that. The node-level converters are exported
 * so both readers share them.
 */
import type { Heading as MdastHeading, ListItem, Nodes, Parents, Root, RootContent, Table as MdastTable, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Cell, DirectiveComment, Heading, Link, ListNote, MarkdownDocument, Row, Span, Table } from './types.js';

declare module 'mdast' {
  interface TableData {
    /** Set by the fast reader on a table whose rows it did not read (see `FastOptions.select`). */
    skipped?: boolean;
  }
}

export const parseOptions = {
  extensions: [gfmTable()],
  mdastExtensions: [gfmTableFromMarkdown()],
};

export function parseTree(source: string): Root {
  return fromMarkdown(source, parseOptions);
}

export function readMarkdown(source: string): MarkdownDocument {
  return documentFromTree(parseTree(source), source);
}

/** Walks a parsed tree in document order, tracking the enclosing headings. */
export function documentFromTree(tree: Root, source: string): MarkdownDocument {
  const document: MarkdownDocument = { tables: [], headings: [], notes: [], directives: [] };
  const headingStack: Heading[] = [];
  const path = () => headingStack.map((heading) => heading.text);

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        const heading = headingFromNode(node);
        while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.depth >= heading.depth) headingStack.pop();
        headingStack.push(heading);
        document.headings.push(heading);
        return;
      }
      case 'table':
        document.tables.push(tableFromNode(node, source, document.tables.length, path()));
        collectDirectives(node, document.directives);
        return;
      case 'listItem': {
        const note = noteFromListItem(node, path());
        if (note) document.notes.push(note);
        break;
      }
      case 'html':
        collectDirectives(node, document.directives);
        return;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  visit(tree);
  return document;
}

/** A comment such as `<!-- support-table-lint-disable unique-key -->`; engine/suppress.ts reads the rest. */
export const DIRECTIVE_PREFIX = 'support-table-lint-';
const DIRECTIVE = /<!--\s*support-table-lint-[^]*?-->/g;
const isDirective = (html: string): boolean => /^<!--\s*support-table-lint-[^]*-->$/.test(html);

/**
 * Directive comments inside a node: an HTML block (which may hold several
 * comments, or a comment after other HTML), or the inline HTML of a cell or
 * a paragraph.
 */
function collectDirectives(node: Nodes, into: DirectiveComment[]): void {
  if (node.type === 'html') {
    if (!node.position || !node.value.includes(DIRECTIVE_PREFIX)) return;
    const start = node.position.start;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const before = node.value.slice(0, match.index);
      const lineBreaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
      const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
      const line = start.line + lineBreaks;
      const column = lineBreaks === 0 ? start.column + match.index : 1 + match.index - lineStart;
      const text = match[0];
      const inner = text.match(/\r\n|\r|\n/g)?.length ?? 0;
      const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      const offset = start.offset! + match.index;
      into.push({
        text,
        span: {
          line,
          column,
          endLine: line + inner,
          endColumn: inner === 0 ? column + text.length : text.length - lastBreak,
          offset,
          endOffset: offset + text.length,
        },
      });
    }
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectDirectives(child, into);
}

export function headingFromNode(node: MdastHeading): Heading {
  return { depth: node.depth, text: collapse(plainText(node)), line: node.position!.start.line };
}

/** `- **Key**: text` → a note keyed `Key`; any other list item → undefined. */
export function noteFromListItem(node: ListItem, headingPath: string[]): ListNote | undefined {
  const paragraph = node.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const first = paragraph.children[0];
  if (first?.type !== 'strong') return undefined;
  const key = collapse(plainText(first)).replace(/\s*:$/, '');
  if (key === '') return undefined;
  const rest = paragraph.children.slice(1).map(plainText).join('');
  return {
    key,
    text: collapse(rest.replace(/^\s*:/, '')),
    span: spanOf(first),
    headingPath,
  };
}

export function tableFromNode(node: MdastTable, source: string, index: number, headingPath: string[]): Table {
  const [headerRow, ...bodyRows] = node.children;
  const header = headerRow!.children.map((cell) => cellFromNode(cell, source));
  const columns = header.map((cell) => headerName(cell.text));
  let group: string | null = null;
  const rows = bodyRows.map((rowNode): Row => {
    const sourceCells = rowNode.children.map((cell) => cellFromNode(cell, source));
    const rowSpan = spanOf(rowNode);
    const cells = columns.map((_, i) => sourceCells[i] ?? missingCell(rowSpan));
    const kind = cells.every((cell) => cell.text === '') ? 'spacer' : cells[0]!.strong ? 'group' : 'data';
    if (kind === 'group') group = cells[0]!.text;
    return { kind, cells, sourceCellCount: sourceCells.length, group: kind === 'data' ? group : null, span: rowSpan };
  });
  const table: Table = { index, columns, header, rows, span: spanOf(node), headingPath };
  if (node.data?.skipped) table.skipped = true;
  return table;
}

/**
 * mdast positions a cell from its leading pipe through its trailing spaces;
 * a violation should point at the content, so the span is narrowed to the
 * trimmed text between the pipes.
 */
function cellFromNode(node: TableCell, source: string): Cell {
  const start = node.position!.start;
  const end = node.position!.end;
  let from = start.offset!;
  let to = end.offset!;
  if (source[from] === '|') from++;
  if (to > from && source[to - 1] === '|' && source[to - 2] !== '\\') to--;
  const inside = { from, to };
  while (from < to && isBlank(source[from]!)) from++;
  while (to > from && isBlank(source[to - 1]!)) to--;
  const raw = withoutDirectives(source.slice(from, to), node);
  // An empty cell is pointed at by the blanks between its pipes.
  if (from === to) ({ from, to } = inside);
  const nonBlank = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return {
    text: trim(plainText(node)),
    raw,
    links: linksOf(node),
    strong: nonBlank.length === 1 && nonBlank[0]!.type === 'strong',
    span: {
      line: start.line,
      column: start.column + (from - start.offset!),
      endLine: end.line,
      endColumn: start.column + (to - start.offset!),
      offset: from,
      endOffset: to,
    },
  };
}

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
  return { text: '', raw: '', links: [], strong: false, span };
}

/**
 * Format characters (zero-width space and joiners, word joiner, soft hyphen,
 * byte-order mark, bidirectional marks) are invisible: a header that holds
 * one must still name its column.
 */
export const INVISIBLE = /[\p{Cf}]/gu;

/**
 * Header text as a column name: Unicode NFKC (full-width letters, ligatures
 * and no-break spaces become their plain forms), invisible characters
 * removed, whitespace collapsed, surrounding quotes removed.
 */
export function headerName(text: string): string {
  const name = collapse(text.normalize('NFKC').replace(INVISIBLE, ''));
  const quoted = /^(["'“‘])(.*)(["'”’])$/.exec(name);
  return quoted ? quoted[2]!.trim() : name;
}

/** Inline content as plain text: markup removed, `<br>` read as a space, images as their alt text. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value) ? ' ' : '';
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as RootContent[]).map(plainText).join('') : '';
  }
}

function linksOf(node: Nodes): Link[] {
  const links: Link[] = [];
  const visit = (child: Nodes): void => {
    if (child.type === 'link') links.push({ text: trim(plainText(child)), url: child.url });
    else if ('children' in child) for (const grandchild of child.children as RootContent[]) visit(grandchild);
  };
  visit(node);
  return links;
}

export function spanOf(node: Nodes): Span {
  const { start, end } = node.position!;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: start.offset!, endOffset: end.offset! };
}

const isBlank = (char: string): boolean => char === ' ' || char === '\t' || char === '\u00a0';
// JavaScript's \s already covers U+00A0, so a cell of only NBSP trims to "".
const trim = (text: string): string => text.replace(/^\s+|\s+$/g, '');
const collapse = (text: string): string => trim(text.replace(/\s+/g, ' '));
