/**
 * One-click fixes in a pull request review. A gating finding whose fix lies
 * inside one diff hunk becomes a review comment with a ```suggestion block
 * (GitHub rejects a whole review when one comment is outside the diff, so
 * only those are suggested); every other fix goes to the patch in the job
 * summary.
 *
 * Each comment carries a hidden fingerprint (an HTML comment holding a hash
 * of the findings' identities and the replacement), so a re-run posts only
 * what is not there yet and deletes the Action's own comments whose fix is
 * gone. Comments are the Action's own only when they carry the marker and
 * were written by the login the token acts as: others' comments are never
 * touched, even when they quote a marker.
 */
import { createHash } from 'node:crypto';
import { identity } from '../core/gate.js';
import type { Fix, Violation } from '../core/types.js';
import { applyFixes, applyKeepingShape } from '../engine/fix.js';
import { loadParser } from '../markdown/read.js';
import { escapeMarkdown, fenceFor } from '../report/markdown.js';
import { hunkOf, type Hunk } from './hunks.js';
import { describeApiError, type GitHubApi, type NewReviewComment } from './github-api.js';

export interface Suggestion {
  path: string;
  /** First and last line replaced, in the PR head's version (1-based, inclusive). */
  startLine: number;
  line: number;
  /** The lines as they are, and as the fixes make them (without the last newline). */
  original: string;
  replacement: string;
  /** The findings it fixes. */
  findings: { rule: string; message: string }[];
  /** Hex SHA-256 of the findings' identities and the replacement. */
  fingerprint: string;
}

/**
 * A review holds at most this many suggestions; the others go to the patch.
 * GitHub documents no limit, but a review with hundreds of comments is slow
 * to create and to read, and one bad comment rejects all of them.
 */
export const MAX_SUGGESTIONS = 50;
/** GitHub rejects a comment body longer than this ("body is too long (maximum is 65536 characters)"). */
export const COMMENT_BODY_CHARS = 65_536;

export const MARKER_PREFIX = '<!-- support-table-lint suggestion ';
// Anchored at the end: the body ends with the marker, and a replacement text a pull request wrote (which the
// suggestion block holds, before it) cannot choose the fingerprint with a marker of its own.
// After the fingerprint, the scope of the run that wrote it (see suggestionScope); comments written before
// scopes were marked have none, and belong to every run.
const MARKER = /<!-- support-table-lint suggestion ([0-9a-f]{64})(?: ([0-9a-f]{16}))? -->\s*$/;

/**
 * Which run of the Action a suggestion belongs to: its config and `files`.
 * Two steps on one pull request (docs/** and guides/**, or two configs) each
 * keep their own suggestions up to date, and neither deletes the other's as
 * outdated.
 */
export function suggestionScope(config: string, files: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([config, [...files].sort()])).digest('hex').slice(0, 16);
}
const SCOPE_PLACEHOLDER = '0'.repeat(16);
/** The login GITHUB_TOKEN acts as, when the API will not say. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface SuggestionPlan {
  /** Fixes posted as suggestions. */
  suggestions: Suggestion[];
  /** Fixable gating findings left to the patch. */
  outside: Violation[];
  /** Fixable findings inside the diff left to the patch because the review is full. */
  overCap: number;
}

/** 0-based offsets of the start of each line. */
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/** The lines a fix touches: a range that ends at the start of a line does not touch that line. */
const linesOf = (v: Violation): [number, number] => {
  const span = v.fixSpan!;
  const last = span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
  return [span.line, Math.max(span.line, last)];
};

export function fingerprint(findings: readonly Violation[], replacement: string): string {
  const ids = findings.map(identity).sort();
  return createHash('sha256').update(JSON.stringify([ids, replacement])).digest('hex');
}

/**
 * Which fixes of gating findings can be suggested. `sources` holds each
 * file's text as linted (the workspace), `hunks` the PR's hunks per file
 * (undefined: unknown, nothing suggested). A group of findings on
 * overlapping lines becomes one suggestion (two suggestions on one line
 * could not both be applied). A suggestion is made only when every line it
 * replaces is in one hunk with the same text there as in the workspace, so
 * it replaces exactly the lines the fix was computed on.
 */
export async function planSuggestions(gating: readonly Violation[], sources: ReadonlyMap<string, string>, hunks: ReadonlyMap<string, Hunk[] | undefined>): Promise<SuggestionPlan> {
  // The shape check reads the tables, which may need the parser.
  if (gating.some((v) => v.fix && v.fixSpan)) await loadParser();
  const outside: Violation[] = [];
  const candidates: Suggestion[] = [];
  const groupsOf = new Map<Suggestion, Violation[]>();
  const byFile = new Map<string, Violation[]>();
  for (const v of gating) {
    if (!v.fix || !v.fixSpan) continue;
    const list = byFile.get(v.file);
    if (list) list.push(v);
    else byFile.set(v.file, [v]);
  }
  for (const [file, fixable] of byFile) {
    const source = sources.get(file);
    const fileHunks = hunks.get(file);
    if (source === undefined || !fileHunks) {
      for (const v of fixable) outside.push(v);
      continue;
    }
    const starts = lineStarts(source);
    // Fixes taken one by one, the narrowest first. A fix that cannot be
    // suggested (a sort moving rows beyond the diff) goes to the patch
    // without taking the findings on its lines with it; one on lines that
    // another suggestion already replaces joins it (two suggestions on one
    // line could not both be applied), or goes to the patch when the two
    // fixes overlap.
    const groups: { first: number; last: number; members: Violation[]; suggestion: Suggestion }[] = [];
    const width = (v: Violation) => linesOf(v)[1] - linesOf(v)[0];
    for (const v of [...fixable].sort((a, b) => width(a) - width(b) || linesOf(a)[0] - linesOf(b)[0])) {
      const [first, last] = linesOf(v);
      const overlapping = groups.filter((g) => first <= g.last && g.first <= last);
      const members = [...overlapping.flatMap((g) => g.members), v];
      const from = Math.min(first, ...overlapping.map((g) => g.first));
      const to = Math.max(last, ...overlapping.map((g) => g.last));
      const suggestion = suggest(file, source, starts, fileHunks, from, to, members);
      if (!suggestion) {
        outside.push(v);
        continue;
      }
      for (const g of overlapping) groups.splice(groups.indexOf(g), 1);
      groups.push({ first: from, last: to, members, suggestion });
    }
    // A suggestion is applied alone, with one click: as --fix does, one that would end a table or
    // take rows out of it (a value that makes a line a heading) is left to the patch, which refuses it.
    groups.sort((a, b) => a.first - b.first);
    // The lines' text without their last line break, so that suggestions on consecutive lines do not
    // touch (applyFixes would leave the second for a later pass, and it would go unchecked).
    const asFix = (g: (typeof groups)[number]): Fix => {
      const to = g.last < starts.length ? starts[g.last]! - 1 : source.length;
      return { range: [starts[g.first - 1]!, to], text: g.suggestion.replacement };
    };
    const fixes = groups.map(asFix);
    // Refused, or not reached within the parses a check may spend: left to the patch either way.
    const { refused, skipped } = applyKeepingShape(source, fixes);
    const broken = new Set([...refused.map(({ fix }) => fix), ...skipped].map((fix) => fixes.indexOf(fix)));
    groups.forEach((g, i) => {
      if (broken.has(i)) {
        outside.push(...g.members);
        return;
      }
      candidates.push(g.suggestion);
      groupsOf.set(g.suggestion, g.members);
    });
  }
  const suggestions = candidates.slice(0, MAX_SUGGESTIONS);
  const over = candidates.slice(MAX_SUGGESTIONS);
  for (const s of over) for (const v of groupsOf.get(s)!) outside.push(v);
  return { suggestions, outside, overCap: over.length };
}

function suggest(file: string, source: string, starts: number[], hunks: Hunk[], first: number, last: number, members: Violation[]): Suggestion | undefined {
  const hunk = hunkOf(hunks, first, last);
  if (!hunk || last > starts.length) return undefined;
  const from = starts[first - 1]!;
  const to = last < starts.length ? starts[last]! : source.length;
  const segment = source.slice(from, to);
  // CRLF files: the diff and the suggestion would disagree on line ends.
  if (segment.includes('\r')) return undefined;
  const fixes = members.map((v) => ({ range: [v.fix!.range[0] - from, v.fix!.range[1] - from] as [number, number], text: v.fix!.text }));
  if (fixes.some((f) => f.range[0] < 0 || f.range[1] > segment.length)) return undefined;
  const applied = applyFixes(segment, fixes);
  if (applied.skipped.length > 0) return undefined;
  const endsWithNewline = segment.endsWith('\n');
  if (endsWithNewline && !applied.output.endsWith('\n')) return undefined;
  const original = endsWithNewline ? segment.slice(0, -1) : segment;
  const replacement = endsWithNewline ? applied.output.slice(0, -1) : applied.output;
  // An empty suggestion deletes the lines, while an empty replacement may mean one empty line: leave it to the patch.
  if (replacement === '') return undefined;
  // The lines must read the same in the PR's head (the hunk) as in the workspace.
  const lines = original.split('\n');
  if (lines.some((text, i) => hunk.lines.get(first + i) !== text)) return undefined;
  const suggestion: Suggestion = {
    path: file,
    startLine: first,
    line: last,
    original,
    replacement,
    findings: members.map((v) => ({ rule: v.rule, message: v.message })),
    fingerprint: fingerprint(members, replacement),
  };
  return fitsComment(suggestion) ? suggestion : undefined;
}

/** The review comment: what is wrong, the suggestion, and the hidden fingerprint. */
export function commentBody(s: Suggestion, scope = ''): string {
  const why = s.findings.map((f) => `**${escapeMarkdown(f.rule)}**: ${escapeMarkdown(f.message)}`).join('\n\n');
  const fence = fenceFor(s.replacement);
  const block = `${fence}suggestion\n${s.replacement}\n${fence}`;
  return `${why}\n\n${block}\n\n${MARKER_PREFIX}${s.fingerprint}${/^[0-9a-f]{16}$/.test(scope) ? ` ${scope}` : ''} -->\n`;
}

/** Whether a suggestion's comment fits GitHub's limit, with the scope its marker will carry. */
export const fitsComment = (s: Suggestion): boolean => commentBody(s, SCOPE_PLACEHOLDER).length <= COMMENT_BODY_CHARS;

export const toReviewComment = (s: Suggestion, scope = ''): NewReviewComment => ({
  path: s.path,
  body: commentBody(s, scope),
  line: s.line,
  side: 'RIGHT',
  ...(s.startLine < s.line ? { start_line: s.startLine, start_side: 'RIGHT' as const } : {}),
});

export interface ReviewOutcome {
  /** Every suggestion is on the PR now (posted before or by this run). */
  complete: boolean;
  posted: number;
  kept: number;
  deleted: number;
  /** One notice when something failed. */
  notice?: string;
}

/**
 * Brings the PR's suggestions up to date: posts the missing ones in one
 * review (event COMMENT) and deletes the Action's own comments whose
 * fingerprint is not current. Never throws: a failure is one notice.
 */
export async function syncReview(api: GitHubApi, pr: { number: number; headSha: string }, suggestions: readonly Suggestion[], scope = ''): Promise<ReviewOutcome> {
  let own: { id: number; fingerprint: string; outdated: boolean }[];
  try {
    const marked = (await api.listReviewComments(pr.number)).flatMap((c) => {
      const mark = MARKER.exec(c.body);
      return mark ? [{ id: c.id, fingerprint: mark[1]!, scope: mark[2], author: c.author, outdated: c.outdated }] : [];
    });
    // Who the token is matters only when there are marked comments: asking
    // may take a GraphQL query, which GitHub's pacing of writes delays by a second.
    const login = marked.length === 0 ? undefined : ((await api.authenticatedLogin()) ?? ACTIONS_BOT);
    // Another run's (another step's files or config) are its own to keep or delete.
    own = marked.filter((c) => c.author === login && (c.scope === undefined || scope === '' || c.scope === scope));
  } catch (error) {
    // With nothing to post, only outdated comments would be missed: not worth a notice on every run.
    if (suggestions.length === 0) return { complete: true, posted: 0, kept: 0, deleted: 0 };
    return failed(suggestions, `could not read the review comments (${describeApiError(error, 'pull-requests: read')})`);
  }
  // An outdated comment (its lines changed since) cannot be applied: its suggestion is posted again, and it goes.
  const present = new Set(own.filter((c) => !c.outdated).map((c) => c.fingerprint));
  const current = new Set(suggestions.map((s) => s.fingerprint));
  const missing = suggestions.filter((s) => !present.has(s.fingerprint));
  const kept = suggestions.length - missing.length;
  if (missing.length > 0) {
    try {
      await api.createReview(pr.number, {
        commitId: pr.headSha,
        body: `support-table-lint suggests ${missing.length === 1 ? 'a fix' : `${missing.length} fixes`} for findings this pull request introduced: apply ${missing.length === 1 ? 'it' : 'them'} from the comments below.`,
        comments: missing.map((s) => toReviewComment(s, scope)),
      });
    } catch (error) {
      return failed(suggestions, `the review could not be posted (${describeApiError(error, 'pull-requests: write')})`);
    }
  }
  let deleted = 0;
  const failures: string[] = [];
  for (const comment of own.filter((c) => c.outdated || !current.has(c.fingerprint))) {
    try {
      await api.deleteReviewComment(comment.id);
      deleted++;
    } catch (error) {
      failures.push(describeApiError(error, 'pull-requests: write'));
    }
  }
  return {
    complete: true,
    posted: missing.length,
    kept,
    deleted,
    ...(failures.length > 0
      ? { notice: `${failures.length} outdated support-table-lint suggestion${failures.length === 1 ? ' was' : 's were'} not deleted: ${failures[0]}.` }
      : {}),
  };
}

const failed = (suggestions: readonly Suggestion[], why: string): ReviewOutcome => ({
  complete: false,
  posted: 0,
  kept: 0,
  deleted: 0,
  // The publisher says where the fixes are instead: that depends on what it could write.
  notice: `No review with suggested fixes${suggestions.length > 0 ? ` (${suggestions.length})` : ''}: ${why}.`,
});
