import { ruleDocs, type SchemaRule } from './types.js';
import { cellSubject, sentence } from './util.js';

const KEYWORDS = new Set(['pattern', 'format', 'type', 'maxLength', 'minLength', 'errorMessage']);

/** A cell does not have the form the schema describes (pattern, format, type, length, or an authored message). */
export const cellFormat: SchemaRule = {
  kind: 'schema',
  meta: {
    id: 'cell-format',
    type: 'problem',
    description: 'A cell must have the form the schema describes (pattern, format, length).',
    severity: 'error',
    docs: ruleDocs('cell-format'),
    messages: {
      pattern: '{{subject}} does not match {{pattern}}.',
      emptyPattern: '{{subject}} is empty; expected a value matching {{pattern}}.',
      format: '{{subject}} is not a valid {{format}}.',
      maxLength: '{{subject}} is longer than {{limit}} characters.',
      minLength: '{{subject}} is shorter than {{limit}} characters.',
      type: '{{subject}} {{problem}}',
      authored: '{{subject}} {{authored}}',
    },
  },
  claims: (error) => KEYWORDS.has(error.keyword),
  check({ error, span, rowKey, keyColumn, report }) {
    const subject = cellSubject(error.field, error.value, rowKey, keyColumn);
    let messageId: string = error.keyword;
    if (error.authored !== undefined || error.keyword === 'errorMessage') messageId = 'authored';
    else if (error.keyword === 'pattern' && error.value === '') messageId = 'emptyPattern';
    report({
      span,
      messageId,
      data: {
        subject,
        authored: sentence(error.authored ?? 'is invalid'),
        pattern: String(error.params['pattern'] ?? ''),
        format: String(error.params['format'] ?? ''),
        limit: String(error.params['limit'] ?? ''),
        problem: sentence(error.ajvMessage ?? 'has the wrong type'),
      },
    });
  },
};
