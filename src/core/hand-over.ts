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
    // Only a run's fix can mend other findings: a cell's fix is its finding's alone (and there may be thousands).
    if (!fix || fix.run !== true) continue;
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

/**
 * Compared with a base, a fix that mends a run of findings (a table's sort)
 * would also move the rows whose findings were already there: a change that
 * adds one row out of order would get a fix that reorders the whole table.
 * When any finding of the run is pre-existing, each of the change's findings
 * in the run gets the fix of its own row alone (`fixAlone`: the row moved to
 * its place, the others left where they are), or none.
 */
export function narrowFixes(existing: readonly Violation[], gating: readonly Violation[]): void {
  const sameRun = (a: Violation, b: Violation): boolean => a.rule === b.rule && a.file === b.file && a.tableIndex === b.tableIndex;
  const inRange = (v: Violation, range: readonly [number, number]): boolean => v.offset !== undefined && v.offset >= range[0] && v.offset < range[1];
  // The runs' fixes: one a finding of either side carries, of several lines.
  const runs = [...existing, ...gating].filter((v) => v.fix?.run === true).map((carrier) => ({ carrier, fix: carrier.fix! }));
  for (const { carrier, fix } of runs) {
    if (!existing.some((old) => sameRun(old, carrier) && inRange(old, fix.range))) continue;
    for (const mine of gating) {
      if (!sameRun(mine, carrier) || !(inRange(mine, fix.range) || mine.fix === fix)) continue;
      if (mine.fixAlone) {
        mine.fix = mine.fixAlone.fix;
        mine.fixSpan = mine.fixAlone.fixSpan;
      } else if (mine.fix === fix) {
        delete mine.fix;
        delete mine.fixSpan;
      }
    }
  }
}
