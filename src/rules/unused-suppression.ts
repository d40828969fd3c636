import { ruleDocs, type SuppressionRule } from './types.js';

/**
 * A suppression that suppressed nothing, like ESLint's
 * `--report-unused-disable-directives`: left behind after the problem was
 * fixed, it would hide the next one. Also reported: a suppression naming a
 * rule that does not exist, or a comment that is not a known directive.
 * Reported by engine/suppress.ts and the config check of engine/pipeline.ts,
 * which know what each suppression did (as ESLint's linter reports unused
 * disable directives, not a rule); suppressions themselves cannot hide
 * these findings.
 */
export const unusedSuppression: SuppressionRule = {
  kind: 'suppression',
  meta: {
    id: 'unused-suppression',
    type: 'suggestion',
    description: 'A suppression comment or `ignore:` entry suppresses at least one finding, and names only known rules.',
    severity: 'warning',
    docs: ruleDocs('unused-suppression'),
    messages: {
      unused: 'This {{what}} suppresses nothing{{rules}}: remove it.',
      noFiles: 'This ignore entry suppresses nothing: its files: {{globs}} match no file (they are relative to {{base}}). Fix the glob, or remove the entry.',
      unknownRule: 'This {{what}} names the unknown rule "{{rule}}"{{close}}; rule ids are listed at {{docs}}.',
      unknownDirective: '"{{directive}}" is not a support-table-lint directive{{close}}, so it suppresses nothing; directives are {{known}}.',
      unjudgedTable: 'Nothing checks the table after this comment (no config entry or preset applies to it), so it suppresses nothing: move it to just before the table it is for, or remove it.',
      noTable: 'No table follows this "support-table-lint-disable-next-table" comment: move it to just before the table.',
      acrossHeading:
        'No table follows this "support-table-lint-disable-next-table" comment in its section: the next one (line {{line}}) is under another heading, so the comment suppresses nothing. Move it to just before the table it is for, or remove it.',
      nextTableInTable:
        'This "support-table-lint-disable-next-table" comment is inside a table, so it suppresses nothing: for this row write "support-table-lint-disable-line"; for a table, put the comment on a line of its own just before it.',
      lineOutsideTable: 'This "support-table-lint-disable-line" comment is on no table row, so it suppresses nothing: put it inside the cell of the row it is for, or use "support-table-lint-disable-next-table" before a table.',
    },
  },
};
