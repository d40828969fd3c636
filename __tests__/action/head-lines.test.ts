import { lineMap, moveViolation } from '../../src/action/head-lines.js';
import type { Violation } from '../../src/core/types.js';

const at = (text: string, line: number, column: number): number => text.split(/(?<=\n)/).slice(0, line - 1).join('').length + column - 1;

describe('lines of the merge commit moved to the head commit', () => {
  const head = ['# Gates', '', 'A | B', '-- | --', 'x | Supported', ''].join('\r\n');
  const merged = ['Intro', '', '# Gates', '', 'Note from the base branch', '', 'A | B', '-- | --', 'x | Supported', ''].join('\r\n');

  it('maps lines and offsets of lines both texts have, with CRLF endings', () => {
    const map = lineMap(merged, head)!;
    expect([1, 3, 5, 7, 9].map((line) => map.line(line))).toEqual([undefined, 1, undefined, 3, 5]);
    expect(map.offset(at(merged, 9, 5))).toBe(at(head, 5, 5));
    expect(head.slice(map.offset(at(merged, 9, 5)), map.offset(at(merged, 9, 14)))).toBe('Supported');
  });

  it('counts a lone CR as a line end on both sides, as the findings do', () => {
    const head2 = ['A | B', '-- | --', 'x | y', 'z | Supported', ''].join('\n');
    const merged2 = `Intro.\rSecond.\rThird.\n\n${head2}`;
    const map = lineMap(merged2, head2)!;
    // Merged lines: 1-3 the intro (split by CRs), 4 blank, 5-8 the table.
    expect([1, 2, 3, 4, 5, 8].map((line) => map.line(line))).toEqual([undefined, undefined, undefined, undefined, 1, 4]);
  });

  it('moves a finding with its fix, and one on a line only the merge has to the line above, without its fix', () => {
    const map = lineMap(merged, head)!;
    const span = { line: 9, column: 5, endLine: 9, endColumn: 14, offset: at(merged, 9, 5), endOffset: at(merged, 9, 14) };
    const v: Violation = { file: 'g.md', ...span, severity: 'error', rule: 'allowed-values', message: 'm', fix: { range: [span.offset, span.endOffset], text: 'SUPPORTED' }, fixSpan: span };
    const moved = moveViolation(v, map);
    expect([moved.line, moved.column, moved.endColumn]).toEqual([5, 5, 14]);
    expect(head.slice(...moved.fix!.range)).toBe('Supported');
    const lost = moveViolation({ ...v, line: 5, endLine: 5 }, map);
    expect([lost.line, lost.column, lost.fix]).toEqual([2, 1, undefined]);
  });

  it('moves a fix over several lines only when the head has every one of them: a row the base branch edited between them keeps its fix off', () => {
    const headRows = ['A | B', '-- | --', 'b | Beta', 'x | Old', 'a | GA', ''].join('\n');
    const mergedRows = ['A | B', '-- | --', 'b | Beta', 'x | Edited on the base branch', 'a | GA', ''].join('\n');
    const map = lineMap(mergedRows, headRows)!;
    const fixOver = (text: string, first: number, last: number): Violation => {
      const span = { line: first, column: 1, endLine: last, endColumn: 7, offset: at(text, first, 1), endOffset: at(text, last, 7) };
      return { file: 'g.md', ...span, severity: 'warning', rule: 'sort-order', message: 'm', fix: { range: [span.offset, span.endOffset], text: 'sorted rows' }, fixSpan: span };
    };
    // Lines 3-5 of the merge: the middle one is only the merge's.
    expect(moveViolation(fixOver(mergedRows, 3, 5), map).fix).toBeUndefined();
    // Line 3 alone is the same in both.
    expect(moveViolation(fixOver(mergedRows, 3, 3), map).fix).toBeDefined();
  });
});
