import type { LinkAgreementParams, LinkAgreementSchema } from '../schema/ajv.js';
import { disagreement, sharedGroups } from '../schema/link-agreement.js';
import { compilePattern } from '../schema/regex.js';
import { ruleDocs, type SchemaRule } from './types.js';
import { cellSubject, replaceInCell } from './util.js';

/**
 * A `linkAgreement` failed: the link's text or URL has the wrong form, or the
 * two name different things (`[@org/storage](…/teams/images)`). When the
 * schema says which side is right (`prefer: url` or `prefer: text`), a
 * disagreement is fixed by rewriting the other side's named groups.
 */
export const linkTextUrl: SchemaRule = {
  kind: 'schema',
  meta: {
    id: 'link-text-url',
    type: 'problem',
    description: "A link's text and URL must both have the expected form and name the same thing.",
    severity: 'error',
    docs: ruleDocs('link-text-url'),
    fixable: 'code',
    messages: {
      text: '{{subject}} has a link {{link}} whose text does not match {{pattern}}.',
      url: '{{subject}} has a link {{link}} whose URL does not match {{pattern}}.',
      mismatch: '{{subject}} has a link {{link}} whose text names {{group}} "{{textValue}}" but whose URL names {{group}} "{{urlValue}}"; the text and URL must agree.',
      kind: '{{subject}} has a link {{link}} whose text and URL are of different kinds: only the {{side}} names {{group}} "{{value}}". The text and URL must name the same thing.',
      mismatchFix: '{{subject}} has a link {{link}} whose text names {{group}} "{{textValue}}" but whose URL names {{group}} "{{urlValue}}"; the text and URL must agree. The {{preferred}} is taken as right: {{fixed}}.',
    },
  },
  claims: (error) => error.keyword === 'linkAgreement',
  check({ source, error, cell, span, rowKey, report }) {
    const params = error.params as unknown as LinkAgreementParams;
    const schema = error.schema as LinkAgreementSchema;
    const link = `[${params.text}](${params.url})`;
    const agreed = params.problem === 'mismatch' && schema.prefer ? agree(schema, params) : undefined;
    const fixed = agreed && `[${agreed.text}](${agreed.url})`;
    // The link is found in the cell by its text and URL: with two such links (one with a title), the
    // one found may not be the one this error is about, and the other would stay wrong.
    const twins = cell?.links.filter((other) => other.text === params.text && other.url === params.url).length ?? 0;
    const fix = fixed && twins <= 1 ? replaceInCell(source, cell, link, fixed) : undefined;
    report({
      span,
      messageId: params.problem === 'mismatch' ? (fix ? 'mismatchFix' : 'mismatch') : params.problem,
      data: {
        subject: cellSubject(error.field, error.value, rowKey),
        link,
        pattern: params.pattern ?? '',
        group: params.group ?? '',
        textValue: params.textValue ?? '',
        urlValue: params.urlValue ?? '',
        preferred: schema.prefer === 'text' ? 'text' : 'URL',
        fixed: fixed ?? '',
        side: params.textValue ? 'text' : 'URL',
        value: params.textValue || params.urlValue || '',
      },
      ...(fix ? { fix } : {}),
    });
  },
};

/**
 * The link with every named group of the side that is not preferred
 * rewritten to the preferred side's value, or undefined when the result
 * would still not agree.
 */
function agree(schema: LinkAgreementSchema, params: LinkAgreementParams): { text: string; url: string } | undefined {
  const textPattern = compilePattern(schema.text);
  const urlPattern = compilePattern(schema.url);
  const textMatch = textPattern.exec(params.text);
  const urlMatch = urlPattern.exec(params.url);
  if (!textMatch || !urlMatch) return undefined;
  // `from` is the side taken as right; `to` (and its string, `target`) is rewritten.
  const [from, to, target] = schema.prefer === 'url' ? [urlMatch, textMatch, params.text] : [textMatch, urlMatch, params.url];
  const edits = Object.keys(to.groups)
    .filter((group) => from.groups[group] !== undefined && to.groups[group] !== from.groups[group])
    .map((group) => ({ range: to.indices[group]!, value: from.groups[group]! }))
    .sort((a, b) => b.range[0] - a.range[0]);
  let rewritten = target;
  for (const { range, value } of edits) rewritten = rewritten.slice(0, range[0]) + value + rewritten.slice(range[1]);
  const result = schema.prefer === 'url' ? { text: rewritten, url: params.url } : { text: params.text, url: rewritten };
  const check = textPattern.exec(result.text);
  const against = urlPattern.exec(result.url);
  if (!check || !against) return undefined;
  return disagreement(sharedGroups(schema), check.groups, against.groups, schema.ignoreCase === true) === undefined ? result : undefined;
}
