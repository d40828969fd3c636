import { distance } from 'fastest-levenshtein';
import { ruleDocs, type OtherRule } from './types.js';

/**
 * A table left alone that has every column a preset or entry needs but one,
 * and a header cell close to the missing name (`STATE` for `STATUS`): most
 * likely a typo that silently turned the check off. Reported on the header
 * cell, with a fix that renames it. Found by the engine (engine/lint.ts),
 * which knows what was left alone and why.
 */
export const nearMatch: OtherRule = {
  kind: 'run',
  meta: {
    id: 'near-match',
    type: 'suggestion',
    description: 'A table that has all but one of the columns a preset or config entry needs, and a header cell close to the missing one, is reported (it is not checked).',
    severity: 'warning',
    docs: ruleDocs('near-match'),
    fixable: 'code',
    messages: {
      near: 'This table is not checked: it has the columns of {{judge}} except "{{missing}}". Did you mean "{{missing}}" for "{{column}}"? Rename the column to check the table.',
    },
  },
};

/** Header names close enough to be a typo of each other (case aside): `STATE` for `STATUS`, `Maintainer` for `Maintainers`. */
export const closeColumn = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== y && distance(x, y) <= Math.max(2, Math.floor(Math.min(x.length, y.length) * 0.4));
};
