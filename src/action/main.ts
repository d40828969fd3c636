/**
 * The Action: read inputs, decide which files and which config, ask the
 * engine, then report. GitHub I/O stays here and in github-api.ts / git.ts;
 * the decisions live in the pure modules next to this one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { VERSION } from '../cli/version.js';
import { ConfigError } from '../config/errors.js';
import { loadConfig, type CompiledConfig } from '../config/load.js';
import { lintSource } from '../engine/lint.js';
import { decodeUtf8, lintFiles } from '../engine/run.js';
import type { Violation } from '../engine/types.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { planAnnotations } from './annotations.js';
import { baseReader, type ReadAt } from './base-version.js';
import { listChangedFiles, type ChangedFile } from './changed-files.js';
import { CHECK_NAME, publishCheckRun } from './check-run.js';
import { chooseConfig } from './config-source.js';
import { baseOf, describeEvent, headOf } from './event.js';
import { splitNew, type GateResult } from './gate.js';
import { gitIn, hasCommit } from './git.js';
import { octokitApi, type GitHubApi } from './github-api.js';
import { InputError, parseInputs } from './inputs.js';
import { countOf, describeCounts, failReason } from './outcome.js';
import { buildSummary, CHECK_RUN_SUMMARY_BYTES } from './summary.js';

export async function run(): Promise<void> {
  try {
    await act();
  } catch (error) {
    core.setFailed(explain(error));
  }
}

/** A failure as one message that says what to do, never a stack trace. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof InputError || error instanceof ConfigError) return `support-table-lint: ${message}`;
  return `support-table-lint: ${message}${/[.!]$/.test(message) ? '' : '.'}`;
}

const toRepoPath = (workspace: string, path: string): string | undefined => {
  const rel = relative(workspace, resolve(workspace, path));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
};

async function act(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name));
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
  const event = describeEvent(context.eventName, context.payload, context.sha);
  const { owner, repo } = repository();
  const git = gitIn(workspace);
  const api = apiOrFailing(inputs.token, owner, repo);
  const notices: string[] = [];

  const readHead = (path: string): string | undefined => {
    const file = resolve(workspace, path);
    try {
      return existsSync(file) ? decodeUtf8(readFileSync(file)) : undefined;
    } catch {
      return undefined;
    }
  };

  const baseSha = baseOf(event);
  let readBase: ReadAt | undefined;
  if (baseSha) {
    const reader = baseReader(baseSha, await hasCommit(git, baseSha), git, api);
    readBase = async (path) => {
      const rel = toRepoPath(workspace, path);
      return rel === undefined ? undefined : reader(rel);
    };
  }

  const trustBase = event.kind === 'pull_request' && inputs.trustedConfig === 'base' && readBase !== undefined;
  const chosen = await chooseConfig<CompiledConfig>({
    input: inputs.config,
    load: (file, read) => loadConfig({ file, read }),
    head: readHead,
    ...(trustBase && readBase ? { base: readBase } : {}),
  });
  notices.push(...chosen.notices);
  const config = chosen.config;

  // Which files: the change's (matching `files`), or every matching file.
  let changed: ChangedFile[] | undefined;
  const scope = event.kind === 'other' ? 'all' : inputs.scope;
  if (scope === 'changed') {
    const listed = await listChangedFiles(event, api, git);
    if (listed?.note) notices.push(listed.note);
    if (listed) changed = listed.files;
    else if (event.kind === 'push') {
      notices.push('The commits before this push are not in the clone (actions/checkout fetches one by default), so every matching file was checked. Set `fetch-depth: 0` to check only the changed files.');
    }
  }
  const isMatch = picomatch(inputs.files, { dot: true });
  const targets: ChangedFile[] = changed
    ? changed.filter((f) => isMatch(f.path) && existsSync(resolve(workspace, f.path)))
    : (await glob(inputs.files, { cwd: workspace, dot: true, ignore: ['**/node_modules/**', '.git/**'] }))
        .sort()
        .map((path) => ({ path, basePath: path }));

  const result = await lintFiles(targets.map((t) => t.path), config, { cwd: workspace });
  const head = result.files.flatMap((f) => f.violations);

  const isNew = inputs.gate === 'new' && readBase !== undefined;
  const gate: GateResult = isNew ? await compareWithBase(head, targets, config, readBase!) : { gating: head, existing: [] };
  const reason = failReason(gate.gating, inputs.failOn, isNew);
  const counts = countOf(gate.gating);
  const tablesChecked = result.files.reduce((n, f) => n + f.tablesChecked, 0);
  core.info(
    `support-table-lint: ${targets.length} file(s), ${tablesChecked} table(s) checked; ${describeCounts(counts, isNew)}` +
      (isNew ? `, ${gate.existing.length} pre-existing` : '') +
      '.',
  );

  const headSha = headOf(event);
  const summaryInput = {
    gating: gate.gating,
    existing: gate.existing,
    isNew,
    filesChecked: targets.length,
    tablesChecked,
    blobUrl: `${context.serverUrl}/${owner}/${repo}/blob/${headSha}/`,
    notes: notices,
    ...(reason !== undefined ? { failReason: reason } : {}),
  };

  const wantCheckRun =
    inputs.checkRun === 'true' || (inputs.checkRun === 'auto' && !(event.kind === 'pull_request' && event.fork));
  let checkRunOk = false;
  if (wantCheckRun) {
    const outcome = await publishCheckRun(api, {
      headSha,
      failed: reason !== undefined,
      title: isNew ? `${describeCounts(counts, true)}` : describeCounts(counts, false),
      summary: buildSummary(summaryInput, CHECK_RUN_SUMMARY_BYTES),
      gating: gate.gating,
    });
    if (outcome.ok) checkRunOk = true;
    else notices.push(outcome.notice);
  }

  const reportFile = await writeReport(workspace, inputs.reportFile, () => formatJson(result, { color: false, version: VERSION }));
  const sarifFile = await writeReport(workspace, inputs.sarifFile, () => formatSarif(result, { color: false, version: VERSION }));

  if (chosen.headError) core.error(chosen.headError, { title: 'support-table-lint: config' });
  for (const notice of notices) core.notice(notice, { title: 'support-table-lint' });
  if (inputs.annotations) {
    const where = [
      inputs.summary ? 'the job summary' : '',
      checkRunOk ? `the ${CHECK_NAME} check run` : '',
      reportFile ? `the report file ${reportFile}` : '',
    ].filter((w) => w !== '');
    const plan = planAnnotations(gate.gating, gate.existing, where.join(' and ') || 'the step log', undefined, {
      notice: notices.length,
      error: chosen.headError ? 1 : 0,
    });
    for (const a of plan.annotations) core[a.level](a.message, a.properties);
  } else {
    // Without annotations the findings still belong in the log.
    for (const v of gate.gating) core.info(`${v.file}:${v.line}:${v.column} ${v.severity} ${v.message} (${v.rule})`);
  }

  if (inputs.summary && process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(buildSummary(summaryInput)).write();
  }

  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('existing', gate.existing.length);
  core.setOutput('files-checked', targets.length);
  core.setOutput('tables-checked', tablesChecked);
  core.setOutput('report-file', reportFile ?? '');
  core.setOutput('sarif-file', sarifFile ?? '');

  if (chosen.headError) core.setFailed(`support-table-lint: ${chosen.headError}`);
  else if (reason) core.setFailed(reason);
}

/**
 * Lints each file's base version with the same config and splits the head
 * findings into new and pre-existing.
 */
async function compareWithBase(head: Violation[], targets: ChangedFile[], config: CompiledConfig, readBase: ReadAt): Promise<GateResult> {
  const base: Violation[] = [];
  for (const target of targets) {
    if (target.basePath === null) continue;
    const text = await readBase(target.basePath);
    // Linted under the head path, so renamed files keep their identities.
    if (text !== undefined) base.push(...lintSource(target.path, text, config).violations);
  }
  return splitNew(head, base);
}

function repository(): { owner: string; repo: string } {
  const full = process.env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set; run this Action inside a GitHub Actions workflow');
  return { owner, repo };
}

/** Without a token every call fails, and the callers' fallbacks apply. */
function apiOrFailing(token: string, owner: string, repo: string): GitHubApi {
  if (token) return octokitApi(token, owner, repo);
  const fail = async (): Promise<never> => {
    throw new Error('no token (input `token` is empty)');
  };
  return { listPullFiles: fail, getFileAtRef: fail, createCheckRun: fail, updateCheckRun: fail };
}

async function writeReport(workspace: string, path: string, text: () => string): Promise<string | undefined> {
  if (!path) return undefined;
  const file = resolve(workspace, path);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text());
  } catch (error) {
    throw new Error(`Could not write ${path}: ${(error as Error).message}. Choose a writable path for the report.`);
  }
  return path;
}
