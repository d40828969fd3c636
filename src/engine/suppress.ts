/**
 * Suppressions, applied after the rules have run (as ESLint's
 * apply-disable-directives does): comments in the document and `ignore:`
 * entries in the config move findings from `violations` to `suppressed`,
 * where they are counted and listed with the reason, never lost. A
 * suppression that suppresses nothing, names an unknown rule or is not a
 * known directive is itself reported (`unused-suppression`).
 *
 * The comments, in the style of markdownlint:
 *
 *     <!-- support-table-lint-disable-next-table [rule ...] [-- reason] -->
 *     <!-- support-table-lint-disable [rule ...] [-- reason] -->   … <!-- support-table-lint-enable [rule ...] -->
 *     <!-- support-table-lint-disable-file [rule ...] [-- reason] -->
 *     | UniFi <!-- support-table-lint-disable-line unique-key -- a provider's own spelling --> | … |
 *
 * Without rule ids a comment applies to every rule. Rule ids are separated by
 * spaces or commas. A comment between two rows would end the table (GFM
 * reads it as a paragraph), so a single row is suppressed from inside one of
 * its cells, where the comment is not part of the cell's value.
 */
import type { CompiledConfig, CompiledFileIgnore, CompiledRowIgnore } from '../config/load.js';
import type { Span, SuppressedViolation, Suppression, Violation } from '../core/types.js';
import { handOverFixes } from '../core/hand-over.js';
import type { DirectiveComment, Table } from '../markdown/types.js';
import { DIRECTIVE_KINDS, parseDirective, type Directive } from '../markdown/directive.js';

export { parseDirective, DIRECTIVE_KINDS, type Directive, type DirectiveKind } from '../markdown/directive.js';
import { changeRules, RULE_IDS } from '../rules/index.js';
import { detachedRows } from '../rules/detached-rows.js';
import { DOCS_URL, type Report } from '../rules/types.js';
import { fold } from '../rules/util.js';
import { keyFold } from '../markdown/read.js';
import { suggest } from '../schema/suggest.js';
import { coversFile, type Judge } from './judge.js';

/** One way a finding can be suppressed, and whether it did suppress one, per rule it names. */
interface Suppressor {
  describe: string;
  rules: string[];
  justification: string;
  kind: Suppression['kind'];
  used: Set<string>;
  /** Where it is written (a comment's offset; Infinity for a config entry). */
  at: number;
}

export interface SuppressInput {
  file: string;
  violations: Violation[];
  directives: DirectiveComment[];
  tables: readonly Table[];
  judges: ReadonlyMap<number, Judge>;
  config: CompiledConfig;
  /**
   * Whether the file was compared with a base version. Without one the change
   * rules (`transition`, `table-unchecked`) cannot run, so a directive naming
   * them is not "unused": it waits for the next comparison.
   */
  compared: boolean;
  /** Config `ignore:` entries that suppressed something in this file (their ids). */
  usedIgnores: Set<CompiledRowIgnore | CompiledFileIgnore>;
  /** The file's text: a heading between a disable-next-table comment and the next table ends its reach. */
  source?: string;
}

export interface SuppressOutput {
  violations: Violation[];
  suppressed: SuppressedViolation[];
  /** Reports about the suppressions themselves (rule `unused-suppression`). */
  problems: Report[];
}

const CHANGE_RULE_IDS: ReadonlySet<string> = new Set(changeRules.map((rule) => rule.meta.id));

/** Source order of two places: by line, then column (a line may be longer than any factor a single number could use). */
const byPlace = (a: Pick<Span, 'line' | 'column'>, b: Pick<Span, 'line' | 'column'>): number => a.line - b.line || a.column - b.column;

export function applySuppressions(input: SuppressInput): SuppressOutput {
  const problems: Report[] = [];
  const directives: (Directive & { suppressor: Suppressor })[] = [];
  for (const comment of input.directives) {
    const parsed = parseDirective(comment);
    if (parsed === undefined) continue;
    if ('unknown' in parsed) {
      problems.push({
        span: parsed.span,
        messageId: 'unknownDirective',
        data: {
          directive: parsed.unknown,
          close: parsed.close ? ` (did you mean "${parsed.close}"?)` : '',
          known: DIRECTIVE_KINDS.map((kind) => `support-table-lint-${kind}`).join(', '),
        },
      });
      continue;
    }
    for (const rule of parsed.rules) {
      if (RULE_IDS.includes(rule)) continue;
      const close = suggest(rule, RULE_IDS);
      problems.push({
        span: parsed.span,
        messageId: 'unknownRule',
        data: { what: 'comment', rule, close: close ? ` (did you mean "${close}"?)` : '', docs: DOCS_URL },
      });
    }
    const rules = parsed.rules.filter((rule) => RULE_IDS.includes(rule));
    if (parsed.rules.length > 0 && rules.length === 0) continue;
    directives.push({
      ...parsed,
      rules,
      suppressor: { describe: 'comment', rules, justification: parsed.justification, kind: 'directive', used: new Set(), at: parsed.span.offset },
    });
  }

  // Tables in source order (their offsets rise): the table after a comment is found by binary search.
  const nextTable = new Map<Directive, number | undefined>();
  // It reaches the first table after it in its own section: one in another section (a comment left
  // behind when its table was deleted) or one it is written inside is not what it was meant for.
  const headings = headingsBefore(input.source, input.tables);
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-table') continue;
    const at = firstTable(input.tables, (candidate) => candidate.span.offset >= directive.span.endOffset);
    const table = input.tables[at];
    let problem: Report | undefined;
    if (tableAtLine(input.tables, directive.span.line)) problem = { span: directive.span, messageId: 'nextTableInTable' };
    else if (table === undefined) problem = { span: directive.span, messageId: 'noTable' };
    else if (headings(at).some((offset) => offset >= directive.span.endOffset)) problem = { span: directive.span, messageId: 'acrossHeading', data: { line: table.span.line } };
    nextTable.set(directive, problem ? undefined : table!.index);
    if (problem) problems.push(problem);
  }

  // Comments by where they apply, so that each finding asks only its own: a row of comments per
  // finding (a disable-line in each of 12,000 rows) must not cost every comment for every finding.
  const wholeFile = new Bucket();
  const byLine = new Map<number, Bucket>();
  const byTable = new Map<number, Bucket>();
  const bucket = <K>(map: Map<K, Bucket>, key: K): Bucket => map.get(key) ?? map.set(key, new Bucket()).get(key)!;
  for (const directive of directives) {
    if (directive.kind === 'disable-file') wholeFile.add(directive.suppressor);
    else if (directive.kind === 'disable-line') bucket(byLine, directive.span.line).add(directive.suppressor);
    else if (directive.kind === 'disable-next-table' && nextTable.get(directive) !== undefined) bucket(byTable, nextTable.get(directive)!).add(directive.suppressor);
  }
  const covers = (suppressor: Suppressor, rule: string): boolean => suppressor.rules.length === 0 || suppressor.rules.includes(rule);
  const regions = regionState(directives.filter((d) => d.kind === 'disable' || d.kind === 'enable'), problems);
  const kept: Violation[] = [];
  const suppressed: SuppressedViolation[] = [];
  const ordered = [...input.violations].sort(byPlace);
  for (const violation of ordered) {
    const by: Suppressor[] = [];
    const use = (suppressor: Suppressor | undefined): void => {
      if (!suppressor || !covers(suppressor, violation.rule)) return;
      suppressor.used.add(suppressor.rules.length === 0 ? '*' : violation.rule);
      by.push(suppressor);
    };
    for (const found of [wholeFile, byLine.get(violation.line), violation.tableIndex === undefined ? undefined : byTable.get(violation.tableIndex)]) {
      const first = found?.apply(violation.rule);
      if (first) by.push(first);
    }
    // Named in the order they are written.
    by.sort((a, b) => a.at - b.at);
    use(regions.at(violation));
    for (const ignore of configIgnores(input, violation)) {
      input.usedIgnores.add(ignore);
      by.push({ describe: 'ignore entry', rules: [], justification: ignore.reason, kind: 'config', used: new Set(), at: Infinity });
    }
    if (by.length === 0) kept.push(violation);
    else suppressed.push({ ...violation, suppressions: by.map(({ kind, justification }) => ({ kind, justification })) });
  }
  regions.finish();
  handOverFixes(suppressed, kept);

  const covered = coversFile(input.file, input.config);
  // A table with rows a blank line cut off (detached-rows): those rows are its own once the gap is closed,
  // so a comment before it may be for them, and is not called unused while they are cut off.
  const cutOff = new Set(input.violations.filter((v) => v.rule === detachedRows.meta.id && v.tableIndex !== undefined).map((v) => v.tableIndex!));
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    // Whether a comment is needed is known only where the config checks tables: in a file no entry
    // applies to, it may well be needed by another run.
    if (!covered) continue;
    const around = tableAtLine(input.tables, directive.span.line);
    const { used, rules } = directive.suppressor;
    const unused = rules.length === 0 ? (used.size === 0 ? [''] : []) : rules.filter((rule) => !used.has(rule) && (input.compared || !CHANGE_RULE_IDS.has(rule)));
    if (directive.kind === 'disable-next-table' && (nextTable.get(directive) === undefined || cutOff.has(nextTable.get(directive)!))) continue;
    if (unused.length === 0) continue;
    // On a line of its own, disable-line was most likely meant for the table below.
    if (directive.kind === 'disable-line' && around === undefined) {
      problems.push({ span: directive.span, messageId: 'lineOutsideTable' });
      continue;
    }
    if (directive.kind === 'disable-next-table' && !input.judges.has(nextTable.get(directive)!)) {
      problems.push({ span: directive.span, messageId: 'unjudgedTable' });
      continue;
    }
    const named = unused.filter((rule) => rule !== '');
    problems.push({
      span: directive.span,
      messageId: 'unused',
      data: { what: 'comment', rules: named.length > 0 ? ` for ${named.map((rule) => `"${rule}"`).join(', ')}` : '' },
    });
  }
  kept.sort((a, b) => a.line - b.line || a.column - b.column);
  return { violations: kept, suppressed, problems };
}

/**
 * The comments that apply in one place (the file, a line, a table). The
 * first finding of a rule marks every comment that covers it as used; each
 * finding then names the first of them, so that a thousand comments over a
 * thousand findings cost two thousand steps, not a million.
 */
class Bucket {
  private readonly suppressors: Suppressor[] = [];
  private readonly covering = new Map<string, Suppressor | undefined>();

  add(suppressor: Suppressor): void {
    this.suppressors.push(suppressor);
  }

  apply(rule: string): Suppressor | undefined {
    if (this.covering.has(rule)) return this.covering.get(rule);
    let first: Suppressor | undefined;
    for (const suppressor of this.suppressors) {
      if (suppressor.rules.length > 0 && !suppressor.rules.includes(rule)) continue;
      suppressor.used.add(suppressor.rules.length === 0 ? '*' : rule);
      first ??= suppressor;
    }
    this.covering.set(rule, first);
    return first;
  }
}

/**
 * The offsets of the headings between table `at - 1` (or the file's start)
 * and table `at`, for each table asked, each gap read once: ATX headings
 * (`## Notes`) and setext underlines (`===`, or `---` under a paragraph's
 * line), outside fenced code blocks and HTML comments.
 */
function headingsBefore(source: string | undefined, tables: readonly Table[]): (at: number) => number[] {
  const known = new Map<number, number[]>();
  return (at) => {
    if (source === undefined) return [];
    let found = known.get(at);
    if (found) return found;
    found = [];
    const from = at > 0 ? tables[at - 1]!.span.endOffset : 0;
    const to = tables[at]!.span.offset;
    let fence: string | undefined;
    let comment = false;
    let previousText = false;
    for (let start = from; start < to; ) {
      const lineFeed = source.indexOf('\n', start);
      const end = Math.min(to, lineFeed === -1 ? source.length : lineFeed);
      const line = source.slice(start, end).replace(/\r$/, '');
      const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      const wasComment = comment;
      if (comment) comment = !line.includes('-->');
      else if (fence !== undefined) {
        if (opens && opens[1]![0] === fence[0] && opens[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = undefined;
      } else if (opens) fence = opens[1];
      else if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line) || (previousText && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line))) found.push(start);
      // A `#` line in a comment that spans lines is a heading commented out, which GitHub does not show.
      if (!wasComment && fence === undefined && !opens) comment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
      // Setext underlines only a paragraph's line: under a list item, a quote or HTML, `---` is a rule.
      previousText = fence === undefined && !opens && !wasComment && !comment && line.trim() !== '' && !/^ {0,3}(?:[-*+>]|\d{1,9}[.)]|<)(?:\s|$|[a-z!/])/i.test(line);
      start = end + 1;
    }
    known.set(at, found);
    return found;
  };
}

/** The index of the first table for which `after` holds (tables are in source order, so it holds from there on). */
function firstTable(tables: readonly Table[], after: (table: Table) => boolean): number {
  let low = 0;
  let high = tables.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(tables[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The table whose lines hold `line`, if any (tables do not overlap). */
function tableAtLine(tables: readonly Table[], line: number): Table | undefined {
  const table = tables[firstTable(tables, (candidate) => candidate.span.line > line) - 1];
  return table && table.span.endLine >= line ? table : undefined;
}

/** The `ignore:` entries that apply to a finding: the judging entry's by rule and row, and the file-wide ones. */
function configIgnores(input: SuppressInput, violation: Violation): (CompiledRowIgnore | CompiledFileIgnore)[] {
  const out: (CompiledRowIgnore | CompiledFileIgnore)[] = [];
  const judge = violation.tableIndex === undefined ? undefined : input.judges.get(violation.tableIndex);
  for (const ignore of judge?.entry?.ignore ?? []) {
    if (ignore.rules.length > 0 && !ignore.rules.includes(violation.rule)) continue;
    if (ignore.rows.length > 0 && !ignore.rows.includes(keyFold(violation.rowKey ?? ''))) continue;
    out.push(ignore);
  }
  for (const ignore of input.config.ignore) {
    if (!ignore.matchesFile(input.file)) continue;
    if (ignore.rules.length > 0 && !ignore.rules.includes(violation.rule)) continue;
    out.push(ignore);
  }
  return out;
}

/**
 * `disable` … `enable` regions, ESLint's way: a `disable` without rules
 * turns every rule off until an `enable` without rules; `enable rule` after
 * it turns just that rule back on. Findings are asked for in source order.
 */
function regionState(
  events: (Directive & { suppressor: Suppressor })[],
  problems: Report[],
): { at(violation: Pick<Span, 'line' | 'column'> & { rule: string }): Suppressor | undefined; finish(): void } {
  const sorted = [...events].sort((a, b) => byPlace(a.span, b.span));
  let next = 0;
  let all: Suppressor | undefined;
  const byRule = new Map<string, Suppressor>();
  const exceptions = new Set<string>();
  return {
    at(violation) {
      while (next < sorted.length && byPlace(sorted[next]!.span, violation) <= 0) {
        const event = sorted[next++]!;
        if (event.kind === 'disable') {
          if (event.rules.length === 0) {
            all = event.suppressor;
            exceptions.clear();
          } else {
            for (const rule of event.rules) {
              byRule.set(rule, event.suppressor);
              exceptions.delete(rule);
            }
          }
          continue;
        }
        // An `enable` that closes nothing suppresses nothing either; say so.
        const closes = event.rules.length === 0 ? all !== undefined || byRule.size > 0 : event.rules.some((rule) => byRule.has(rule) || all !== undefined);
        if (!closes) problems.push({ span: event.span, messageId: 'unused', data: { what: 'comment', rules: ' (nothing before it is disabled)' } });
        if (event.rules.length === 0) {
          all = undefined;
          byRule.clear();
          exceptions.clear();
        } else {
          for (const rule of event.rules) {
            byRule.delete(rule);
            if (all) exceptions.add(rule);
          }
        }
      }
      const own = byRule.get(violation.rule);
      if (own) return own;
      return all && !exceptions.has(violation.rule) ? all : undefined;
    },
    /** Plays the events after the last finding, so an `enable` there is checked too. */
    finish() {
      this.at({ line: Infinity, column: 0, rule: '' });
    },
  };
}
