/**
 * What the Action decides before it reports: which config judges, which
 * files to lint (the change's, or all), and where their base versions come
 * from; then one call to the core pipeline, which lints head and base
 * versions alike, and the split into new and pre-existing findings.
 */
import { resolve } from 'node:path';
import { loadGlob, matcher } from '../io/glob.js';
import { DEFAULT_BUDGETS, loadConfig, MISNAMED_CONFIGS, type CompiledConfig, type ReadText } from '../config/load.js';
import { byPosition, splitNew, type GateResult } from '../core/gate.js';
import type { FileResult, LintResult, SuppressedViolation } from '../core/types.js';
import { lintSources, missingLoader, type Loader, type SourceFile } from '../engine/pipeline.js';
import { decodeUtf8, startsWithBom } from '../io/utf8.js';
import { checkPath, diskLoader, readTextInside, textOf } from '../io/disk.js';
import { fetchText } from '../io/url.js';
import { walk } from '../io/walk.js';
import { changesOf } from '../report/diff.js';
import { neverPreExisting } from '../rules/index.js';
import { loadSources, touchedSources, withoutSources } from '../sources/load.js';
import { baseLoader } from './base-version.js';
import { listChangedFiles, type ChangedFile } from './changed-files.js';
import { chooseConfig } from './config-source.js';
import { baseOf, describeEvent, headOf, readEvent, type EventInfo } from './event.js';
import { gitIn, hasCommit, holdsCommit } from './git.js';
import { fixPatch } from './fix-patch.js';
import { failingApi, octokitApi, type GitHubApi } from './github-api.js';
import { hunksFromGit, parseHunks, type Hunk } from './hunks.js';
import type { ActionInputs } from './inputs.js';
import { lineMap, moveFile } from './head-lines.js';
import { MAX_SUPPRESSED_LISTED, RESULT_KIND, RESULT_VERSION, toResultFinding, toSuppressedFinding, type ActionResult } from './result.js';
import { planSuggestions, suggestionScope } from './suggestions.js';

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
  /** Every path the change touched (both names of a rename), when compared with a base and known. */
  touched?: string[];
  /** The files the change touched, with the files API's patch when it gave one (for the suggestions' hunks). */
  changed?: ChangedFile[];
  /**
   * The head commit's text of each file whose findings were moved to the
   * head's lines (the workspace holds the merge commit): fixes are made on it.
   */
  headTexts?: Map<string, FileText>;
}

/** What a comparison with the base misses without the change's list of files. */
const UNCOMPARED = 'a file the change deleted or renamed was not compared with its base version, so the rows it removed were not judged';

export async function analyse(inputs: ActionInputs, github: GitHubEnv, log: (message: string) => void): Promise<Analysis> {
  const { name, payload, sha } = readEvent(process.env);
  const event = describeEvent(name, payload, sha);
  const { workspace } = github;
  const git = gitIn(workspace);
  const api = apiOrFailing(inputs.token, github, log);
  const notices: string[] = [];
  if (event.kind === 'pull_request') {
    const checkout = await holdsCommit(git, event.headSha);
    if (checkout && !checkout.holds) {
      throw new Error(
        `The workspace holds commit ${checkout.checkedOut.slice(0, 7)}, which is neither the pull request's head ${event.headSha.slice(0, 7)} nor a merge of it, so the pull request's files are not there to check` +
          (name === 'pull_request_target' ? ' (on `pull_request_target`, actions/checkout checks out the base branch)' : '') +
          '. Check out the head: `ref: ${{ github.event.pull_request.head.sha }}` in actions/checkout (this Action runs nothing from the pull request), or run on `pull_request`.',
      );
    }
  }

  // Files a config names are read with the default size budget: the config that sets budgets is not read yet.
  const budget = DEFAULT_BUDGETS.maxFileBytes;
  const readHead: ReadText = (path) => readTextInside(path, workspace, budget);
  const baseSha = baseOf(event);
  let atBase: ((path: string) => Loader) | undefined;
  if (baseSha) atBase = baseLoader(baseSha, await hasCommit(git, baseSha), workspace, api);
  const readBase: ReadText | undefined = atBase && (async (path) => textOf(await atBase!(path)(budget), budget));

  const trustBase = event.kind === 'pull_request' && inputs.trustedConfig === 'base' && readBase !== undefined;
  const chosen = await chooseConfig<CompiledConfig>({
    input: inputs.config,
    load: (file, read) => loadConfig({ file, read }),
    head: readHead,
    ...(trustBase && readBase ? { base: readBase } : {}),
  });
  notices.push(...chosen.notices);
  // A config under a name nothing looks for would leave the presets to judge, without a word.
  if (chosen.config.configFile === null) {
    for (const name of MISNAMED_CONFIGS) {
      if (typeof (await readHead(name)) !== 'string') continue;
      notices.push(`${name} is not read: the Action reads the config named by its \`config\` input (${inputs.config}), or .support-table-lint.yml; rename the file, or set \`config: ${name}\`.`);
      break;
    }
  }
  // Sources of truth come from the checked-out head, even when the config comes from the base:
  // a pull request that adds a gate to the code and its row to the table must pass.
  const config: CompiledConfig = {
    ...chosen.config,
    sourceData: await loadSources(chosen.config, {
      readText: (path) => readTextInside(path, workspace, chosen.config.budgets.maxFileBytes),
      glob: (patterns) => walk(workspace, patterns),
      fetchText,
      cwd: workspace,
    }),
  };

  // Which files: the change's (matching `files`), or every matching file.
  let changed: ChangedFile[] | undefined;
  let changedPaths: string[] | undefined;
  const scope = event.kind === 'other' ? 'all' : inputs.scope;
  if (scope === 'changed') {
    const listed = await listChangedFiles(event, api, git, { preferGit: inputs.mode === 'analyse' });
    if (listed?.note) notices.push(listed.note);
    if (listed) {
      changed = listed.files;
      changedPaths = listed.touched;
    }
    else if (event.kind === 'push') {
      notices.push(
        `The ${event.mergeGroup ? "merge group's base commit is" : 'commits before this push are'} not in the clone (actions/checkout fetches one by default), so every matching file was checked` +
          (inputs.gate === 'new' && atBase !== undefined ? `, and ${UNCOMPARED}` : '') +
          '. Set `fetch-depth: 0` to check only the changed files.',
      );
    }
  }
  // Without regard to case: GitHub renders `gates.MD` as markdown as well as `gates.md`.
  await loadGlob(inputs.files);
  const isMatch = matcher(inputs.files, { dot: true, nocase: true });
  let targets: ChangedFile[];
  if (changed) {
    targets = [];
    // A file renamed from a matching path is still a markdown file to check: renaming `gates.md` to
    // `gates.MD` must not take its tables out of the check without a word (table-unchecked says it).
    for (const file of changed.filter((f) => isMatch(f.path) || (f.basePath !== null && isMatch(f.basePath)))) {
      // A file the change deleted is compared with its base version, when there is one to read.
      if (file.deleted) {
        if (inputs.gate === 'new' && atBase !== undefined) targets.push(file);
        continue;
      }
      // Anything at the path (a symlink too) is linted and judged by the loader; a path that holds nothing (a
      // deletion the API listed as a rename's other half, a merge that dropped it) has nothing to lint.
      const found = await checkPath(resolve(workspace, file.path), workspace);
      if (!('kind' in found && found.kind === 'missing')) targets.push(file);
    }
    // A change to a source of truth changes what the tables that reference it are checked against (a gate
    // dropped from the registry leaves a row naming nothing): their pages are checked too, unchanged or not.
    const touchedNames = config.sourceData.size > 0 ? await touchedSources(config.sourceData, changedPaths) : new Set<string>();
    const referencing = config.entries.filter((entry) => (entry.options.references ?? []).some((reference) => touchedNames.has(reference.source)));
    if (referencing.length > 0) {
      const listed = new Set(targets.map((target) => target.path));
      for (const path of await walk(workspace, inputs.files, { nocase: true })) {
        if (!listed.has(path) && referencing.some((entry) => entry.matchesFile(path))) targets.push({ path, basePath: path });
      }
    }
  } else {
    // Every matching file; the change's own list, when there is a change, still says which of them it renamed
    // (judged at their old path, so a rename alone introduces nothing), which it deleted (their rows are
    // removals), and where its diff hunks are (for suggestions).
    const comparing = inputs.gate === 'new' && atBase !== undefined;
    let why: string | undefined;
    const listed = comparing
      ? await listChangedFiles(event, api, git, { preferGit: inputs.mode === 'analyse' }).catch((error: unknown) => {
          why = (error as Error).message.replace(/ Fetch the history[^]*$/, '');
          return undefined;
        })
      : undefined;
    if (listed) {
      changed = listed.files;
      changedPaths = listed.touched;
    } else if (comparing) {
      // Every file there is checked, but a page the change deleted is not there: say what went unjudged.
      notices.push(`${why ?? 'The files this change touched could not be listed (the commits before it are not in the clone).'} Every matching file was checked, but ${UNCOMPARED}. Fetch the history in actions/checkout (\`fetch-depth: 0\`) to have them judged.`);
    }
    const byPath = new Map((listed?.files ?? []).filter((file) => !file.deleted).map((file) => [file.path, file]));
    targets = (await walk(workspace, inputs.files, { nocase: true })).map((path) => byPath.get(path) ?? { path, basePath: path });
    for (const file of listed?.files ?? []) if (file.deleted && isMatch(file.path)) targets.push(file);
  }

  const isNew = inputs.gate === 'new' && atBase !== undefined;
  const sources: SourceFile[] = targets.map((target) => ({
    file: target.path,
    head: target.deleted ? missingLoader : diskLoader(target.path, workspace),
    ...(target.deleted ? { deleted: true } : {}),
    // Linted under the head path, so renamed files keep their identities, and judged under the base path.
    ...(isNew ? { base: target.basePath === null ? missingLoader : atBase!(target.basePath) } : {}),
    ...(isNew && target.basePath !== null && target.basePath !== target.path ? { baseFile: target.basePath } : {}),
  }));
  // What the change touched, when compared with a base: the changed files' list, else (scope: all) asked for it.
  // Listed once: a list that could not be had above is not asked for again (each try waits out retries).
  const touched = isNew ? changedPaths : undefined;
  // A source of truth the change touched has no past here: its findings at the base are not counted as pre-existing.
  let baseConfig = config;
  if (isNew && config.sourceData.size > 0) baseConfig = withoutSources(config, await touchedSources(config.sourceData, touched));
  let result = await lintSources(sources, config, baseConfig, { anyFile: async (globs) => (await walk(workspace, globs, { first: true })).length > 0 });
  let headTexts: Map<string, FileText> | undefined;
  if (event.kind === 'pull_request') {
    const moved = await onHeadCommit(result, event.headSha, workspace, git, api, config.budgets.maxFileBytes);
    result = moved.result;
    headTexts = moved.texts;
    if (moved.notice) notices.push(moved.notice);
  }
  const head = result.files.flatMap((f) => f.violations);
  const gate: GateResult = isNew ? splitNew(head, result.files.flatMap((f) => f.baseViolations ?? []), neverPreExisting(touched)) : { gating: head, existing: [] };
  return {
    event,
    api,
    config,
    result,
    gate,
    isNew,
    // A deleted file is compared, not checked.
    filesChecked: targets.filter((target) => !target.deleted).length,
    tablesChecked: result.files.reduce((n, f) => n + f.tablesChecked, 0),
    notices,
    ...(chosen.headError !== undefined ? { headConfigError: chosen.headError } : {}),
    ...(touched !== undefined ? { touched } : {}),
    ...(changed ? { changed } : {}),
    ...(headTexts ? { headTexts } : {}),
  };
}

/**
 * The result at the pull request's head commit's lines, when the workspace
 * holds another commit (the merge actions/checkout makes by default; see
 * head-lines.ts), and the head's text of each file moved.
 */
async function onHeadCommit(
  result: LintResult,
  headSha: string,
  workspace: string,
  git: ReturnType<typeof gitIn>,
  api: GitHubApi,
  maxBytes: number,
): Promise<{ result: LintResult; texts?: Map<string, FileText>; notice?: string }> {
  let checkedOut: string;
  try {
    checkedOut = (await git(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])).trim();
  } catch {
    return { result };
  }
  if (checkedOut === headSha) return { result };
  const headInClone = await hasCommit(git, headSha);
  // The usual case: the base branch has not moved, and the merge holds the head's files as they are.
  if (headInClone) {
    const tree = async (commit: string): Promise<string | undefined> => git(['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]).then((out) => out.trim(), () => undefined);
    const here = await tree(checkedOut);
    if (here !== undefined && here === (await tree(headSha))) return { result };
  }
  const atHead = baseLoader(headSha, headInClone, workspace, api, 'head');
  const text = async (load: Loader): Promise<FileText | undefined> => {
    try {
      return fileText(await load(maxBytes));
    } catch {
      return undefined;
    }
  };
  const texts = new Map<string, FileText>();
  const unmoved: string[] = [];
  const files: FileResult[] = [];
  for (const file of result.files) {
    // A deleted file has no head text: its findings are on line 1, and its diff names the base's lines.
    if (file.isConfig || file.deleted || (file.violations.length === 0 && file.suppressed.length === 0 && (file.changes ?? []).length === 0)) {
      files.push(file);
      continue;
    }
    const merged = await text(diskLoader(file.file, workspace));
    const head = await text(atHead(file.file));
    const map = merged !== undefined && head !== undefined ? lineMap(merged.text, head.text) : undefined;
    if (map === undefined) {
      unmoved.push(file.file);
      files.push(file);
      continue;
    }
    texts.set(file.file, head!);
    files.push(moveFile(file, map));
  }
  const notice =
    unmoved.length > 0
      ? `The workspace holds commit ${checkedOut.slice(0, 7)}, not the pull request's head ${headSha.slice(0, 7)}, and the head's text of ${unmoved.length} file(s) could not be read or compared (${unmoved.slice(0, 5).join(', ')}${unmoved.length > 5 ? ', …' : ''}): their findings keep the checked-out commit's line numbers.`
      : undefined;
  return { result: { ...result, files }, texts, ...(notice ? { notice } : {}) };
}

/** Without a token every call fails, and the callers' fallbacks apply. */
export function apiOrFailing(token: string, github: GitHubEnv, log: (message: string) => void): GitHubApi {
  if (token) return octokitApi(token, github.owner, github.repo, github.apiUrl, log);
  return failingApi(() => new Error('no token (input `token` is empty)'));
}

/**
 * The analysis as the data every report is made from (and `mode: analyse`
 * writes as its artifact): findings, and for pull requests the fixes of
 * gating findings, as suggestions inside the diff hunks and as a patch.
 */
export async function resultOf(analysis: Analysis, inputs: ActionInputs, workspace: string): Promise<ActionResult> {
  const { event, gate } = analysis;
  const fixable = gate.gating.filter((v) => v.fix && v.fixSpan);
  // Each fixable file's text as it was linted (the workspace, or the head's when findings were moved there),
  // read under the same budget; a byte-order mark the decoder dropped is kept for the patch's context lines.
  const sources = new Map<string, string>();
  const boms = new Set<string>();
  for (const file of new Set(fixable.map((v) => v.file))) {
    const read = analysis.headTexts?.get(file) ?? fileText(await diskLoader(file, workspace)(analysis.config.budgets.maxFileBytes));
    if (read === undefined) continue;
    sources.set(file, read.text);
    if (read.bom) boms.add(file);
  }
  const hunks = new Map<string, Hunk[] | undefined>();
  if (event.kind === 'pull_request' && inputs.suggestions && fixable.length > 0) {
    const git = gitIn(workspace);
    for (const file of sources.keys()) hunks.set(file, await hunksOf(file, analysis.changed, git, event.baseSha, event.headSha));
  }
  const plan = await planSuggestions(gate.gating, sources, hunks);
  const notices = [...analysis.notices];
  if (plan.overCap > 0) {
    notices.push(`${plan.overCap} more fixes inside the diff are in the patch in the job summary: a review holds at most ${plan.suggestions.length} suggestions here.`);
  }
  return {
    kind: RESULT_KIND,
    version: RESULT_VERSION,
    headSha: headOf(event),
    pullRequest: event.kind === 'pull_request' ? { number: event.number } : null,
    isNew: analysis.isNew,
    filesChecked: analysis.filesChecked,
    tablesChecked: analysis.tablesChecked,
    gating: gate.gating.map(toResultFinding),
    existing: gate.existing.map(toResultFinding),
    notices,
    ...(analysis.headConfigError !== undefined ? { headConfigError: analysis.headConfigError } : {}),
    scope: suggestionScope(inputs.config, inputs.files),
    failOn: inputs.failOn,
    changes: changesOf(analysis.result),
    suppressed: suppressedOf(analysis.result, analysis.isNew, analysis.touched),
    suggestions: plan.suggestions,
    overCap: plan.overCap,
    patches: {
      outside: await fixPatch(plan.outside, sources, analysis.config, { after: plan.suggestions, existing: gate.existing, boms }),
      all: await fixPatch(fixable, sources, analysis.config, { existing: gate.existing, boms }),
    },
  };
}

/**
 * The checked files' suppressed findings, the list bounded (the count is
 * not): first those the base version does not have, which a suppression
 * silences where they would count as new, then the rest, each by position.
 */
function suppressedOf(result: LintResult, isNew: boolean, touched: string[] | undefined): NonNullable<ActionResult['suppressed']> {
  const all = result.files.flatMap((file) => file.suppressed);
  const { gating, existing } = isNew ? splitNew(all, result.files.flatMap((file) => file.baseViolations ?? []), neverPreExisting(touched)) : { gating: all, existing: [] };
  const ordered = [...[...gating].sort(byPosition), ...[...existing].sort(byPosition)] as SuppressedViolation[];
  return { count: all.length, findings: ordered.slice(0, MAX_SUPPRESSED_LISTED).map(toSuppressedFinding) };
}

/** A file's text, and whether its bytes began with a byte-order mark (which the text, as linted, lacks). */
interface FileText {
  text: string;
  bom: boolean;
}

function fileText(loaded: Awaited<ReturnType<Loader>>): FileText | undefined {
  if (loaded.kind !== 'bytes') return undefined;
  const text = decodeUtf8(loaded.bytes);
  return text === undefined ? undefined : { text, bom: startsWithBom(loaded.bytes) };
}

/** A changed file's hunks: the files API's patch, else `git diff` (GitHub leaves the patch out of large diffs). */
async function hunksOf(file: string, changed: ChangedFile[] | undefined, git: ReturnType<typeof gitIn>, baseSha: string, headSha: string): Promise<Hunk[] | undefined> {
  const entry = changed?.find((c) => c.path === file);
  if (!entry) return undefined; // not changed by the PR: nothing of it is in the diff
  // GitHub showed no diff for it (too large): a review comment there would fail the whole review.
  if (entry.patchless) return [];
  if (entry.patch !== undefined) {
    try {
      return parseHunks(entry.patch);
    } catch {
      /* a patch jsdiff cannot read: ask git */
    }
  }
  return hunksFromGit(git, baseSha, headSha, file, entry.basePath);
}
