import { unmixLookalikes } from '../markdown/lookalikes.js';
import { INVISIBLE, isLatinHeader } from '../markdown/read.js';
import { ruleDocs, type TableRule } from './types.js';

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
    },
  },
  check({ source, table, report }) {
    const wholeWords = isLatinHeader(table.header);
    table.header.forEach((cell, i) => {
      const column = table.columns[i]!;
      const written = source.slice(cell.span.offset, cell.span.endOffset);
      /** One finding for the characters `found` of one kind, whose fix writes the cell as `fixed`. */
      const say = (messageId: 'invisible' | 'lookalike', found: string[], chars: string, fixed: string): void => {
        const one = found.length === 1;
        report({
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
      const invisible = written.match(INVISIBLE);
      if (invisible) say('invisible', invisible, [...new Set(invisible.map(codePoint))].join(', '), written.replace(INVISIBLE, ''));
    });
  },
};
