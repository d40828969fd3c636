/**
 * Table body rows whose cells hold only text and simple `[text](url)` links
 * are turned into mdast nodes directly, the way the parser would, without
 * running it: on large tables the parser costs about 4 µs per byte.
 *
 * The layout follows mdast-util-gfm-table: a row spans its line from the
 * first pipe to the line end; a cell spans from its leading pipe to just
 * before the next pipe, the last cell also taking the closing pipe and any
 * trailing blanks; cell content is trimmed of spaces. Any character that
 * could start other inline markup (`\` `` ` `` `*` `_` `<` `&` `!`, brackets
 * outside a simple link, tabs) sends the row back to the parser.
 */
import type { Link, PhrasingContent, TableCell, TableRow, Text } from 'mdast';

interface Point {
  line: number;
  column: number;
  offset: number;
}

const UNSAFE = new Uint8Array(128);
for (const char of '\\`*_<&![]\t\0') UNSAFE[char.charCodeAt(0)] = 1;
const PIPE = 124;

/**
 * The row on `source[start, end)` (a line starting with `|`, at column 1 of
 * line `line`), or undefined when it needs the parser.
 */
export function plainRow(source: string, start: number, end: number, line: number): TableRow | undefined {
  if (source.charCodeAt(start) !== PIPE) return undefined;
  const at = (offset: number): Point => ({ line, column: offset - start + 1, offset });
  const pipes: number[] = [];
  for (let i = start; i < end; i++) if (source.charCodeAt(i) === PIPE) pipes.push(i);
  const cells: TableCell[] = [];
  for (let p = 0; p < pipes.length; p++) {
    const from = pipes[p]! + 1;
    const to = p + 1 < pipes.length ? pipes[p + 1]! : end;
    const isLast = p + 1 === pipes.length;
    if (isLast && cells.length > 0 && isBlank(source, from, to)) {
      // Blanks after the closing pipe belong to the last cell.
      cells[cells.length - 1]!.position!.end = at(end);
      break;
    }
    const children = cellContent(source, from, to);
    if (!children) return undefined;
    cells.push({ type: 'tableCell', children, position: { start: at(pipes[p]!), end: at(to) } });
  }
  return { type: 'tableRow', children: cells, position: { start: at(start), end: at(end) } };
}

function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) !== 32) return false;
  return true;
}

/** Text and simple links between two pipes, or undefined when anything else may be there. */
function cellContent(source: string, from: number, to: number): PhrasingContent[] | undefined {
  while (from < to && source.charCodeAt(from) === 32) from++;
  while (to > from && source.charCodeAt(to - 1) === 32) to--;
  const children: PhrasingContent[] = [];
  let textStart = from;
  // Inline nodes go without positions: the table model reads only the cell's.
  const text = (a: number, b: number): Text => ({ type: 'text', value: source.slice(a, b) });
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code < 128 && UNSAFE[code] === 1) {
      if (code !== 91 /* [ */) return undefined;
      const linkEnd = simpleLinkEnd(source, i, to);
      if (linkEnd === undefined) return undefined;
      const close = source.indexOf('](', i);
      const link: Link = { type: 'link', title: null, url: source.slice(close + 2, linkEnd - 1), children: [text(i + 1, close)] };
      if (i > textStart) children.push(text(textStart, i));
      children.push(link);
      i = linkEnd - 1;
      textStart = i + 1;
    }
  }
  if (to > textStart) children.push(text(textStart, to));
  return children;
}

/** End of `[text](url)` at `open`, with plain text and a url without blanks, brackets, parentheses or markup. */
function simpleLinkEnd(source: string, open: number, limit: number): number | undefined {
  let i = open + 1;
  while (i < limit && isPlain(source.charCodeAt(i)) && source.charCodeAt(i) !== 40 && source.charCodeAt(i) !== 41) i++;
  const close = i;
  if (close === open + 1 || source.charCodeAt(close) !== 93 /* ] */ || source.charCodeAt(close + 1) !== 40 /* ( */) return undefined;
  i = close + 2;
  while (i < limit && isUrlChar(source.charCodeAt(i))) i++;
  if (i === close + 2 || source.charCodeAt(i) !== 41 /* ) */ || i >= limit) return undefined;
  return i + 1;
}

const isPlain = (code: number): boolean => code >= 128 || (UNSAFE[code] === 0 && code !== PIPE);
const isUrlChar = (code: number): boolean => isPlain(code) && code > 32 && code !== 40 && code !== 41;
