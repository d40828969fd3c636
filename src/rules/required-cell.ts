import { isEmptyRequired } from '../schema/validate.js';
import { ruleDocs, type SchemaRule } from './types.js';
import { errorSubject, sentence } from './util.js';

/** A `minLength` of 1 or more failed on an empty cell: the cell is required. */
export const requiredCell: SchemaRule = {
  kind: 'schema',
  meta: {
    id: 'required-cell',
    type: 'problem',
    description: 'A cell the schema requires (minLength >= 1) must not be empty.',
    severity: 'error',
    docs: ruleDocs('required-cell'),
    messages: {
      empty: '{{subject}} is empty; a value is required.',
      authored: '{{subject}} {{authored}}',
    },
  },
  claims: isEmptyRequired,
  check({ error, span, rowKey, keyColumn, report }) {
    report({
      span,
      messageId: error.authored === undefined ? 'empty' : 'authored',
      data: { subject: errorSubject(error, rowKey, keyColumn), authored: sentence(error.authored ?? '') },
    });
  },
};
