/** Counts, the pass/fail decision and the one-line reason. */
import type { Violation } from '../core/types.js';
import type { FailOn } from './inputs.js';

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
}

export const countOf = (vs: Violation[]): Counts => ({
  errors: vs.filter((v) => v.severity === 'error').length,
  warnings: vs.filter((v) => v.severity === 'warning').length,
  notices: vs.filter((v) => v.severity === 'notice').length,
});

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 new errors and 1 new warning" (or without "new" for `gate: all`). */
export function describeCounts(c: Counts, isNew: boolean): string {
  const adj = isNew ? 'new ' : '';
  const parts = [
    c.errors > 0 ? plural(c.errors, `${adj}error`) : '',
    c.warnings > 0 ? plural(c.warnings, `${adj}warning`) : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' and ') : `no ${adj}errors or warnings`;
}

/** Why the step fails, or undefined when it passes. */
export function failReason(gating: Violation[], failOn: FailOn, isNew: boolean): string | undefined {
  if (failOn === 'never') return undefined;
  const c = countOf(gating);
  const reached = failOn === 'error' ? c.errors > 0 : c.errors + c.warnings > 0;
  if (!reached) return undefined;
  const shown = failOn === 'error' ? { ...c, warnings: 0 } : c;
  // No pointer here: where to look depends on what the publisher managed to write.
  return `support-table-lint found ${describeCounts(shown, isNew)} in support tables (fail-on: ${failOn})`;
}
