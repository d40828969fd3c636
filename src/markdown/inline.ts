/**
 * The inline content of one table cell, read as micromark reads it, for the
 * constructs support tables use: text, backslash escapes, character
 * references, code spans, emphasis and strong (`*` and `_`, with micromark's
 * own flanking rules and matching algorithm), inline links `[text](url)`
 * whose destination is plain, URL autolinks, HTML tags (`<br>`, `<sup>`,
 * `<a href="...">`), and bracketed text that no definition names, nested
 * or not (CommonMark's bracket stack: a link cannot hold a link). Anything
 * else (HTML comments and other HTML, e-mail autolinks, images, references
 * and footnote calls to a definition, link titles, a destination with
 * blanks, escapes or parentheses) returns undefined: the
 * row then goes to the parser. The parser costs about 60 µs a cell; this,
 * well under one.
 *
 * The differential tests hold it to the parser on the corpora and on
 * generated cells (__tests__/perf/differential.test.ts, inline.test.ts).
 */
import { classifyCharacter } from 'micromark-util-classify-character';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { CellValue } from './read.js';
import type { Link } from './types.js';

type Node =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong' | 'emphasis'; c: Node[] }
  | { t: 'link'; c: Node[]; url: string }
  | { t: 'html'; v: string }
  | Delimiter;

interface Delimiter {
  t: 'delim';
  char: number;
  /** Markers not yet used. */
  n: number;
  open: boolean;
  close: boolean;
}

/** Characters that may start inline markup; a cell without any is plain text. */
/**
 * The links of a cell without any: one frozen array shared by every such
 * cell (a 100,000-row table has hundreds of thousands; an empty array each
 * is 11 MB). Frozen, so that no one adds to it by mistake.
 */
/** Link labels are at most 999 characters (CommonMark); longer bracketed text names no definition. */
export const MAX_LABEL = 999;

export const NO_LINKS: Link[] = Object.freeze([]) as unknown as Link[];

const SPECIAL = new Uint8Array(128);
for (const char of '\\`*_[]<&!') SPECIAL[char.charCodeAt(0)] = 1;

const BACKSLASH = 92;
const BACKTICK = 96;
const ASTERISK = 42;
const UNDERSCORE = 95;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Emphasis matching walks back from each closer, as micromark does; a cell
 * with more delimiter runs than this goes to the parser (which checks the
 * time budget) rather than risk quadratic work here.
 */
const MAX_DELIMITERS = 64;

/**
 * The inline content `source[from, to)` (already without surrounding spaces
 * and tabs) of a table cell, or with `inTable` false of a heading.
 */
export function readInline(
  source: string,
  from: number,
  to: number,
  inTable = true,
  isDefined?: (label: string) => boolean,
  isFootnote?: (label: string) => boolean,
): CellValue | undefined {
  let plain = true;
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code < 128 && SPECIAL[code] === 1) {
      plain = false;
      break;
    }
  }
  if (plain) return { text: source.slice(from, to).trim(), links: NO_LINKS, strong: false };
  const nodes = scan(source, from, to, inTable, isDefined, isFootnote);
  if (!nodes) return undefined;
  const children = merge(nodes);
  const nonBlank = children.filter((node) => !(node.t === 'text' && node.v.trim() === ''));
  const links: Link[] = [];
  collectLinks(children, links);
  // Kept as an exact-size copy: an array grown by `push` reserves 17 slots,
  // 150 bytes for each cell's one link, and the table keeps every cell.
  return { text: plainText(children).trim(), links: links.length === 0 ? NO_LINKS : links.slice(), strong: nonBlank.length === 1 && nonBlank[0]!.t === 'strong' };
}

function scan(
  source: string,
  from: number,
  to: number,
  inTable: boolean,
  isDefined: ((label: string) => boolean) | undefined,
  isFootnote: ((label: string) => boolean) | undefined,
): Node[] | undefined {
  const out: Node[] = [];
  /** The `[` not closed yet, innermost last: where each is in `out`, and where its text starts in the source. */
  const openers: { index: number; textOpen: number }[] = [];
  /** Openers below this height are inside a link already made, and so open none (links do not nest). */
  let inactiveBelow = 0;
  let delimiters = 0;
  let text = '';
  let textStart = from;
  const flush = (end: number): void => {
    text += source.slice(textStart, end);
    if (text !== '') out.push({ t: 'text', v: text });
    text = '';
  };
  /** Where the cell's last `]` is (below `from` when it has none), found when a `[` first asks. */
  let closeAt: number | undefined;
  const lastClose = (): number => (closeAt ??= source.lastIndexOf(']', to - 1));
  let i = from;
  while (i < to) {
    const code = source.charCodeAt(i);
    if (code >= 128 || SPECIAL[code] === 0) {
      i++;
      continue;
    }
    switch (code) {
      case BACKSLASH: {
        const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
        if (isAsciiPunctuation(next)) {
          text += source.slice(textStart, i);
          textStart = i + 1;
          i += 2;
        } else {
          i++;
        }
        continue;
      }
      case BACKTICK: {
        let run = i;
        while (run < to && source.charCodeAt(run) === BACKTICK) run++;
        const size = run - i;
        const close = closingRun(source, run, to, size);
        if (close === -1) {
          i = run;
          continue;
        }
        flush(i);
        out.push({ t: 'code', v: codeValue(source.slice(run, close), inTable) });
        i = close + size;
        textStart = i;
        continue;
      }
      case ASTERISK:
      case UNDERSCORE: {
        if (++delimiters > MAX_DELIMITERS) return undefined;
        let run = i;
        while (run < to && source.charCodeAt(run) === code) run++;
        flush(i);
        out.push(delimiter(source, from, to, i, run, code));
        i = run;
        textStart = i;
        continue;
      }
      case OPEN_BRACKET: {
        // With no `]` after it, a `[` opens nothing (no link, image, reference
        // or footnote can close): text, as the parser leaves it. A cell of
        // 200,000 `[` is then read here, not by the parser.
        if (i > lastClose()) {
          i++;
          continue;
        }
        // A footnote call is the parser's. `[^label]` is one only when a definition names the
        // label; any other `[^` opens a bracket like `[` (GFM tries the call, then a link).
        if (i + 1 < to && source.charCodeAt(i + 1) === 94 /* ^ */) {
          const label = footnoteLabel(source, i + 2, to);
          if (label === null || (label !== undefined && (!isFootnote || isFootnote(label)))) return undefined;
        }
        flush(i);
        out.push({ t: 'text', v: '[' });
        openers.push({ index: out.length - 1, textOpen: i + 1 });
        i++;
        textStart = i;
        continue;
      }
      case CLOSE_BRACKET: {
        // The innermost `[` is the one this `]` may close; either way it is done with.
        const opener = openers.pop();
        const active = openers.length >= inactiveBelow;
        inactiveBelow = Math.min(inactiveBelow, openers.length);
        if (opener === undefined || !active) {
          // No `[` before it, or one inside a link: a literal `]`.
          i++;
          continue;
        }
        const end = destinationEnd(source, i + 1, to);
        if (end === -1) {
          // `[text]` followed by neither `(` nor `[` is a shortcut reference, or
          // literal text when no definition names it (longer than a label can be, none can).
          const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
          if (next === 40 || next === OPEN_BRACKET) return undefined;
          if (i - opener.textOpen <= MAX_LABEL && (!isDefined || isDefined(source.slice(opener.textOpen, i)))) return undefined;
          i++;
          continue;
        }
        flush(i);
        const children = merge(resolveEmphasis(out.slice(opener.index + 1)));
        out.length = opener.index;
        out.push({ t: 'link', c: children, url: source.slice(i + 2, end) });
        inactiveBelow = openers.length;
        i = end + 1;
        textStart = i;
        continue;
      }
      case 60 /* < */: {
        const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
        // `<` before a blank or the end is text; anything but a URL autolink or a tag is the parser's.
        if (next === -1 || next === 32 || next === 9) {
          i++;
          continue;
        }
        const url = isAsciiAlpha(next) ? autolinkEnd(source, i, to) : -1;
        const tag = url === -1 ? tagEnd(source, i, to) : -1;
        if (url === -1 && tag === -1) return undefined;
        flush(i);
        if (url !== -1) {
          const href = source.slice(i + 1, url - 1);
          out.push({ t: 'link', c: [{ t: 'text', v: href }], url: href });
          i = url;
        } else {
          out.push({ t: 'html', v: source.slice(i, tag) });
          i = tag;
        }
        textStart = i;
        continue;
      }
      case 38 /* & */: {
        const reference = characterReference(source, i, to);
        if (reference === null) return undefined;
        if (reference) {
          text += source.slice(textStart, i) + reference.value;
          i = reference.end;
          textStart = i;
        } else {
          i++;
        }
        continue;
      }
      case 33 /* ! */:
        if (i + 1 < to && source.charCodeAt(i + 1) === OPEN_BRACKET && i + 1 <= lastClose()) return undefined;
        i++;
        continue;
    }
  }
  flush(to);
  return resolveEmphasis(out);
}

/**
 * The HTML entity table (2,000 names, a sixteenth of the start-up code) comes
 * with the parser (read.ts, `loadParser`): most documents name no entity,
 * and a run that reads none need not build it. Until it is there, a cell
 * with `&name;` is read by the parser, which loads it.
 */
let decodeNamed: ((name: string) => string | false) | undefined;
export const useEntities = (decode: (name: string) => string | false): void => {
  decodeNamed = decode;
};

/**
 * A character reference at `at` (`&amp;`, `&#123;`, `&#x1F600;`), as
 * micromark reads one: a name of at most 31 alphanumerics that the HTML
 * entity table knows, or up to 7 decimal or 6 hexadecimal digits; then `;`.
 * Null for a name while the table is not loaded.
 */
function characterReference(source: string, at: number, to: number): { value: string; end: number } | undefined | null {
  let i = at + 1;
  if (source.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = source.charCodeAt(i) === 120 || source.charCodeAt(i) === 88; /* x X */
    if (hex) i++;
    const start = i;
    const max = hex ? 6 : 7;
    while (i < to && i - start < max && (hex ? isHexDigit(source.charCodeAt(i)) : isDigit(source.charCodeAt(i)))) i++;
    if (i === start || i >= to || source.charCodeAt(i) !== 59 /* ; */) return undefined;
    return { value: decodeNumericCharacterReference(source.slice(start, i), hex ? 16 : 10), end: i + 1 };
  }
  const start = i;
  while (i < to && i - start < 31 && isAsciiAlphanumeric(source.charCodeAt(i))) i++;
  if (i === start || i >= to || source.charCodeAt(i) !== 59) return undefined;
  if (decodeNamed === undefined) return null;
  const value = decodeNamed(source.slice(start, i));
  return value === false ? undefined : { value, end: i + 1 };
}

/**
 * The end (past `>`) of a URL autolink at `at`: a scheme of 2 to 32
 * letters, digits, `+`, `-`, `.` starting with a letter, `:`, then anything
 * but blanks, controls and `<`; -1 if none.
 */
function autolinkEnd(source: string, at: number, to: number): number {
  let i = at + 1;
  const start = i;
  while (i < to && i - start < 32 && (isAsciiAlphanumeric(source.charCodeAt(i)) || [43, 45, 46].includes(source.charCodeAt(i)))) i++;
  if (i - start < 2 || i >= to || source.charCodeAt(i) !== 58 /* : */) return -1;
  for (i++; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === 62 /* > */) return i + 1;
    if (code <= 32 || code === 127 || code === 60) return -1;
  }
  return -1;
}

/**
 * The end (past `>`) of an HTML open or closing tag at `at`, following
 * micromark's html-text states: `<name`, attributes (`name`, `name=value`,
 * quoted or not) after blanks, optional `/`, `>`; or `</name>`. -1 if none
 * (comments, declarations and instructions are left to the parser).
 */
function tagEnd(source: string, at: number, to: number): number {
  const code = (i: number): number => (i < to ? source.charCodeAt(i) : -1);
  const blank = (c: number): boolean => c === 32 || c === 9;
  let i = at + 1;
  const closing = code(i) === 47; /* / */
  if (closing) i++;
  if (!isAsciiAlpha(code(i))) return -1;
  while (code(i) === 45 || isAsciiAlphanumeric(code(i))) i++;
  if (closing) {
    while (blank(code(i))) i++;
    return code(i) === 62 ? i + 1 : -1;
  }
  for (;;) {
    const c = code(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 47) return code(i + 1) === 62 ? i + 2 : -1;
    if (!blank(c)) return -1;
    while (blank(code(i))) i++;
    const n = code(i);
    if (!(n === 58 || n === 95 || isAsciiAlpha(n))) continue;
    i++;
    while ([45, 46, 58, 95].includes(code(i)) || isAsciiAlphanumeric(code(i))) i++;
    let j = i;
    while (blank(code(j))) j++;
    if (code(j) !== 61 /* = */) continue;
    i = j + 1;
    while (blank(code(i))) i++;
    const v = code(i);
    if (v === -1 || v === 60 || v === 61 || v === 62 || v === 96) return -1;
    if (v === 34 || v === 39) {
      const close = source.indexOf(String.fromCharCode(v), i + 1);
      if (close === -1 || close >= to) return -1;
      i = close + 1;
      const after = code(i);
      if (!(after === 62 || after === 47 || blank(after))) return -1;
    } else {
      while (i < to && !blank(code(i)) && ![34, 39, 60, 61, 62, 96, 47].includes(code(i))) i++;
      // An unquoted value may run into a `/` only if `>` follows (micromark reads `/` as ending it).
      const after = code(i);
      if ([34, 39, 60, 61, 96].includes(after) || after === -1) return -1;
    }
  }
}

/** Start of the next run of exactly `size` backticks at or after `from`, or -1. */
function closingRun(source: string, from: number, to: number, size: number): number {
  for (let i = source.indexOf('`', from); i !== -1 && i < to; i = source.indexOf('`', i)) {
    let run = i;
    while (run < to && source.charCodeAt(run) === BACKTICK) run++;
    if (run - i === size) return i;
    i = run;
  }
  return -1;
}

/**
 * A code span's value: one space stripped from each side when both sides
 * have one and the content is not all spaces; in a table, `\|` is read as `|`
 * (mdast-util-gfm-table's `exitCodeText`).
 */
function codeValue(content: string, inTable: boolean): string {
  let value = content;
  if (value.length > 2 && value.charCodeAt(0) === 32 && value.charCodeAt(value.length - 1) === 32 && /[^ ]/.test(value)) {
    value = value.slice(1, -1);
  }
  if (!inTable) return value;
  return value.replace(/\\([\\|])/g, (whole, char: string) => (char === '|' ? char : whole));
}

/**
 * A delimiter run `source[start, end)` of `*` or `_`, with micromark's rules
 * for whether it may open and close (attention.js): the characters around it
 * are classified as whitespace, punctuation or other, the cell's edges
 * counting as whitespace.
 */
function delimiter(source: string, from: number, to: number, start: number, end: number, char: number): Delimiter {
  const previous = start > from ? source.charCodeAt(start - 1) : null;
  const next = end < to ? source.charCodeAt(end) : null;
  const before = classifyCharacter(previous);
  const after = classifyCharacter(next);
  const isMarker = (code: number | null): boolean => code === ASTERISK || code === UNDERSCORE;
  const open = !after || (after === 2 && !!before) || isMarker(next);
  const close = !before || (before === 2 && !!after) || isMarker(previous);
  return {
    t: 'delim',
    char,
    n: end - start,
    open: char === ASTERISK ? open : open && (!!before || !close),
    close: char === ASTERISK ? close : close && (!!after || !open),
  };
}

/**
 * The `(url)` after a `]` at `at`: the index of its `)`, or -1 when there is
 * none or it holds anything but a plain destination.
 */
function destinationEnd(source: string, at: number, to: number): number {
  if (at >= to || source.charCodeAt(at) !== 40 /* ( */) return -1;
  for (let i = at + 1; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === 41 /* ) */) return i;
    if (code <= 32 || code === 127 || code === 40 || code === 60 /* < */ || code === BACKSLASH || code === 38 /* & */) return -1;
  }
  return -1;
}

/**
 * micromark's `resolveAllAttention` on one span of nodes: each closer, left
 * to right, is matched with the nearest opener of the same marker before it
 * (skipping pairs the rule of three forbids); two markers are used when both
 * runs have two, else one; whatever lies between becomes the group's
 * content, its unmatched runs literal; a closer with markers left is tried
 * again. Unmatched runs end as literal text.
 */
function resolveEmphasis(list: Node[]): Node[] {
  const items = list.slice();
  let i = 0;
  while (i < items.length) {
    const closer = items[i]!;
    if (closer.t !== 'delim' || !closer.close || closer.n === 0) {
      i++;
      continue;
    }
    let matched = false;
    for (let j = i - 1; j >= 0; j--) {
      const opener = items[j]!;
      if (opener.t !== 'delim' || !opener.open || opener.n === 0 || opener.char !== closer.char) continue;
      if ((opener.close || closer.open) && closer.n % 3 !== 0 && (opener.n + closer.n) % 3 === 0) continue;
      const use = opener.n > 1 && closer.n > 1 ? 2 : 1;
      const group: Node = { t: use > 1 ? 'strong' : 'emphasis', c: items.slice(j + 1, i).map(literal) };
      opener.n -= use;
      closer.n -= use;
      items.splice(j + 1, i - j - 1, group);
      i = j + 2;
      if (opener.n === 0) {
        items.splice(j, 1);
        i--;
      }
      if (closer.n === 0) items.splice(i, 1);
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return items.map(literal);
}

const literal = (node: Node): Node => (node.t === 'delim' ? { t: 'text', v: String.fromCharCode(node.char).repeat(node.n) } : node);

/** Adjacent texts as one node (mdast merges them), empty ones dropped. */
function merge(nodes: Node[]): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (node.t === 'text') {
      if (node.v === '') continue;
      const last = out[out.length - 1];
      if (last?.t === 'text') {
        out[out.length - 1] = { t: 'text', v: last.v + node.v };
        continue;
      }
    }
    out.push(node.t === 'strong' || node.t === 'emphasis' ? { t: node.t, c: merge(node.c) } : node);
  }
  return out;
}

/**
 * An HTML tag in a cell that ends or starts a line of what GitHub shows:
 * `<br>`, and the tags of paragraphs, list items, lists, divisions, rows,
 * headings and rules. Each reads as a space (one for several in a row), so
 * that `<ul><li>cpu</li><li>sandbox_id</li></ul>` is `cpu sandbox_id`, not
 * `cpusandbox_id`. Inline tags (`<sup>`, `<code>`, `<a>`) read as nothing:
 * `1.33<sup>EOL</sup>` is `1.33EOL` (but see `readsAsSpace`).
 */
export const separatesText = (html: string): boolean =>
  /^<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|hr|h[1-6]|blockquote|pre|details|summary|section|figure|figcaption|caption|center)(?:\s[^>]*)?\/?>$/i.test(html);

/**
 * An `<img>` tag reads as its `alt` text, as a markdown image does (and as a
 * screen reader says it): `<img src="check.svg" alt="Supported">` in a
 * support matrix is `Supported`, not an empty cell. Undefined for other tags
 * and for an image without `alt`. Entities in the text are left as written.
 */
export const imageAlt = (html: string): string | undefined => tagAttribute(html, 'img', ALT);

/** An attribute's value as HTML writes it (`alt="x"`, `alt='x'`, `alt=x`). */
const attribute = (name: string): RegExp => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i');
const ALT = attribute('alt');
const HREF = attribute('href');

/** The value `pattern` (an `attribute`) finds in an opening tag of `tag`; undefined for another tag or no such attribute. */
function tagAttribute(html: string, tag: string, pattern: RegExp): string | undefined {
  if (!html.startsWith('<') || html.slice(1, tag.length + 1).toLowerCase() !== tag || !/\s/.test(html.charAt(tag.length + 1))) return undefined;
  const value = pattern.exec(html);
  return value ? (value[1] ?? value[2] ?? value[3]!) : undefined;
}

/** What an HTML tag between `before` and `after` adds to a cell's text: an image's alt text, a space, or nothing. */
export function htmlText(html: string, before: string, after: () => string): string {
  const alt = imageAlt(html);
  if (alt !== undefined) return alt;
  return !before.endsWith(' ') && readsAsSpace(html, before, after) ? ' ' : '';
}

/**
 * Whether an HTML tag between `before` and `after` (the text on either side)
 * reads as a space: a separating tag, or a `<sup>` or `<sub>` between two
 * digits, which would otherwise run into one number (`1.22<sup>1</sup>` is
 * `1.22 1`, a version and its footnote, not version 1.221;
 * `1.33<sup>EOL</sup>` is still `1.33EOL`).
 */
export const readsAsSpace = (html: string, before: string, after: () => string): boolean =>
  separatesText(html) || (/^<su[pb](?:\s[^>]*)?>$/i.test(html) && /\d$/.test(before) && /^\d/.test(after()));

/** The first character a node's text starts with, looked for down first children only (cheap on deep nesting). */
function firstChar(node: Node | undefined): string {
  for (let at = node; at; at = at.t === 'strong' || at.t === 'emphasis' || at.t === 'link' ? at.c[0] : undefined) {
    if (at.t === 'text' || at.t === 'code') return at.v.charAt(0);
  }
  return '';
}

/** As `plainText` in read.ts: the text of texts and code, through emphasis and links. */
function plainText(nodes: Node[]): string {
  let text = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.t === 'text' || node.t === 'code') text += node.v;
    else if (node.t === 'html') text += htmlText(node.v, text, () => firstChar(nodes[i + 1]));
    else if (node.t !== 'delim') text += plainText(node.c);
  }
  return text;
}

function collectLinks(nodes: Node[], into: Link[]): void {
  eachAnchor(
    nodes,
    (node) => (node.t === 'html' ? node.v : undefined),
    (url, from, to) => into.push({ text: plainText(nodes.slice(from, to)).trim(), url }),
    (node) => {
      if (node.t === 'link') into.push({ text: plainText(node.c).trim(), url: node.url });
      else if (node.t === 'strong' || node.t === 'emphasis') collectLinks(node.c, into);
    },
  );
}

/**
 * Sibling nodes, with each HTML anchor paired with its closing tag (both
 * readers, on their own nodes): `link(url, from, to)` for an `<a href>` …
 * `</a>` around the siblings `[from, to)`, `other(node)` for each node that
 * is not an HTML tag.
 */
export function eachAnchor<N>(nodes: readonly N[], htmlOf: (node: N) => string | undefined, link: (url: string, from: number, to: number) => void, other: (node: N) => void): void {
  let open: { url: string; from: number } | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const html = htmlOf(nodes[i]!);
    if (html === undefined) {
      other(nodes[i]!);
      continue;
    }
    const href = anchorHref(html);
    if (href !== undefined) open = { url: href, from: i + 1 };
    else if (open && /^<\/a\s*>$/i.test(html)) {
      link(open.url, open.from, i);
      open = undefined;
    }
  }
}

/**
 * The `href` of an HTML anchor's opening tag (`<a href="https://…">`), or
 * undefined for any other tag. An anchor and its closing tag around text
 * (`<a href="…">@org/team</a>`) are a link as a markdown link is, in
 * `$links` for `linkAgreement`; `&amp;` in the URL is `&`.
 */
const anchorHref = (html: string): string | undefined => tagAttribute(html, 'a', HREF)?.replace(/&amp;/g, '&');

const isAsciiPunctuation = (code: number): boolean =>
  (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
const isAsciiAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiAlpha = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isHexDigit = (code: number): boolean => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * The label of a footnote call that starts at `from` (after `[^`), as GFM
 * reads one: up to the `]`, at least one character, at most 999, no `[`,
 * blank or line break. Undefined when there is no such label (so no call);
 * null for a label with a backslash, which this reader leaves to the parser.
 */
function footnoteLabel(source: string, from: number, to: number): string | null | undefined {
  for (let i = from; i < to && i - from <= MAX_LABEL; i++) {
    const code = source.charCodeAt(i);
    if (code === CLOSE_BRACKET) return i === from ? undefined : source.slice(from, i);
    if (code === BACKSLASH) return null;
    if (code === OPEN_BRACKET || code === 32 || code === 9 || code === 10 || code === 13) return undefined;
  }
  return undefined;
}
