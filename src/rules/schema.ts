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
    },
  },
  claims: () => true,
  check({ error, span, rowKey, keyColumn, report }) {
    const subject = errorSubject(error, rowKey, keyColumn);
    // "must match a schema in anyOf" says nothing to a contributor: say what each alternative asks for.
    const branches = error.authored === undefined && (error.keyword === 'anyOf' || error.keyword === 'oneOf') ? describeAlternatives(error.schema) : undefined;
    if (branches !== undefined) {
      report({ span, messageId: 'alternatives', data: { subject, branches } });
      return;
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
      else if (keyword === 'description' || keyword === 'title' || keyword === '$comment' || keyword === 'examples') continue;
      else return undefined;
    }
    if (parts.length === 0) return undefined;
    described.push(parts.join(' and '));
  }
  return described.join('; or ');
}
