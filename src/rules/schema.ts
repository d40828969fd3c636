import { FORMS } from './cell-format.js';
import { ruleDocs, type SchemaRule } from './types.js';
import { errorSubject, sentence } from './util.js';

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
      alternatives: '{{subject}} is none of what the schema allows: {{branches}}.',
      several: '{{subject}} is more than one of the alternatives of a oneOf ({{branches}}), which allows exactly one: make the alternatives exclude each other, or write anyOf.',
      severalBare: '{{subject}} is more than one of the alternatives of a oneOf, which allows exactly one: make the alternatives exclude each other, or write anyOf.',
      ruledOut: '{{subject}} is {{branches}}, which the schema rules out (not).',
      forbidden: '{{subject}}: the schema allows no value in this column (its schema is `false`). Remove the column, or give it a schema.',
    },
  },
  claims: () => true,
  check({ error, span, rowKey, keyColumn, report }) {
    const subject = errorSubject(error, rowKey, keyColumn);
    if (error.authored === undefined) {
      // Ajv's words ("must match a schema in anyOf", "must NOT be valid", "boolean schema is false") say nothing to a
      // contributor: say what each alternative asks for, what `not` rules out, that a `false` column takes nothing.
      if (error.keyword === 'oneOf' && error.params['passingSchemas'] != null) {
        const branches = describeAlternatives(error.schema);
        report({ span, messageId: branches === undefined ? 'severalBare' : 'several', data: { subject, ...(branches !== undefined ? { branches } : {}) } });
        return;
      }
      const branches = error.keyword === 'anyOf' || error.keyword === 'oneOf' ? describeAlternatives(error.schema) : error.keyword === 'not' ? describeAlternatives([error.schema]) : undefined;
      if (branches !== undefined) {
        report({ span, messageId: error.keyword === 'not' ? 'ruledOut' : 'alternatives', data: { subject, branches } });
        return;
      }
      if (error.keyword === 'false schema') {
        report({ span, messageId: 'forbidden', data: { subject } });
        return;
      }
    }
    report({
      span,
      messageId: 'failed',
      data: { subject, problem: sentence(error.authored ?? error.ajvMessage ?? `fails ${error.keyword}`) },
    });
  },
};

/**
 * Each branch of a cell's `anyOf` or `oneOf` in words (`one of GA, Beta`,
 * `text matching ^v[0-9]+$`, `a valid date`), joined with "or"; undefined
 * when a branch says something these words cannot (then Ajv's words stand).
 */
function describeAlternatives(branches: unknown): string | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const described: string[] = [];
  for (const branch of branches) {
    if (typeof branch !== 'object' || branch === null) return undefined;
    const node = branch as Record<string, unknown>;
    const parts: string[] = [];
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === 'enum' && Array.isArray(value)) parts.push(`one of ${value.map(String).join(', ')}`);
      else if (keyword === 'const') parts.push(value === '' ? 'empty' : `"${String(value)}"`);
      else if (keyword === 'pattern') parts.push(`text matching ${String(value)}`);
      else if (keyword === 'format') parts.push(`a valid ${String(value)}${FORMS[String(value)] ?? ''}`);
      else if (keyword === 'minLength') parts.push(Number(value) === 1 ? 'not empty' : `at least ${String(value)} characters`);
      else if (keyword === 'maxLength') parts.push(Number(value) === 0 ? 'empty' : `at most ${String(value)} characters`);
      else if (keyword === 'type' && value === 'string') continue;
      else if (keyword === 'description' || keyword === 'title' || keyword === '$comment' || keyword === 'examples' || keyword === 'required') continue;
      // A row's alternatives name columns: `Logs not empty`.
      else if (keyword === 'properties' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [column, sub] of Object.entries(value)) {
          const said = describeAlternatives([sub]);
          if (said === undefined) return undefined;
          parts.push(`${column} ${said}`);
        }
      }
      else return undefined;
    }
    if (parts.length === 0) return undefined;
    described.push(parts.join(' and '));
  }
  return described.join('; or ');
}
