import { lineSpan, ruleDocs, type FileRule } from './types.js';

/** The file could not be read, or its bytes are not UTF-8: its tables cannot be read. */
export const fileEncoding: FileRule = {
  kind: 'file',
  meta: {
    id: 'file-encoding',
    type: 'problem',
    description: 'A linted file must be readable and encoded as UTF-8.',
    severity: 'error',
    about: 'unread',
    docs: ruleDocs('file-encoding'),
    messages: {
      unreadable: 'Could not read {{file}}: {{reason}}.',
      notUtf8:
        '{{file}} is not valid UTF-8 (the first bad byte is on line {{line}}), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").',
      utf16: '{{file}} looks like UTF-16 ({{order}}, without a byte-order mark: a 0 byte beside each character), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").',
    },
  },
  check({ facts, report }) {
    if (facts.unreadable) report({ span: lineSpan(), messageId: 'unreadable', data: { file: facts.file, reason: facts.unreadable.reason } });
    if (facts.notUtf8) report({ span: lineSpan(facts.notUtf8.line), messageId: 'notUtf8', data: { file: facts.file, line: facts.notUtf8.line } });
    if (facts.utf16) report({ span: lineSpan(), messageId: 'utf16', data: { file: facts.file, order: facts.utf16.order } });
  },
};
