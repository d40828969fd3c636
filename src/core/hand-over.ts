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
import type { Fix, Violation } from './types.js';

/** Whether `v` is a finding of the run whose fix `carrier` carries: same rule, file and table, within the fix's range. */
const inRun = (v: Violation, carrier: Violation, fix: Fix): boolean =>
  v.rule === carrier.rule && v.file === carrier.file && v.tableIndex === carrier.tableIndex && v.offset !== undefined && v.offset >= fix.range[0] && v.offset < fix.range[1];

export function handOverFixes(setAside: readonly Violation[], kept: readonly Violation[]): void {
  for (const from of setAside) {
    const fix = from.fix;
    // Only a run's fix can mend other findings: a cell's fix is its finding's alone (and there may be thousands).
    if (!fix || fix.run !== true) continue;
    const to = kept.find((other) => other.fix === undefined && inRun(other, from, fix));
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
  // The runs' fixes, whichever side carries them (taken before any is replaced).
  const runs = [...existing, ...gating].filter((v) => v.fix?.run === true).map((carrier) => ({ carrier, fix: carrier.fix! }));
  for (const { carrier, fix } of runs) {
    if (!existing.some((old) => inRun(old, carrier, fix))) continue;
    for (const mine of gating) {
      if (!(inRun(mine, carrier, fix) || mine.fix === fix)) continue;
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
