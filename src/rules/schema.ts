import { ruleDocs, type SchemaRule } from './types.js';
import { cellSubject, sentence } from './util.js';

/** Any other JSON Schema keyword that fails (`maxItems` on links, `not`, `dependentRequired`, ...). */
export const schema: SchemaRule = {
  kind: 'schema',
  meta: {
    id: 'schema',
    type: 'problem',
    description: 'A row must satisfy the rest of its JSON Schema.',
    severity: 'error',
    docs: ruleDocs('schema'),
    messages: {
      failed: '{{subject}} {{problem}}',
    },
  },
  claims: () => true,
  check({ error, span, rowKey, keyColumn, report }) {
    report({
      span,
      messageId: 'failed',
      data: {
        subject: cellSubject(error.field, error.value, rowKey, keyColumn),
        problem: sentence(error.authored ?? error.ajvMessage ?? `fails ${error.keyword}`),
      },
    });
  },
};
