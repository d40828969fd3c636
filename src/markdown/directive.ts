/**
 * The grammar of a suppression comment, `<!-- support-table-lint-KIND
 * [rules] [-- reason] -->`: read by the suppressions (engine/suppress.ts)
 * and by sort-order, whose fix keeps a row pinned by a `disable-line`
 * comment where it is. Apart from the rules, so a rule may read it.
 */
import type { Span } from '../core/types.js';
import type { DirectiveComment } from './types.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-next-table', 'disable-line', 'disable-file'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  justification: string;
  span: Span;
}

/** A comment's grammar: `<!-- support-table-lint-KIND [rules] [-- reason] -->`. */
export function parseDirective(comment: DirectiveComment): Directive | { unknown: string; span: Span } {
  const body = comment.text.replace(/^<!--/, '').replace(/-->$/, '').trim();
  const match = /^support-table-lint-([a-z-]+)(?:\s+([^]*?))?\s*$/.exec(body);
  const name = match?.[1] ?? body.split(/\s/)[0] ?? '';
  const kind = DIRECTIVE_KINDS.find((candidate) => candidate === name);
  if (!match || !kind) return { unknown: `support-table-lint-${name.replace(/^support-table-lint-/, '')}`, span: comment.span };
  const rest = match[2] ?? '';
  const separator = rest.search(/(?:^|\s)--(?:\s|$)/);
  const ruleText = separator === -1 ? rest : rest.slice(0, separator);
  const justification = separator === -1 ? '' : rest.slice(separator).replace(/^\s*--\s*/, '').trim();
  const rules = ruleText.split(/[\s,]+/).filter((rule) => rule !== '');
  return { kind, rules, justification, span: comment.span };
}
