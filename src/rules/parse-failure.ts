import { lineSpan, ruleDocs, type FileRule } from './types.js';

/**
 * The parser gave up on the file (thousands of nested block quotes overflow
 * its stack, a worker runs out of memory): that file gets this finding and
 * the rest of the run goes on.
 */
export const parseFailure: FileRule = {
  kind: 'file',
  meta: {
    id: 'parse-failure',
    type: 'problem',
    description: 'A linted file must be markdown the parser can read (no nesting thousands of levels deep).',
    severity: 'error',
    about: 'unread',
    docs: ruleDocs('parse-failure'),
    messages: {
      failed: '{{file}} could not be parsed ({{reason}}), so it was not linted. Look for block quotes or lists nested thousands of levels deep, and flatten them.',
    },
  },
  check({ facts, report }) {
    if (facts.parseFailure) report({ span: lineSpan(), messageId: 'failed', data: { file: facts.file, reason: facts.parseFailure.reason } });
  },
};
