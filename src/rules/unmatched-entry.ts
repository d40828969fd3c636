import { ruleDocs, type OtherRule } from './types.js';

/**
 * A config entry that checked no table although the run linted files its
 * `files:` match: a renamed column or a heading that changed has silently
 * turned it off. Or one whose `files:` match no file of the repository at
 * all (a typo, a folder moved), whatever the run linted. Reported on the entry's line in the config file. Found by
 * the pipeline, which sees the whole run.
 */
export const unmatchedEntry: OtherRule = {
  kind: 'run',
  meta: {
    id: 'unmatched-entry',
    type: 'problem',
    description: 'A config entry checks at least one table in the files it applies to.',
    severity: 'warning',
    docs: ruleDocs('unmatched-entry'),
    messages: {
      noFiles: '{{entry}} checks nothing: its files: {{globs}} match no file (they are relative to {{base}}). Fix the glob, or remove the entry.',
      unmatched:
        '{{entry}} checked no table in the {{count}} linted file{{s}} its files: match ({{example}}): no table there has the columns {{columns}}{{heading}}. Fix the entry\'s match:, schema or files:, or remove it.',
    },
  },
};
