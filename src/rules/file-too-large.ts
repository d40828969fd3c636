import { lineSpan, ruleDocs, type FileRule } from './types.js';

const mebibytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${bytes.toLocaleString('en-US')} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A file past the size budget is not read past the budget, nor parsed; the rest of the run goes on. */
export const fileTooLarge: FileRule = {
  kind: 'file',
  meta: {
    id: 'file-too-large',
    type: 'problem',
    description: 'A linted file must not be larger than the size budget (budgets.maxFileBytes).',
    severity: 'error',
    about: 'unread',
    docs: ruleDocs('file-too-large'),
    messages: {
      tooLarge: '{{file}} is {{size}}, more than the {{budget}} size budget, so it was not linted. Split the file, or raise `budgets.maxFileBytes` in the config.',
    },
  },
  check({ facts, report }) {
    if (!facts.tooLarge) return;
    const { size, budget } = facts.tooLarge;
    report({ span: lineSpan(), messageId: 'tooLarge', data: { file: facts.file, size: mebibytes(size), budget: mebibytes(budget) } });
  },
};
