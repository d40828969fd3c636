/**
 * Everything the Action reports, after the analysis: the check run, the
 * report files, annotations (or log lines), the job summary and the step's
 * outputs. Each channel fails alone, with one warning, and never replaces
 * the verdict; every finding reaches at least one channel that was really
 * written, and what the outputs say about each other is true.
 */
import * as core from '@actions/core';
import { VERSION } from '../cli/version.js';
import { formatJson } from '../report/json.js';
import { escapeData } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import { writeInside } from '../io/write.js';
import type { Analysis, GitHubEnv } from './analyse.js';
import { planAnnotations } from './annotations.js';
import { CHECK_NAME, publishCheckRun } from './check-run.js';
import { headOf } from './event.js';
import type { ActionInputs } from './inputs.js';
import { countOf, describeCounts, failReason } from './outcome.js';
import { buildSummary, CHECK_RUN_SUMMARY_BYTES } from './summary.js';

export async function publish(analysis: Analysis, inputs: ActionInputs, github: GitHubEnv): Promise<void> {
  const { event, gate, isNew, notices } = analysis;
  const reason = failReason(gate.gating, inputs.failOn, isNew);
  const counts = countOf(gate.gating);
  core.info(
    `support-table-lint: ${analysis.filesChecked} file(s), ${analysis.tablesChecked} table(s) checked; ${describeCounts(counts, isNew)}` +
      (isNew ? `, ${gate.existing.length} pre-existing` : '') +
      '.',
  );
  const headSha = headOf(event);
  const summaryInput = {
    gating: gate.gating,
    existing: gate.existing,
    isNew,
    filesChecked: analysis.filesChecked,
    tablesChecked: analysis.tablesChecked,
    blobUrl: `${github.serverUrl}/${github.owner}/${github.repo}/blob/${headSha}/`,
    notes: notices,
    ...(reason !== undefined ? { failReason: reason } : {}),
  };

  // Report files first: the other channels point to them.
  const roots = [github.workspace, ...(github.runnerTemp ? [github.runnerTemp] : [])];
  const written = async (path: string, text: () => string, what: string): Promise<string | undefined> => {
    if (!path) return undefined;
    try {
      await writeInside(path, github.workspace, roots, text());
      return path;
    } catch (error) {
      notices.push(`The ${what} was not written: ${(error as Error).message}.`);
      return undefined;
    }
  };
  const reportFile = await written(inputs.reportFile, () => formatJson(analysis.result, { color: false, version: VERSION }), 'JSON report (report-file)');
  const sarifFile = await written(inputs.sarifFile, () => formatSarif(analysis.result, { color: false, version: VERSION }), 'SARIF file (sarif-file)');

  const wantCheckRun = inputs.checkRun === 'true' || (inputs.checkRun === 'auto' && !(event.kind === 'pull_request' && event.fork));
  let checkRunComplete = false;
  if (wantCheckRun) {
    const outcome = await publishCheckRun(analysis.api, {
      headSha,
      failed: reason !== undefined,
      title: describeCounts(counts, isNew),
      summary: buildSummary({ ...summaryInput, ...(reportFile ? { elsewhere: `the report file ${reportFile}` } : {}) }, CHECK_RUN_SUMMARY_BYTES),
      gating: gate.gating,
    });
    if (outcome.ok) checkRunComplete = true;
    else notices.push(outcome.notice);
  }

  // Where every gating finding really is, for the annotations' closing notice and the summary.
  const holders = [
    reportFile ? `the report file ${reportFile}` : '',
    checkRunComplete ? `the ${CHECK_NAME} check run` : '',
    inputs.annotations ? '' : 'the step log',
  ].filter((where) => where !== '');

  if (analysis.headConfigError) core.error(analysis.headConfigError, { title: 'support-table-lint: config' });
  for (const notice of notices) core.notice(notice, { title: 'support-table-lint' });
  if (inputs.annotations) {
    const whereElse = [inputs.summary && github.stepSummary ? 'the job summary' : '', ...holders].filter((w) => w !== '');
    const plan = planAnnotations(gate.gating, gate.existing, whereElse.join(' and ') || 'the report file (set the `report-file` input)', undefined, {
      notice: notices.length,
      error: analysis.headConfigError ? 1 : 0,
    });
    for (const a of plan.annotations) core[a.level](a.message, a.properties);
  } else {
    // Without annotations the findings still belong in the log. File names
    // and messages come from the PR: escaped, so a newline cannot start a
    // workflow command.
    for (const v of gate.gating) core.info(escapeData(`${v.file}:${v.line}:${v.column} ${v.severity} ${v.message} (${v.rule})`));
  }

  if (inputs.summary && github.stepSummary) {
    try {
      await core.summary.addRaw(buildSummary({ ...summaryInput, ...(holders.length > 0 ? { elsewhere: holders.join(' and ') } : {}) })).write();
    } catch (error) {
      core.warning(`The job summary was not written: ${(error as Error).message}`, { title: 'support-table-lint' });
    }
  }

  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('existing', gate.existing.length);
  core.setOutput('files-checked', analysis.filesChecked);
  core.setOutput('tables-checked', analysis.tablesChecked);
  core.setOutput('report-file', reportFile ?? '');
  core.setOutput('sarif-file', sarifFile ?? '');

  if (analysis.headConfigError) core.setFailed(`support-table-lint: ${analysis.headConfigError}`);
  else if (reason) core.setFailed(reason);
}
