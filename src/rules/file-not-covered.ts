import { lineSpan, ruleDocs, type RunRule } from './types.js';

/**
 * A file named on the command line that no config entry applies to: the
 * user asked for it to be checked, and nothing will be. A notice.
 */
export const fileNotCovered: RunRule = {
  kind: 'run',
  meta: {
    id: 'file-not-covered',
    type: 'suggestion',
    description: "A file named explicitly is in some config entry's files.",
    severity: 'notice',
    docs: ruleDocs('file-not-covered'),
    messages: {
      uncovered: 'No entry of {{config}} applies to {{file}} (it matches no entry\'s files:), so none of its tables is checked. Add it to an entry\'s files:, or leave it out of the command.',
    },
  },
  check({ facts, report }) {
    const { uncovered } = facts;
    if (uncovered) report({ span: lineSpan(), messageId: 'uncovered', data: { config: uncovered.config, file: uncovered.file } });
  },
};
