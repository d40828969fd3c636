/**
 * The Action, as the typescript-action template has it: inputs in, the core
 * call, the report out. GitHub I/O stays at the edges (analyse.ts, the API
 * client, git, publish.ts); decisions live in the pure modules.
 *
 * Three modes: `both` lints and publishes in one step; `analyse` lints and
 * writes the result as an artifact, calling no writing API (a fork's
 * `pull_request` run has a read-only token); `publish`, in a `workflow_run`
 * workflow with a writing token, publishes such an artifact without
 * linting, checking out or running anything from the pull request.
 */
import * as core from '@actions/core';
import { VERSION } from '../cli/version.js';
import { ConfigError } from '../config/errors.js';
import { writeInside } from '../io/write.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { analyse, apiOrFailing, githubEnv, resultOf, type Analysis, type GitHubEnv } from './analyse.js';
import { describeWorkflowRun, readEvent } from './event.js';
import { describeApiError } from './github-api.js';
import { InputError, parseInputs, type ActionInputs } from './inputs.js';
import { logLine } from './log.js';
import { publish } from './publish.js';
import { ArtifactError, readResult, serialiseResult, type ActionResult } from './result.js';

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const github = githubEnv(process.env);
    const log = (message: string) => core.info(logLine(message));
    if (inputs.mode === 'publish') await runPublish(inputs, github, log);
    else await runAnalyse(inputs, github, log);
  } catch (error) {
    core.setFailed(explain(error));
  }
}

async function runAnalyse(inputs: ActionInputs, github: GitHubEnv, log: (message: string) => void): Promise<void> {
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

async function runPublish(inputs: ActionInputs, github: GitHubEnv, log: (message: string) => void): Promise<void> {
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
    } catch (error) {
      why = `pull request #${pull.number} could not be read (${describeApiError(error, 'pull-requests: read')})`;
    }
    if (why) {
      result = { ...result, pullRequest: null, notices: [...result.notices, `No review with suggested fixes: ${why}.`] };
    }
  }
  if (inputs.reportFile || inputs.sarifFile) notes.push('`report-file` and `sarif-file` are written by the analysing run (mode: analyse), not by mode: publish.');
  await publish(result, {
    inputs,
    github,
    api,
    channels: { apiWrites: true, annotations: false, gate: false },
    readOnly: false,
    untrustedSuggestions: true,
    notes,
  });
}

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

/** A failure as one message that says what to do, never a stack trace. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof InputError || error instanceof ConfigError || error instanceof ArtifactError) return `support-table-lint: ${message}`;
  return `support-table-lint: ${message}${/[.!]$/.test(message) ? '' : '.'}`;
}
