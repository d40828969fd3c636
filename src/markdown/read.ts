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
import type { Cell, Heading, Link, ListNote, MarkdownDocument, Row, Span, Table } from './types.js';

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
  const document: MarkdownDocument = { tables: [], headings: [], notes: [] };
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
        return;
      case 'listItem': {
        const note = noteFromListItem(node, path());
        if (note) document.notes.push(note);
        break;
      }
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  visit(tree);
  return document;
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
  return { index, columns, header, rows, span: spanOf(node), headingPath };
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
  const raw = source.slice(from, to);
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
    },
  };
}

/** A cell the row does not have: empty, located just past the end of the row. */
function missingCell(row: Span): Cell {
  const span = { line: row.endLine, column: row.endColumn, endLine: row.endLine, endColumn: row.endColumn };
  return { text: '', raw: '', links: [], strong: false, span };
}

/** Header text as a column name: whitespace collapsed, surrounding quotes removed. */
export function headerName(text: string): string {
  const name = collapse(text);
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
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const isBlank = (char: string): boolean => char === ' ' || char === '\t' || char === '\u00a0';
// JavaScript's \s already covers U+00A0, so a cell of only NBSP trims to "".
const trim = (text: string): string => text.replace(/^\s+|\s+$/g, '');
const collapse = (text: string): string => trim(text.replace(/\s+/g, ' '));
