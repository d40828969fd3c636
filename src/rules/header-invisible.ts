import { unmixLookalikes } from '../markdown/lookalikes.js';
import { INVISIBLE, isLatinHeader } from '../markdown/read.js';
import type { Table } from '../markdown/types.js';
import { ruleDocs, type Report, type TableRule } from './types.js';

const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A header cell with an invisible character (a zero-width space, a joiner, a
 * bidirectional mark), or with a letter of another script that looks like
 * the Latin letter it stands among (`GRАDUATION`, a Cyrillic А): the
 * column is still read by its visible name, so the table stays checked, but
 * a character nobody can tell apart in a header is a mistake or an attempt
 * to slip the table past the check. The fix deletes or retypes it.
 */
export const headerInvisible: TableRule = {
  kind: 'table',
  meta: {
    id: 'header-invisible',
    type: 'problem',
    description: 'A header cell holds no invisible characters (zero-width spaces, joiners, bidirectional marks) and no look-alike letters of another script.',
    severity: 'error',
    docs: ruleDocs('header-invisible'),
    fixable: 'code',
    messages: {
      invisible: 'Header cell "{{column}}" holds {{count}} invisible character{{s}} ({{chars}}): delete {{them}}; the column is read as "{{column}}".',
      lookalike: 'Header cell "{{column}}" holds {{count}} letter{{s}} of another script that look{{verb}} like Latin ({{chars}}): type {{them}} as Latin letters; the column is read as "{{column}}".',
      bidi: 'Header cell "{{column}}" holds {{count}} bidirectional control character{{s}} ({{chars}}), which make{{verb}} it show other text than it holds: delete {{them}}. Nothing checks this table; what it holds reads "{{column}}".',
    },
  },
  check({ source, table, report }) {
    for (const found of headerProblems(source, table)) report(found);
  },
};

/** The rule's findings on a table's header (init lists them as likely mistakes too). */
export function headerProblems(source: string, table: Table): Report[] {
  const out: Report[] = [];
  const wholeWords = isLatinHeader(table.header);
  table.header.forEach((cell, i) => {
    const column = table.columns[i]!;
    const written = source.slice(cell.span.offset, cell.span.endOffset);
    /** One finding for the characters `found` of one kind, whose fix writes the cell as `fixed`. */
    const say = (messageId: 'invisible' | 'lookalike', found: string[], chars: string, fixed: string): void => {
      const one = found.length === 1;
      out.push({
        span: cell.span,
        field: column,
        messageId,
        data: { column, count: found.length, s: one ? '' : 's', verb: one ? 's' : '', them: one ? 'it' : 'them', chars },
        fix: { range: [cell.span.offset, cell.span.endOffset], text: fixed },
      });
    };
    const mixed = unmixLookalikes(written.replace(INVISIBLE, ''), { wholeWords });
    // Invisible characters in the same cell go with the next pass's fix of their own finding.
    const lookalikes = [...new Set(mixed.replaced)].map((char) => `${char} ${codePoint(char)}`).join(', ');
    if (mixed.replaced.length > 0) say('lookalike', mixed.replaced, lookalikes, unmixLookalikes(written, { wholeWords }).text);
    // Written as characters, or as references to them (`STA&#8203;TUS`, `GRA&shy;DUATION`), which the page shows as nothing too.
    const { fixed, found: invisible } = strip(written, INVISIBLE);
    if (invisible.length > 0) say('invisible', invisible, [...new Set(invisible.map(codePoint))].join(', '), fixed);
  });
  return out;
}

/** The named character references of invisible characters (HTML's list), and numeric ones. */
const INVISIBLE_NAMES: Record<string, number> = {
  shy: 0xad, zwj: 0x200d, zwnj: 0x200c, lrm: 0x200e, rlm: 0x200f, ZeroWidthSpace: 0x200b, NegativeVeryThinSpace: 0x200b, NegativeThinSpace: 0x200b,
  NegativeMediumSpace: 0x200b, NegativeThickSpace: 0x200b, NoBreak: 0x2060, ApplyFunction: 0x2061, af: 0x2061, InvisibleTimes: 0x2062, it: 0x2062,
  InvisibleComma: 0x2063, ic: 0x2063,
};
const REFERENCE = new RegExp(`&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(${Object.keys(INVISIBLE_NAMES).join('|')}));`, 'g');

/**
 * `written` without the characters `kind` (a global pattern) matches, as
 * characters or as character references to them, and those characters.
 */
function strip(written: string, kind: RegExp): { fixed: string; found: string[] } {
  const found = [...(written.match(kind) ?? [])];
  const fixed = written.replace(kind, '').replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : INVISIBLE_NAMES[name!]!;
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
    kind.lastIndex = 0;
    if (!kind.test(char)) return reference;
    found.push(char);
    return '';
  });
  kind.lastIndex = 0;
  return { fixed, found };
}

/**
 * Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): a
 * header cell holding `\u202eSUTATS` shows `STATUS` and reads `SUTATS`, so a
 * table can look checked and be left alone. Reported on every table, judged
 * or not (engine/lint.ts).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The findings for the bidirectional controls in the header of a table nothing judges. */
export function bidiFindings(source: string, table: Table): Report[] {
  const out: Report[] = [];
  table.header.forEach((cell, i) => {
    const written = source.slice(cell.span.offset, cell.span.endOffset);
    // As characters or as references to them (`&#x202E;`), which the page obeys as well.
    const { fixed, found } = strip(written, BIDI_CONTROLS);
    if (found.length === 0) return;
    const one = found.length === 1;
    out.push({
      span: cell.span,
      field: table.columns[i]!,
      messageId: 'bidi',
      data: { column: table.columns[i]!, count: found.length, s: one ? '' : 's', verb: one ? 's' : '', them: one ? 'it' : 'them', chars: [...new Set(found.map(codePoint))].join(', ') },
      fix: { range: [cell.span.offset, cell.span.endOffset], text: fixed },
    });
  });
  return out;
}
