/**
 * A fix that mends a run of findings at once (sort-order's, which moves the
 * rows of a table into order) rides on the run's first finding. When that
 * one is set aside (suppressed, a row kept out of order on purpose; or
 * already there at the base, when only what a change introduced counts),
 * the fix goes to the next finding of the same rule, file and table that
 * lies in its range and has none: the others still want it, and --fix, the
 * Action's patch and its suggestions would otherwise do nothing with no
 * word why.
 */
import type { Violation } from './types.js';

export function handOverFixes(setAside: readonly Violation[], kept: readonly Violation[]): void {
  for (const from of setAside) {
    const fix = from.fix;
    // Only a fix of several lines can mend other findings: a cell's fix is its finding's alone (and there may be thousands).
    if (!fix || !from.fixSpan || from.fixSpan.endLine === from.fixSpan.line) continue;
    const to = kept.find(
      (other) =>
        other.rule === from.rule &&
        other.file === from.file &&
        other.tableIndex === from.tableIndex &&
        other.fix === undefined &&
        other.offset !== undefined &&
        other.offset >= fix.range[0] &&
        other.offset < fix.range[1],
    );
    if (!to) continue;
    to.fix = fix;
    to.fixSpan = from.fixSpan;
  }
}
