import { lineSpan, ruleDocs, type FileRule } from './types.js';

/** A parse that outlives the time budget is stopped; the rest of the run goes on. */
export const parseTimeout: FileRule = {
  kind: 'file',
  meta: {
    id: 'parse-timeout',
    type: 'problem',
    description: 'A linted file must parse within the time budget (budgets.maxParseMs).',
    severity: 'error',
    about: 'unread',
    docs: ruleDocs('parse-timeout'),
    messages: {
      timeout: '{{file}} took longer than the {{budget}} ms parse budget, so it was not linted. Split the file, or raise `budgets.maxParseMs` in the config.',
      check: '{{file}} was not checked to the end: {{why}} (its check has the {{budget}} ms budget its parse has). The findings before that point are reported. Simplify the schema\'s patterns, split the file, or raise `budgets.maxParseMs` in the config.',
    },
  },
  check({ facts, report }) {
    if (facts.parseTimeout) report({ span: lineSpan(), messageId: 'timeout', data: { file: facts.file, budget: facts.parseTimeout.budget } });
    if (facts.checkTimeout) report({ span: lineSpan(), messageId: 'check', data: { file: facts.file, budget: facts.checkTimeout.budget, why: facts.checkTimeout.why } });
  },
};
