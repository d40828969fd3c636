import type { LinkAgreementParams, LinkAgreementSchema } from '../schema/ajv.js';
import { disagreement, sharedGroups } from '../schema/link-agreement.js';
import { compilePattern } from '../schema/regex.js';
import { ruleDocs, type SchemaRule } from './types.js';
import type { Fix } from '../core/types.js';
import type { Cell } from '../markdown/types.js';
import { cellSubject } from './util.js';

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
  check({ source, error, cell, span, rowKey, keyColumn, report }) {
    const params = error.params as unknown as LinkAgreementParams;
    const schema = error.schema as LinkAgreementSchema;
    const link = `[${params.text}](${params.url})`;
    const agreed = params.problem === 'mismatch' && schema.prefer ? agree(schema, params) : undefined;
    const fixed = agreed && `[${agreed.text}](${agreed.url})`;
    // The link is found in the cell by its text and URL: with two such links (one with a title), the
    // one found may not be the one this error is about, and the other would stay wrong.
    const twins = cell?.links.filter((other) => other.text === params.text && other.url === params.url).length ?? 0;
    const fix = agreed && twins <= 1 ? rewriteLink(source, cell, params, agreed) : undefined;
    report({
      span,
      messageId: params.problem === 'mismatch' ? (fix ? 'mismatchFix' : 'mismatch') : params.problem,
      data: {
        subject: cellSubject(error.field, error.value, rowKey, keyColumn),
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

/**
 * The fix that writes the agreed text and URL into the link as the cell
 * writes it: `[text](url)`, `[text](<url>)`, `[text](url "title")` (the title
 * and brackets kept). Undefined when the link is not found written so
 * exactly once, or is written otherwise.
 */
function rewriteLink(source: string, cell: Cell | undefined, params: LinkAgreementParams, agreed: { text: string; url: string }): Fix | undefined {
  if (!cell || /[\r\n]/.test(agreed.text + agreed.url)) return undefined;
  const inside = source.slice(cell.span.offset, cell.span.endOffset);
  const opening = `[${params.text}]`;
  let found: { at: number; end: number; text: string } | undefined;
  for (let at = inside.indexOf(opening); at >= 0; at = inside.indexOf(opening, at + 1)) {
    const written = writtenLink(inside, at + opening.length, params.url, agreed);
    if (written === undefined) continue;
    if (found) return undefined; // twice: which one is meant is for a person to say
    found = { at, end: written.end, text: `[${agreed.text}]${written.rest}` };
  }
  if (!found) return undefined;
  return { range: [cell.span.offset + found.at, cell.span.offset + found.end], text: found.text.replace(/(?<!\\)\|/g, '\\|') };
}

/**
 * After a link's `[text]` at `from`: the end of its destination part and
 * that part rewritten with the agreed URL, when it is `(url)` with
 * optional angle brackets and title. A scan, not a regex: a cell is the
 * attacker's text.
 */
function writtenLink(inside: string, from: number, url: string, agreed: { url: string }): { end: number; rest: string } | undefined {
  if (inside[from] !== '(') return undefined;
  let i = from + 1;
  while (inside[i] === ' ' || inside[i] === '\t') i++;
  const angled = inside[i] === '<';
  if (angled) i++;
  if (!inside.startsWith(url, i)) return undefined;
  const urlStart = i;
  i += url.length;
  if (angled) {
    if (inside[i] !== '>') return undefined;
    i++;
  }
  const afterUrl = i;
  while (inside[i] === ' ' || inside[i] === '\t') i++;
  const quote = inside[i];
  if (quote === '"' || quote === "'" || quote === '(') {
    if (i === afterUrl) return undefined; // `(url"x")` is no link destination and title
    const closer = quote === '(' ? ')' : quote;
    const end = inside.indexOf(closer, i + 1);
    if (end < 0) return undefined;
    i = end + 1;
    while (inside[i] === ' ' || inside[i] === '\t') i++;
  } else if (!angled && i === afterUrl && inside[i] !== ')') {
    return undefined; // the URL written here is longer than the link's: another link
  }
  if (inside[i] !== ')') return undefined;
  return { end: i + 1, rest: `${inside.slice(from, urlStart)}${agreed.url}${inside.slice(urlStart + url.length, i + 1)}` };
}
