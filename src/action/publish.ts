/**
 * Everything the Action reports, from an ActionResult (the analysis as
 * data, or the artifact `mode: analyse` wrote): the check run, the review
 * with suggested fixes, the job summary, annotations (or log lines), the
 * step's outputs and its verdict.
 *
 * Each channel fails alone, with one notice or warning, and never replaces
 * the verdict. Nothing is lost: every finding ends up in at least one place
 * that was really written (the report file, the complete check run, a row
 * of the job summary, an annotation, or the step log, which is always
 * written and gets whatever found no other place), and every "see …" names
 * only places that hold what it points to. So the order is: channels that
 * may fail first, then the step log, annotations and notices that describe
 * them.
 */
import * as core from '@actions/core';
import { isCommitId } from './git.js';
import type { GitHubEnv } from './analyse.js';
import { planAnnotations } from './annotations.js';
import { CHECK_NAME, publishCheckRun } from './check-run.js';
import type { GitHubApi } from './github-api.js';
import { describeApiError } from './github-api.js';
import { hunkOf, parseHunks } from './hunks.js';
import type { ActionInputs } from './inputs.js';
import { clip, LIMITS } from './limits.js';
import { logLine } from './log.js';
import { countOf, describeCounts, failReason, plural } from './outcome.js';
import type { ActionResult, ResultFinding } from './result.js';
import { summarise, CHECK_RUN_SUMMARY_BYTES, type SummaryInput } from './summary.js';
import { fitsComment, syncReview, type Suggestion } from './suggestions.js';
import { escapeMarkdown } from '../report/markdown.js';

export interface PublishOptions {
  inputs: ActionInputs;
  github: GitHubEnv;
  api: GitHubApi;
  /** What this run may do. */
  channels: {
    /** Check run and review (off in `mode: analyse`, which touches no writing API). */
    apiWrites: boolean;
    /** Workflow-command annotations (off in `mode: publish`: they would land on the publishing run, not the PR). */
    annotations: boolean;
    /** Gating findings fail the step (off in `mode: publish`: the analysing run already did). */
    gate: boolean;
  };
  /** The token is known to be read-only (a fork's `pull_request` run): writing calls are not tried. */
  readOnly: boolean;
  /** Suggestions came from an artifact: check them against the PR's diff before posting. */
  untrustedSuggestions: boolean;
  /** Report files written before (`mode: both` and `analyse`), with the warnings of those that were not. */
  reportFile?: string;
  sarifFile?: string;
  /** Extra lines for the summary (e.g. where the artifact was written). */
  notes?: string[];
  /** Channels that already failed (a report file not written): one warning each. */
  warnings?: string[];
  /** A failure the findings alone may not show (the analysing run failed): the verdict fails with it when they pass. */
  failure?: string;
}

/** Where one finding is shown, to find the ones that are shown nowhere. */
type Placed = Set<ResultFinding>;

export async function publish(result: ActionResult, options: PublishOptions): Promise<void> {
  const { inputs, github, api, channels } = options;
  const { gating, existing, isNew } = result;
  const all = [...gating, ...existing];
  const counts = countOf(gating);
  const warnings: string[] = [...(options.warnings ?? [])];
  const notices = [...result.notices];
  // The verdict: the check run and the summary say it in every mode; only `gate` lets it fail this step.
  const reason = failReason(gating, inputs.failOn, isNew) ?? options.failure;
  core.info(
    logLine(
      `${plural(result.filesChecked, 'file')}, ${plural(result.tablesChecked, 'table')} checked; ${describeCounts(counts, isNew)}` +
        (isNew ? `, ${existing.length} pre-existing` : '') +
        (result.suppressed && result.suppressed.count > 0 ? `, ${result.suppressed.count} suppressed by comments or ignore: entries` : '') +
        '.',
    ),
  );
  const placed: Placed = new Set();
  if (options.reportFile) for (const f of all) placed.add(f);

  // The check run: every gating finding, 50 annotations per request.
  let checkRunComplete = false;
  // Notices that point to where the findings are, completed once that is known.
  let checkRunNotice: ((where: string) => string) | undefined;
  const wantCheckRun = inputs.checkRun === 'true' || (inputs.checkRun === 'auto' && !options.readOnly);
  const blobUrl = `${github.serverUrl}/${github.owner}/${github.repo}/blob/${result.headSha}/`;
  const baseSummary: Omit<SummaryInput, 'patch' | 'elsewhere'> = {
    gating,
    existing,
    isNew,
    filesChecked: result.filesChecked,
    tablesChecked: result.tablesChecked,
    blobUrl,
    notes: [...notices, ...(options.notes ?? [])],
    ...(reason !== undefined ? { failReason: reason } : {}),
    ...(result.headConfigError !== undefined ? { configError: result.headConfigError } : {}),
    ...(result.changes && result.changes.length > 0 ? { changes: result.changes } : {}),
    ...(result.suppressed
      ? { suppressed: { ...result.suppressed, ...(options.reportFile ? { elsewhere: `the report file \`${escapeMarkdown(options.reportFile)}\` lists every suppressed finding` } : {}) } }
      : {}),
  };
  const reportFileText = options.reportFile ? `the report file \`${escapeMarkdown(options.reportFile)}\` holds every finding` : '';
  if (channels.apiWrites && wantCheckRun && isCommitId(result.headSha)) {
    // With `summary: false` (or no summary file) the findings the check run leaves out go to the step log alone.
    const rest = inputs.summary && github.stepSummary ? "the workflow run's job summary, or its log where the summary is full," : "the workflow run's log";
    const outcome = await publishCheckRun(api, {
      headSha: result.headSha,
      failed: reason !== undefined || result.headConfigError !== undefined,
      title: (result.headConfigError !== undefined ? "the pull request's config does not load; " : '') + describeCounts(counts, isNew),
      summary: (complete) =>
        summarise(
          {
            ...baseSummary,
            elsewhere:
              reportFileText ||
              (complete ? `every new finding is an annotation of this check run; ${rest} has the rest` : `${rest} has them`),
          },
          CHECK_RUN_SUMMARY_BYTES,
        ).text,
      gating,
    });
    if (outcome.ok) {
      checkRunComplete = true;
      for (const f of gating) placed.add(f);
    } else if (outcome.created) {
      checkRunNotice = (where) => `The ${CHECK_NAME} check run holds only ${outcome.sent} of ${gating.length} new findings: ${outcome.why}. All findings are in ${where}.`;
    } else {
      checkRunNotice = (where) => `No ${CHECK_NAME} check run: ${outcome.why}. The findings are in ${where}.`;
    }
  }

  // The review: suggestions inside the diff, one click each.
  let reviewComplete = false;
  /** Suggestions are in the review, but not every fix the artifact suggested (some were not in GitHub's diff). */
  let reviewPartial = false;
  /** Lines for the job summary alone (not annotations): where the suggested fixes are. */
  const summaryNotes: string[] = [];
  const pull = result.pullRequest;
  if (inputs.suggestions && pull && channels.apiWrites) {
    if (options.readOnly) {
      if (result.suggestions.length > 0) {
        notices.push(
          `No review with suggested fixes (${result.suggestions.length}): pull requests from forks get a read-only token. Set up the two workflows of the README ("Full results for pull requests from forks") to post them.`,
        );
      }
    } else {
      const checked = options.untrustedSuggestions ? await suggestionsInDiff(api, pull.number, result.suggestions) : { suggestions: result.suggestions };
      if (checked.notice) notices.push(checked.notice);
      else {
        if (checked.partial) notices.push(checked.partial);
        const outcome = await syncReview(api, { number: pull.number, headSha: result.headSha }, checked.suggestions, result.scope ?? '');
        // Suggestions the diff did not confirm are in neither the review nor the outside patch: show every fix.
        reviewComplete = outcome.complete && checked.suggestions.length === result.suggestions.length;
        reviewPartial = outcome.complete && !reviewComplete && outcome.posted + outcome.kept > 0;
        if (outcome.notice) notices.push(outcome.notice);
        if (outcome.posted + outcome.kept + outcome.deleted > 0) {
          core.info(logLine(`Suggested fixes: ${outcome.posted} posted, ${outcome.kept} already there, ${outcome.deleted} outdated deleted.`));
        }
        const offered = outcome.posted + outcome.kept;
        if (outcome.complete && offered > 0) {
          summaryNotes.push(`${offered === 1 ? 'A fix is' : `${offered} fixes are`} suggested in the pull request's review: apply ${offered === 1 ? 'it' : 'each'} with one click under "Files changed".`);
        }
      }
    }
  }

  // The patch: what the review does not offer (all fixes when there is no review).
  const patch = reviewComplete
    ? { ...result.patches.outside, what: 'Fixes not offered as suggestions (outside the diff, or on a line a suggestion cannot rewrite as it is; it applies once the suggestions are committed)' }
    : {
        ...result.patches.all,
        what:
          pull && inputs.suggestions
            ? inputs.mode === 'analyse'
              ? 'Fixes for new findings (the publishing workflow posts those inside the diff as suggestions)'
              : reviewPartial
                ? 'Every fix for new findings, those suggested in the review too (apply it instead of committing the suggestions, not after them)'
                : 'Fixes for new findings (no review was posted)'
            : 'Fixes for new findings',
      };

  // Annotations (or, with annotations: false, every gating finding as a log
  // line): planned first, since what they show counts as placed.
  const writeAnnotations = channels.annotations && inputs.annotations;
  const configError = result.headConfigError !== undefined && channels.gate;
  // Notices written before the annotations take their slots: those known now, and the two that may come.
  // So do the verdict's error (written last, it would be the 11th error, which GitHub drops) and one
  // warning for a report channel that may fail after the annotations (report-file, summary, outputs).
  const used = {
    notice: notices.length + (checkRunNotice ? 1 : 0) + (patch.text !== '' ? 1 : 0),
    error: (configError ? 1 : 0) + (reason && channels.gate ? 1 : 0),
    warning: 1,
  };
  // A complete check run has put every gating finding on its cell already: workflow commands for
  // them would show each one twice on the diff. Pre-existing findings are in no check run.
  const annotated = checkRunComplete ? [] : gating;
  const shown = writeAnnotations ? planAnnotations(annotated, existing, '', undefined, used) : undefined;
  for (const a of shown?.annotations ?? []) if (a.finding) placed.add(a.finding as ResultFinding);
  const listGating = channels.annotations && !inputs.annotations;
  if (listGating) for (const f of gating) placed.add(f);

  // The job summary: its closing line names where the rows it leaves out are.
  let summaryComplete = false;
  let summaryWritten = false;
  if (inputs.summary && github.stepSummary) {
    // Which rows fit does not depend on the closing line's wording (room is kept for it).
    // Notes as of now: the check run's and the review's notices too.
    const input = { ...baseSummary, notes: [...notices, ...(options.notes ?? []), ...summaryNotes], patch };
    const leftOut = summarise({ ...input, elsewhere: '' }).leftOut;
    const logged = leftOut.filter((f) => !placed.has(f)).length;
    const where = reportFileText
      ? reportFileText
      : [
          checkRunComplete && leftOut.some((f) => gating.includes(f)) ? `the ${CHECK_NAME} check run has every new finding` : '',
          logged > 0 ? `the step log lists the ${logged} that are in no other report, under "${LOG_GROUP}"; set the \`report-file\` input to get every finding as JSON` : '',
        ]
          .filter((w) => w !== '')
          .join('; ');
    const summary = summarise({ ...input, elsewhere: where });
    try {
      await core.summary.addRaw(summary.text).write();
      summaryWritten = true;
      summaryComplete = summary.leftOut.length === 0;
      const out = new Set(summary.leftOut);
      for (const f of all) if (!out.has(f)) placed.add(f);
      if (!summary.patchShown && patch.text !== '') {
        notices.push('The patch of fixes did not fit in the job summary: run `support-table-lint --fix-dry-run --format diff` (from a clone, `node dist/cli.js --fix-dry-run --format diff`) on the changed files for it.');
      }
    } catch (error) {
      warnings.push(`The job summary was not written: ${(error as Error).message}`);
    }
  }
  if (!summaryWritten && patch.text !== '') {
    notices.push(`${patch.what} (${patch.findings}) are in no job summary: run \`support-table-lint --fix-dry-run --format diff\` (from a clone, \`node dist/cli.js --fix-dry-run --format diff\`) on the changed files for the patch.`);
  }

  // The step log gets whatever no other channel holds; "see …" names only what holds the rest.
  const unplaced = all.filter((f) => !placed.has(f));
  const parts = [
    summaryWritten ? 'the job summary' : '',
    checkRunComplete ? `the ${CHECK_NAME} check run` : '',
    unplaced.length > 0 || listGating ? 'the step log' : '',
  ].filter((w) => w !== '');
  // A place that holds every finding, if there is one (the check run, which holds the new ones, is named beside it); else the places that hold them between them.
  const complete = [summaryComplete ? 'the job summary' : '', options.reportFile ? `the report file ${options.reportFile}` : ''].filter((w) => w !== '');
  const whereFindings = complete.length > 0 ? complete.join(' and ') : parts.join(' and ') || 'the step log';
  const whereAll = complete.length > 0 && checkRunComplete ? `${whereFindings} and the ${CHECK_NAME} check run` : whereFindings;

  // On the config file's line when the error names one (`.github/support-table-lint.yml:6: …`).
  if (configError) core.error(clip(result.headConfigError!, LIMITS.annotationMessageBytes, 'bytes'), { title: 'support-table-lint: config', ...configErrorAt(result.headConfigError!) });
  if (checkRunNotice) notices.push(checkRunNotice(`${writeAnnotations ? 'these annotations and ' : ''}${whereAll}`));
  for (const notice of notices) core.notice(clip(notice, LIMITS.annotationMessageBytes, 'bytes'), { title: 'support-table-lint' });
  if (writeAnnotations) {
    // The same plan as above (same inputs), now with the closing notice's "see …".
    const final = planAnnotations(annotated, existing, whereAll, undefined, used);
    for (const a of final.annotations) core[a.level](a.message, a.properties);
  }
  if (listGating) for (const f of gating) core.info(findingLine(f));
  if (unplaced.length > 0) {
    core.startGroup(LOG_GROUP);
    for (const f of unplaced) core.info(findingLine(f));
    core.endGroup();
  }
  for (const warning of warnings) core.warning(clip(warning, LIMITS.annotationMessageBytes, 'bytes'), { title: 'support-table-lint' });

  // Outputs: written alone, so a broken GITHUB_OUTPUT does not lose the verdict.
  const outputs: [string, string | number][] = [
    ['errors', counts.errors],
    ['warnings', counts.warnings],
    ['existing', existing.length],
    ['files-checked', result.filesChecked],
    ['tables-checked', result.tablesChecked],
    ['report-file', options.reportFile ?? ''],
    ['sarif-file', options.sarifFile ?? ''],
  ];
  try {
    for (const [name, value] of outputs) core.setOutput(name, value);
  } catch (error) {
    core.warning(`The step's outputs were not set: ${(error as Error).message}`, { title: 'support-table-lint' });
  }

  if (reason && channels.gate) {
    const where = `${writeAnnotations ? 'the annotations or ' : ''}${whereFindings}`;
    core.setFailed(`${reason}; see ${where}.`);
  } else if (configError) {
    // Failed without core.setFailed, which would print the config error a second time.
    process.exitCode = core.ExitCode.Failure;
  }
}

/** Where a config error points, as annotation properties: its first `file:line: `. */
export function configErrorAt(message: string): { file: string; startLine: number } | Record<string, never> {
  const at = /(?:^|: )([^\s:][^\n:]*?):(\d+): /.exec(message);
  return at ? { file: at[1]!, startLine: Number(at[2]) } : {};
}

export const LOG_GROUP = 'support-table-lint: findings not shown elsewhere';

/** One finding as a log line that cannot be a workflow command. */
const findingLine = (f: ResultFinding): string => logLine(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`);

/**
 * Suggestions from an artifact, kept only where the PR's diff (asked of the
 * API, not the artifact) has every line they replace with the text they
 * claim: one comment outside the diff would make GitHub reject the review.
 */
async function suggestionsInDiff(api: GitHubApi, pullNumber: number, suggestions: Suggestion[]): Promise<{ suggestions: Suggestion[]; notice?: string; partial?: string }> {
  if (suggestions.length === 0) return { suggestions };
  let files;
  try {
    files = await api.listPullFiles(pullNumber);
  } catch (error) {
    return { suggestions: [], notice: `No review with suggested fixes: the pull request's diff could not be read (${describeApiError(error, 'pull-requests: read')}).` };
  }
  const hunks = new Map(files.map((f) => [f.filename, f.patch !== undefined ? safeHunks(f.patch) : []]));
  // Each kept suggestion must match the diff, fit GitHub's comment size once escaped (the artifact's sizes are
  // its writer's word), and be the only one for its fingerprint and its lines (a forged artifact may repeat one).
  const seen = new Set<string>();
  const kept = suggestions.filter((s) => {
    const hunk = hunkOf(hunks.get(s.path) ?? [], s.startLine, s.line);
    if (hunk === undefined || !s.original.split('\n').every((text, i) => hunk.lines.get(s.startLine + i) === text)) return false;
    if (!fitsComment(s)) return false;
    const place = `${s.path}\u0000${s.startLine}\u0000${s.line}`;
    if (seen.has(s.fingerprint) || seen.has(place)) return false;
    seen.add(s.fingerprint);
    seen.add(place);
    return true;
  });
  const dropped = suggestions.length - kept.length;
  return {
    suggestions: kept,
    ...(dropped > 0 && kept.length === 0
      ? { notice: `No review with suggested fixes: none of the artifact's ${dropped} suggestions matches the pull request's diff, fits a review comment and is the only one for its lines.` }
      : {}),
    ...(dropped > 0 && kept.length > 0
      ? {
          partial: `${dropped} of the artifact's ${suggestions.length} suggested fixes were not posted: they do not match the pull request's diff as GitHub shows it (a file whose diff is too large to show takes no comment), do not fit a review comment, or repeat another's lines. The patch in the job summary holds every fix.`,
        }
      : {}),
  };
}

const safeHunks = (patch: string) => {
  try {
    return parseHunks(patch);
  } catch {
    return [];
  }
};
