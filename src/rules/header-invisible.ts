import { unmixLookalikes } from '../markdown/lookalikes.js';
import { INVISIBLE } from '../markdown/read.js';
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
    table.header.forEach((cell, i) => {
      const written = source.slice(cell.span.offset, cell.span.endOffset);
      const mixed = unmixLookalikes(written.replace(INVISIBLE, ''));
      if (mixed.replaced.length > 0) {
        const count = mixed.replaced.length;
        report({
          span: cell.span,
          field: table.columns[i]!,
          messageId: 'lookalike',
          data: {
            column: table.columns[i]!,
            count,
            s: count === 1 ? '' : 's',
            verb: count === 1 ? 's' : '',
            them: count === 1 ? 'it' : 'them',
            chars: [...new Set(mixed.replaced)].map((char) => `${char} ${codePoint(char)}`).join(', '),
          },
          // Invisible characters go with the next pass's fix of their own finding.
          fix: { range: [cell.span.offset, cell.span.endOffset], text: unmixLookalikes(written).text },
        });
      }
      const found = written.match(INVISIBLE);
      if (!found) return;
      report({
        span: cell.span,
        field: table.columns[i]!,
        messageId: 'invisible',
        data: {
          column: table.columns[i]!,
          count: found.length,
          s: found.length === 1 ? '' : 's',
          them: found.length === 1 ? 'it' : 'them',
          chars: [...new Set(found.map(codePoint))].join(', '),
        },
        fix: { range: [cell.span.offset, cell.span.endOffset], text: written.replace(INVISIBLE, '') },
      });
    });
  },
};
