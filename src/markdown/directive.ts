/**
 * The grammar of a suppression comment, `<!-- support-table-lint-KIND
 * [rules] [-- reason] -->`: read by the suppressions (engine/suppress.ts)
 * and by sort-order, whose fix keeps a row pinned by a `disable-line`
 * comment where it is. Apart from the rules, so a rule may read it.
 */
import type { Span } from '../core/types.js';
import type { DirectiveComment } from './types.js';
import { suggest } from '../schema/suggest.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-next-table', 'disable-line', 'disable-file'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  justification: string;
  span: Span;
}

/** Words of the directive kinds after `disable`: a comment that writes one meant a narrower directive than `disable`. */
const KIND_WORDS = new Set(['next', 'line', 'table', 'file']);

/** What a comment that looks like a directive but is not one is reported as. */
export interface NotADirective {
  unknown: string;
  /** The directive it most likely meant, when one is close. */
  close?: string;
  span: Span;
}

/**
 * A comment's grammar: `<!-- support-table-lint-KIND [rules] [-- reason] -->`.
 * A comment that names the tool but misspells the rest (`support-table-lint
 * disable-line`, `support-table-lint:disable`, `support-table-lint-disable-nextline`)
 * is returned as `unknown`, so it is reported instead of silently doing
 * nothing; one that only mentions the tool (`<!-- support-table-lint checks
 * this table -->`) is no directive, and is `undefined`.
 */
export function parseDirective(comment: DirectiveComment): Directive | NotADirective | undefined {
  const body = comment.text.replace(/^<!--/, '').replace(/-->$/, '').trim();
  // `KIND:` is read as KIND: the colon is a habit from other tools' comments, and says nothing else.
  const match = /^support-table-lint-([a-z-]+):?(?:\s+([^]*?))?\s*$/.exec(body);
  const kind = DIRECTIVE_KINDS.find((candidate) => candidate === match?.[1]);
  if (!match || !kind) {
    // The tool's name (as the quick scans for comments look for it: engine/pipeline.ts, markdown/fast.ts),
    // any separators, then the words meant as the kind: `disable line` and `disable_next table` are
    // `disable-line` and `disable-next-table`, not the region directive their first word is.
    const loose = /^(support-table-lint[\s:_-]*)([a-z]+(?:[\s_-]+[a-z]+){0,2})/i.exec(body);
    if (!loose) return match ? { unknown: `support-table-lint-${match[1]}`, span: comment.span } : undefined;
    const pieces = loose[2]!.split(/([\s_-]+)/); // words, and the separators between them
    const words = pieces.filter((_, i) => i % 2 === 0).map((word) => word.toLowerCase());
    let meant: DirectiveKind | undefined;
    let used = words.length;
    for (let count = words.length; count >= 1; count--) {
      // `disable` alone for `disable next line`: the region directive would silence the rest of the file.
      if (count === 1 && KIND_WORDS.has(words[1] ?? '')) break;
      const joined = words.slice(0, count).join('-');
      const found = DIRECTIVE_KINDS.find((candidate) => candidate === joined) ?? (count > 1 || words.length === 1 ? (suggest(joined, DIRECTIVE_KINDS) as DirectiveKind | undefined) : undefined);
      if (found !== undefined) {
        meant = found;
        used = count;
        break;
      }
    }
    // A misspelt prefix is taken for a directive only when what follows is one, or starts as one: otherwise it is prose.
    if (!match && meant === undefined && words[0] !== 'disable' && words[0] !== 'enable') return undefined;
    const written = match ? `support-table-lint-${match[1]}` : loose[1] + pieces.slice(0, used * 2 - 1).join('');
    return { unknown: written, ...(meant === undefined ? {} : { close: `support-table-lint-${meant}` }), span: comment.span };
  }
  const rest = match[2] ?? '';
  const separator = rest.search(/(?:^|\s)--(?:\s|$)/);
  const ruleText = separator === -1 ? rest : rest.slice(0, separator);
  const justification = separator === -1 ? '' : rest.slice(separator).replace(/^\s*--\s*/, '').trim();
  const rules = ruleText.split(/[\s,]+/).filter((rule) => rule !== '');
  return { kind, rules, justification, span: comment.span };
}
