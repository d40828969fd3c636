import { lineSpan, ruleDocs, type RunRule } from './types.js';

/**
 * A config entry that checked no table although the run linted files its
 * `files:` match: a renamed column or a heading that changed has silently
 * turned it off. Or one whose `files:` match no file of the repository at
 * all (a typo, a folder moved), whatever the run linted. Reported on the
 * entry's line in the config file. An entry whose files the run did not
 * lint, but that exist, is not news: another run may lint them.
 */
export const unmatchedEntry: RunRule = {
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
  check({ facts, report }) {
    const entry = facts.idleEntry;
    if (!entry) return;
    const at = { span: lineSpan(entry.line), rowKey: entry.label };
    const { linted } = entry;
    if (linted.length === 0) {
      if (entry.matchesNoFile) report({ ...at, messageId: 'noFiles', data: { entry: entry.label, globs: entry.globs.join(', '), base: entry.base } });
      return;
    }
    report({
      ...at,
      messageId: 'unmatched',
      data: {
        entry: entry.label,
        count: linted.length,
        s: linted.length === 1 ? '' : 's',
        example: linted.length === 1 ? linted[0]! : `${linted[0]!}, …`,
        columns: entry.columns.length > 0 ? entry.columns.map((name) => `"${name}"`).join(', ') : '(any)',
        heading: entry.heading !== undefined ? ` under a heading containing "${entry.heading}"` : '',
      },
    });
  },
};
