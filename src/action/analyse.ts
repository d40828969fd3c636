/**
 * What the Action decides before it reports: which config judges, which
 * files to lint (the change's, or all), and where their base versions come
 * from; then one call to the core pipeline, which lints head and base
 * versions alike, and the split into new and pre-existing findings.
 */
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_BUDGETS, loadConfig, type CompiledConfig, type ReadText } from '../config/load.js';
import { splitNew, type GateResult } from '../core/gate.js';
import type { LintResult } from '../core/types.js';
import { lintSources, type Loader, type SourceFile } from '../engine/pipeline.js';
import { checkPath, diskLoader, readTextInside, textOf } from '../io/disk.js';
import { walk } from '../io/walk.js';
import { baseLoader } from './base-version.js';
import { listChangedFiles, type ChangedFile } from './changed-files.js';
import { chooseConfig } from './config-source.js';
import { baseOf, describeEvent, readEvent, type EventInfo } from './event.js';
import { gitIn, hasCommit } from './git.js';
import { octokitApi, type GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';

export interface GitHubEnv {
  workspace: string;
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  /** The runner's temp folder: report files may also be written there. */
  runnerTemp?: string;
  stepSummary?: string;
}

export function githubEnv(env: Record<string, string | undefined>): GitHubEnv {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set; run this Action inside a GitHub Actions workflow');
  return {
    workspace: resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
    owner,
    repo,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    ...(env['RUNNER_TEMP'] ? { runnerTemp: env['RUNNER_TEMP'] } : {}),
    ...(env['GITHUB_STEP_SUMMARY'] ? { stepSummary: env['GITHUB_STEP_SUMMARY'] } : {}),
  };
}

export interface Analysis {
  event: EventInfo;
  api: GitHubApi;
  config: CompiledConfig;
  result: LintResult;
  gate: GateResult;
  /** Findings are split into new and pre-existing (there was a base to compare with). */
  isNew: boolean;
  filesChecked: number;
  tablesChecked: number;
  /** Said as notices. */
  notices: string[];
  /** The PR's own config is broken (reported, fails the step). */
  headConfigError?: string;
}

export async function analyse(inputs: ActionInputs, github: GitHubEnv, log: (message: string) => void): Promise<Analysis> {
  const { name, payload, sha } = readEvent(process.env);
  const event = describeEvent(name, payload, sha);
  const { workspace } = github;
  const git = gitIn(workspace);
  const api = apiOrFailing(inputs.token, github, log);
  const notices: string[] = [];

  // Files a config names are read with the default size budget: the config that sets budgets is not read yet.
  const budget = DEFAULT_BUDGETS.maxFileBytes;
  const readHead: ReadText = (path) => readTextInside(path, workspace, budget);
  const baseSha = baseOf(event);
  let atBase: ((path: string) => Loader) | undefined;
  if (baseSha) atBase = baseLoader(baseSha, await hasCommit(git, baseSha), git, api);
  const readBase: ReadText | undefined = atBase && (async (path) => textOf(await atBase!(path)(budget), budget));

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
      notices.push(
        'The commits before this push are not in the clone (actions/checkout fetches one by default), so every matching file was checked. Set `fetch-depth: 0` to check only the changed files.',
      );
    }
  }
  const isMatch = picomatch(inputs.files, { dot: true });
  let targets: ChangedFile[];
  if (changed) {
    targets = [];
    for (const file of changed.filter((f) => isMatch(f.path))) {
      // A file the change deleted is gone; anything else at the path (a symlink too) is linted and judged by the loader.
      const found = await checkPath(resolve(workspace, file.path), workspace);
      if (!('kind' in found && found.kind === 'missing')) targets.push(file);
    }
  } else {
    targets = (await walk(workspace, inputs.files)).map((path) => ({ path, basePath: path }));
  }

  const isNew = inputs.gate === 'new' && atBase !== undefined;
  const sources: SourceFile[] = targets.map((target) => ({
    file: target.path,
    head: diskLoader(target.path, workspace),
    // Linted under the head path, so renamed files keep their identities.
    ...(isNew ? { base: target.basePath === null ? async () => ({ kind: 'missing' as const }) : atBase!(target.basePath) } : {}),
  }));
  const result = await lintSources(sources, config);
  const head = result.files.flatMap((f) => f.violations);
  const gate: GateResult = isNew ? splitNew(head, result.files.flatMap((f) => f.baseViolations ?? [])) : { gating: head, existing: [] };
  return {
    event,
    api,
    config,
    result,
    gate,
    isNew,
    filesChecked: targets.length,
    tablesChecked: result.files.reduce((n, f) => n + f.tablesChecked, 0),
    notices,
    ...(chosen.headError !== undefined ? { headConfigError: chosen.headError } : {}),
  };
}

/** Without a token every call fails, and the callers' fallbacks apply. */
function apiOrFailing(token: string, github: GitHubEnv, log: (message: string) => void): GitHubApi {
  if (token) return octokitApi(token, github.owner, github.repo, github.apiUrl, log);
  const fail = async (): Promise<never> => {
    throw new Error('no token (input `token` is empty)');
  };
  return { listPullFiles: fail, getFileAtRef: fail, createCheckRun: fail, updateCheckRun: fail };
}
