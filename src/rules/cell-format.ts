import { ruleDocs, type SchemaRule } from './types.js';
import { errorSubject, sentence } from './util.js';

const KEYWORDS = new Set(['pattern', 'format', 'type', 'maxLength', 'minLength', 'errorMessage']);

/** What ajv-formats' formats look like, for a reader who has never seen the schema: `2025-03-01` for `date`. */
export const FORMS: Readonly<Record<string, string>> = {
  date: ' (YYYY-MM-DD, a day that exists: 2025-03-01)',
  time: ' (HH:MM:SS with a time zone: 12:00:00Z)',
  'date-time': ' (YYYY-MM-DDTHH:MM:SS with a time zone: 2025-03-01T12:00:00Z)',
  email: ' (name@example.com)',
  uri: ' (an absolute URI: https://example.com/x)',
  'uri-reference': ' (a URI or a relative reference)',
  url: ' (https://example.com/x)',
  ipv4: ' (four numbers 0-255: 192.0.2.1)',
  ipv6: ' (2001:db8::1)',
  hostname: ' (example.com)',
  uuid: ' (8-4-4-4-12 hexadecimal digits)',
  duration: ' (ISO 8601: P1Y2M, PT36H)',
};

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
      format: '{{subject}} is not a valid {{format}}{{form}}.',
      maxLength: '{{subject}} is longer than {{limit}} characters.',
      minLength: '{{subject}} is shorter than {{limit}} characters.',
      type: '{{subject}} {{problem}}',
      authored: '{{subject}} {{authored}}',
    },
  },
  claims: (error) => KEYWORDS.has(error.keyword),
  check({ error, span, rowKey, keyColumn, report }) {
    const subject = errorSubject(error, rowKey, keyColumn);
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
        form: FORMS[String(error.params['format'] ?? '')] ?? '',
        limit: String(error.params['limit'] ?? ''),
        problem: sentence(error.ajvMessage ?? 'has the wrong type'),
      },
    });
  },
};
