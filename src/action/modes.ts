/**
 * The Action's three modes (see main.ts): `both` and `analyse` lint and
 * report (analyse also writes the result as an artifact, through no writing
 * API); `publish` reads such an artifact as untrusted data and publishes it.
 */
import { VERSION } from '../cli/version.js';
import { writeInside } from '../io/write.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { analyse, apiOrFailing, resultOf, type Analysis, type GitHubEnv } from './analyse.js';
import { describeWorkflowRun, readEvent } from './event.js';
import { describeApiError } from './github-api.js';
import type { ActionInputs, FailOn } from './inputs.js';
import { publish } from './publish.js';
import { ArtifactError, readResult, serialiseResult, type ActionResult } from './result.js';

export async function runAnalyse(inputs: ActionInputs, github: GitHubEnv, log: (message: string) => void): Promise<void> {
  const analysis = await analyse(inputs, github, log);
  const result = await resultOf(analysis, inputs, github.workspace);
  const warnings: string[] = [];
  const files = await writeReportFiles(analysis, inputs, github, warnings);
  const notes: string[] = [];
  if (inputs.mode === 'analyse') {
    const { text, sha256 } = serialiseResult(result);
    try {
      await writeInside(inputs.artifact, github.workspace, roots(github), text);
      log(`Wrote the result to ${inputs.artifact} (sha256 ${sha256}); upload it as an artifact for the publishing workflow.`);
      notes.push('mode: analyse: the check run and the suggested fixes are published by the workflow_run workflow that reads this run\'s artifact.');
    } catch (error) {
      warnings.push(`The result artifact (input \`artifact\`) was not written, so nothing can be published from this run: ${(error as Error).message}.`);
    }
  }
  await publish(result, {
    inputs,
    github,
    api: analysis.api,
    channels: { apiWrites: inputs.mode === 'both', annotations: true, gate: true },
    readOnly: analysis.event.kind === 'pull_request' && analysis.event.readOnly,
    untrustedSuggestions: false,
    ...files,
    notes,
    warnings,
  });
}

export async function runPublish(inputs: ActionInputs, github: GitHubEnv, log: (message: string) => void): Promise<void> {
  const { name, payload } = readEvent(process.env);
  const run = describeWorkflowRun(name, payload);
  let result: ActionResult = await readResult(inputs.artifact, github.workspace, github.runnerTemp);
  // The commit comes from GitHub's event, never from the artifact alone.
  if (result.headSha !== run.headSha) {
    throw new ArtifactError(
      `The artifact ${inputs.artifact} is for commit ${result.headSha.slice(0, 12)}, but the workflow run it should come from analysed ${run.headSha.slice(0, 12)}; download the artifact of \`github.event.workflow_run.id\`.`,
    );
  }
  const pull = result.pullRequest;
  if (pull && run.pullNumbers.length > 0 && !run.pullNumbers.includes(pull.number)) {
    throw new ArtifactError(`The artifact ${inputs.artifact} names pull request #${pull.number}, which is not one of the workflow run's (${run.pullNumbers.map((n) => `#${n}`).join(', ')}).`);
  }
  const api = apiOrFailing(inputs.token, github, log);
  const notes: string[] = [];
  if (pull) {
    // A fork's run lists no pull request, so the number comes from the artifact: GitHub must confirm its head is the analysed commit.
    let why: string | undefined;
    try {
      const current = await api.getPull(pull.number);
      if (current.headSha !== run.headSha) why = `pull request #${pull.number} is now at commit ${current.headSha.slice(0, 12)}, not the analysed ${run.headSha.slice(0, 12)}`;
      // Two pull requests can share a head commit (a branch pushed twice): the one named must come from where the run's commit did.
      else if ((run.headBranch !== undefined && current.headRef !== undefined && current.headRef !== run.headBranch) || (run.headRepository !== undefined && current.headRepo !== undefined && current.headRepo !== run.headRepository)) {
        why = `pull request #${pull.number} comes from ${current.headRepo ?? '?'}:${current.headRef ?? '?'}, not from ${run.headRepository ?? '?'}:${run.headBranch ?? '?'}, where the analysed commit came from`;
      }
    } catch (error) {
      why = `pull request #${pull.number} could not be read (${describeApiError(error, 'pull-requests: read')})`;
    }
    if (why) {
      result = { ...result, pullRequest: null, notices: [...result.notices, `No review with suggested fixes: ${why}.`] };
    }
  }
  if (inputs.reportFile || inputs.sarifFile) notes.push('`report-file` and `sarif-file` are written by the analysing run (mode: analyse), not by mode: publish.');
  // The verdict is this workflow's to give: by the stricter of its own `fail-on` and the analysing run's, and
  // never a pass for a run GitHub says failed (an artifact, written by the pull request's run, can lie; GitHub's event cannot).
  const failOn = stricter(inputs.failOn, result.failOn);
  if (failOn !== inputs.failOn) notes.push(`The analysing run judged with fail-on: ${failOn}, stricter than this workflow's fail-on: ${inputs.failOn}; the check run follows it. Set the same fail-on in both workflows.`);
  // Said only when the findings alone would pass: publish fails with its own reason first.
  const failure =
    run.conclusion === 'failure'
      ? `the analysing workflow run failed (GitHub's conclusion: failure), though the findings its artifact lists do not reach fail-on: ${failOn}; see that run's log`
      : undefined;
  await publish(result, {
    inputs: { ...inputs, failOn },
    github,
    api,
    channels: { apiWrites: true, annotations: false, gate: false },
    readOnly: false,
    untrustedSuggestions: true,
    notes,
    ...(failure ? { failure } : {}),
  });
}

/** The stricter of two thresholds: `warning` fails on more than `error`, which fails on more than `never`. */
const stricter = (own: FailOn, theirs: FailOn | undefined): FailOn => {
  const order: FailOn[] = ['never', 'error', 'warning'];
  return theirs !== undefined && order.indexOf(theirs) > order.indexOf(own) ? theirs : own;
};

const roots = (github: GitHubEnv): string[] => [github.workspace, ...(github.runnerTemp ? [github.runnerTemp] : [])];

/** The JSON report and SARIF, when asked for; a file that cannot be written is a warning, never the verdict. */
async function writeReportFiles(analysis: Analysis, inputs: ActionInputs, github: GitHubEnv, warnings: string[]): Promise<{ reportFile?: string; sarifFile?: string }> {
  const written = async (path: string, text: () => string, what: string): Promise<string | undefined> => {
    if (!path) return undefined;
    try {
      await writeInside(path, github.workspace, roots(github), text());
      return path;
    } catch (error) {
      warnings.push(`The ${what} was not written: ${(error as Error).message}.`);
      return undefined;
    }
  };
  const reportFile = await written(inputs.reportFile, () => formatJson(analysis.result, { color: false, version: VERSION }), 'JSON report (report-file)');
  const sarifFile = await written(inputs.sarifFile, () => formatSarif(analysis.result, { color: false, version: VERSION }), 'SARIF file (sarif-file)');
  return { ...(reportFile ? { reportFile } : {}), ...(sarifFile ? { sarifFile } : {}) };
}

