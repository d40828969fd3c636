/**
 * The one lint pipeline. Every file, a pull request's head version and its
 * base version alike, goes through the same steps with the same budgets:
 *
 *   load (at most the size budget + 1 byte) → decode UTF-8 → pre-scan →
 *   parse (on a worker, within the time budget) → judge and run the rules →
 *   apply suppressions
 *
 * A problem at any step becomes a finding of a file rule (file-unsafe,
 * file-encoding, file-too-large, parse-timeout, parse-failure), so one bad
 * file never hides the results of the others. How bytes are loaded (from
 * disk, from git, from the API, from a string) is the caller's: the CLI and
 * the Action hand in loaders, and this module does no I/O of its own.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { baseText, baseWithin, resolveIn, type CompiledConfig, type CompiledEntry, type CompiledFileIgnore, type CompiledRowIgnore } from '../config/load.js';
import type { FileResult, LintResult, Violation } from '../core/types.js';
import { byLocation, emptyFileResult } from '../core/types.js';
import { utf8Text } from '../io/utf8.js';
import { ParsePool } from '../markdown/parse-pool.js';
import { mayContainTable } from '../markdown/prescan.js';
import { DIRECTIVE_PREFIX, withParser } from '../markdown/read.js';
import { fileRules, RULE_IDS } from '../rules/index.js';
import { DOCS_URL, lineSpan, type FileFacts, type Report, type RuleMeta } from '../rules/types.js';
import { suggest } from '../schema/suggest.js';
import { unmatchedEntry } from '../rules/unmatched-entry.js';
import { unusedSuppression } from '../rules/unused-suppression.js';
import { tableUnchecked } from '../rules/table-unchecked.js';
import type { ChangeOutcome, Version } from './changes.js';
import { selectionFor } from './judge.js';
import { lineIndex, lintDocument, runRunRules, severityOf, tableNames, toFinding, toViolation } from './lint.js';
import type { MarkdownDocument } from '../markdown/types.js';
import { applySuppressions } from './suppress.js';

/** What a loader found. `missing`: the file does not exist in this version (a base version of an added file). */
export type Loaded =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'missing' }
  | { kind: 'too-large'; size: number }
  | { kind: 'unsafe'; reason: string }
  | { kind: 'unreadable'; reason: string };

/** Reads a file's bytes, at most `maxBytes + 1` of them (one more tells that the file is over the budget). */
export type Loader = (maxBytes: number) => Promise<Loaded>;

export interface SourceFile {
  /** Path as findings name it: relative to the working directory, with `/` separators. */
  file: string;
  head: Loader;
  /** The file before the change (for `gate: new` and `--base`). Absent when there is no base to compare with. */
  base?: Loader;
  /**
   * The base version's path when the change renamed the file. The base
   * version is judged under it, as the base config saw it: renaming a file
   * out of an entry's `files:` takes its tables out of the check, which
   * `table-unchecked` reports like any other way of losing a table.
   */
  baseFile?: string;
  /** Named explicitly by the user (a CLI argument, not found in a folder): say so when no config entry applies to it. */
  explicit?: boolean;
  /**
   * The change deleted the file (it has a `base`, and no head): deleting a
   * page takes its tables out of the check as surely as editing their
   * headers, so its base tables are compared with nothing. The transition
   * rule judges every row it removed, and the keyed diff lists them.
   */
  deleted?: boolean;
  /** With `deleted`: the change renamed the file to this path, which the run does not lint (`git mv a.md a.txt`). */
  renamedTo?: string;
}

/** The loader of a version that does not exist: the base of an added file, the head of a deleted one. */
export const missingLoader: Loader = async () => ({ kind: 'missing' });

/** A string as a loader: stdin, a fix pass, a test. */
export const textLoader =
  (text: string): Loader =>
  // Decoding drops one leading byte-order mark, as a file's: a text that starts with U+FEFF (a file that
  // had two, as fixed) gets one in front, so that it comes back whole and fix offsets stay its own.
  async () => ({ kind: 'bytes', bytes: new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? `\ufeff${text}` : text) });

/**
 * A version of a file, linted but not yet suppressed: `result` holds the
 * file's problems, or the rules' findings and coverage; `version` what the
 * comparison with the other version needs.
 */
interface Linted {
  result: FileResult;
  version?: Version & { lines: number[] };
  /** The version does not exist (the base of an added file): `version` is then empty, to compare the head with. */
  missing?: true;
  /** Why the version could not be linted (over a budget, not UTF-8, unsafe): the first of its file findings. */
  failed?: string;
}

/** What the run as a whole learns, for the findings about the config itself. */
interface RunState {
  usedIgnores: Set<CompiledRowIgnore | CompiledFileIgnore>;
  judgedEntries: Set<CompiledEntry>;
  /** The files whose head version was linted (not too large, unreadable or past the parse budget), in input order. */
  files: string[];
  /** Every file of the run, linted or not: what a file-wide `ignore:` may have applied to. */
  all: string[];
}

/**
 * Lints files, each at its head version and, when it has one, its base
 * version. `baseConfig` lints the base versions when it differs from
 * `config` (the sources of truth a change touched are left out of it).
 */
/** What the adapters know beyond the files: whether the repository (the working directory) has a file some globs match. */
export interface LintOptions {
  /** Whether any file under the working directory matches one of the globs (relative to it). Absent: not asked. */
  anyFile?: (globs: string[]) => Promise<boolean>;
}

export async function lintSources(files: readonly SourceFile[], config: CompiledConfig, baseConfig: CompiledConfig = config, options: LintOptions = {}): Promise<LintResult> {
  const pool = new ParsePool(files.length);
  const results: FileResult[] = new Array(files.length);
  const linted: boolean[] = new Array(files.length).fill(false);
  const run: RunState = { usedIgnores: new Set(), judgedEntries: new Set(), files: [], all: [] };
  const baseRun: RunState = { usedIgnores: new Set(), judgedEntries: new Set(), files: [], all: [] };
  const baseLinted: boolean[] = new Array(files.length).fill(false);
  // Several files in flight keep every worker busy; results keep the input order.
  // Loading a file takes several round trips to the file system (the checks
  // of io/disk.ts), and most files need no parse: with few in flight the run
  // waits on those round trips, so more are loaded at once.
  const inFlight = pool.hasWorkers ? Math.max(16, 2 * availableParallelism()) : 1;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const source = files[index]!;
      const head = source.deleted ? deletedVersion(source.file, source.renamedTo) : await lintVersion(source.file, source.head, config, pool, false, source.base !== undefined);
      // A file that could not be linted has its own finding; an entry that checked nothing there is not the news.
      // Nor in a file that is gone: no entry could judge a table there.
      linted[index] = !source.deleted && (head.version !== undefined || head.result.violations.length === 0);
      let compared: ChangeOutcome | undefined;
      let unread: Violation[] = [];
      let base: Linted | undefined;
      if (source.base) {
        base = await lintVersion(source.file, source.base, baseConfig, pool, true, false, source.baseFile);
        head.result.baseViolations = finish(base, baseConfig, baseRun).violations;
        // A file the change added was no file at the base: nothing of the config's past is learnt from it.
        baseLinted[index] = base.version !== undefined && !base.missing;
        if (base.version && head.version) compared = await compare(source.file, base.version, head.version, config);
        // The base could not be read or parsed (over a budget, not UTF-8): no rule on how rows may change
        // could run, and a change that removed every gate would pass. Said on the head, as the change's.
        // A warning: the base is the trusted side, and the change may be the one that mends it (a file
        // re-saved as UTF-8, or split under the budget). Only for a file the config checks.
        else if (base.failed !== undefined && head.version && (config.configFile === null || config.entries.some((entry) => entry.matchesFile(source.file)))) {
          unread = resolve(source.file, tableUnchecked.meta, { span: lineSpan(), messageId: 'baseUnread', data: { reason: base.failed }, severity: 'warning' }, config);
        }
      }
      const result = finish(head, config, run, compared?.violations ?? unread, compared !== undefined);
      if (source.base) result.changes = compared?.changes ?? [];
      if (source.base && !compared) {
        const reason = head.failed ?? (base?.failed !== undefined ? `before this change: ${base.failed}` : undefined);
        if (reason !== undefined) result.notCompared = reason;
      }
      if (source.base && source.baseFile !== undefined && source.baseFile !== source.file) result.renamedFrom = source.baseFile;
      if (source.explicit && !source.deleted && config.configFile !== null && !config.entries.some((entry) => entry.matchesFile(source.file))) {
        const uncovered: Violation[] = [];
        runRunRules({ uncovered: { file: source.file, config: config.configFile } }, config, (meta, severity, report) =>
          uncovered.push(toViolation(source.file, meta.id, severity, toFinding(meta, report))),
        );
        result.violations.unshift(...uncovered);
      }
      results[index] = result;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
  } finally {
    await pool.close();
  }
  run.files = files.filter((_, index) => linted[index]).map((source) => source.file);
  run.all = files.filter((source) => !source.deleted).map((source) => source.file);
  const configResult = await configProblems(config, run, options);
  // Compared with a base: the config's findings at the base (from the base versions of the same files) were there before the change.
  if (configResult && files.some((source) => source.base)) {
    baseRun.files = files.filter((_, index) => baseLinted[index]).map((source) => source.file);
    baseRun.all = run.all;
    configResult.baseViolations = (await configProblems(baseConfig, baseRun, options))?.violations ?? [];
  }
  return { files: configResult ? [...results, configResult] : results };
}

/**
 * Whether an entry's `files:` match no file of the repository, asked only of
 * a config whose folder is within the working directory (its globs are then
 * globs of the tree the adapter can walk) and of positive globs.
 */
async function matchesNothing(config: CompiledConfig, files: readonly string[] | undefined, { anyFile }: LintOptions): Promise<boolean> {
  const globs = (files ?? []).filter((glob) => !glob.startsWith('!'));
  if (!anyFile || globs.length === 0 || !baseWithin(config)) return false;
  return !(await anyFile(globs.map((glob) => resolveIn(config.base, glob))));
}

/**
 * Findings about the config file, on the line of the entry concerned: an
 * `ignore:` entry that suppressed nothing, although the run linted what it
 * applies to (an entry's ignore: a table the entry judged; a file-wide
 * ignore: a file its globs match).
 */
async function configProblems(config: CompiledConfig, run: RunState, options: LintOptions): Promise<FileResult | undefined> {
  if (config.configFile === null) return undefined;
  const result: FileResult = { ...emptyFileResult(config.configFile), isConfig: true };
  const report = (line: number, data: Record<string, string>) =>
    result.violations.push(...resolve(config.configFile!, unusedSuppression.meta, { span: lineSpan(line), messageId: 'unused', data: { what: 'ignore entry', ...data } }, config));
  // An entry that names a rule there is none of, as a comment would: said, and it suppresses nothing by that rule.
  for (const ignore of [...config.entries.flatMap((entry) => entry.ignore), ...config.ignore]) {
    for (const rule of ignore.rules.filter((id) => !RULE_IDS.includes(id))) {
      const close = suggest(rule, RULE_IDS);
      const data = { what: 'ignore entry', rule, close: close ? ` (did you mean "${close}"?)` : '', docs: DOCS_URL };
      result.violations.push(...resolve(config.configFile!, unusedSuppression.meta, { span: lineSpan(ignore.line), messageId: 'unknownRule', data }, config));
    }
  }
  // One that names no known rule has that finding alone, not also "suppresses nothing".
  const known = (ignore: CompiledRowIgnore | CompiledFileIgnore): boolean => ignore.rules.length === 0 || ignore.rules.some((id) => RULE_IDS.includes(id));
  for (const entry of config.entries) {
    if (!run.judgedEntries.has(entry)) {
      // Only an entry of the config file (not --preset) has a line to say it on.
      if (entry.line > 0 && severityOf(config, unmatchedEntry.meta.id) !== 'off') {
        const linted = run.files.filter((file) => entry.matchesFile(file));
        const columns = entry.match?.columns ?? entry.schema.required;
        const idleEntry = {
          label: entry.label,
          line: entry.line,
          globs: entry.files ?? [],
          linted,
          // Walking the tree is asked only when no linted file tells already that the globs match something.
          matchesNoFile: linted.length === 0 && (await matchesNothing(config, entry.files, options)),
          columns,
          base: baseText(config),
          ...(entry.match?.heading !== undefined ? { heading: entry.match.heading } : {}),
        };
        runRunRules({ idleEntry }, config, (meta, severity, report) => result.violations.push(toViolation(config.configFile!, meta.id, severity, toFinding(meta, report))));
      }
      continue;
    }
    for (const ignore of entry.ignore) if (!run.usedIgnores.has(ignore) && known(ignore)) report(ignore.line, { rules: '' });
  }
  for (const ignore of config.ignore) {
    if (!run.all.some((file) => ignore.matchesFile(file))) {
      // Not a file of this run; and if no file of the repository at all, it suppresses nothing in any run.
      if (await matchesNothing(config, ignore.files, options)) {
        result.violations.push(...resolve(config.configFile, unusedSuppression.meta, { span: lineSpan(ignore.line), messageId: 'noFiles', data: { globs: ignore.files.join(', '), base: baseText(config) } }, config));
      }
      continue;
    }
    if (!run.usedIgnores.has(ignore) && known(ignore)) report(ignore.line, { rules: '' });
  }
  result.violations.sort(byLocation);
  return result.violations.length > 0 ? result : undefined;
}

/** One text through the pipeline, as a file named `file` (stdin, fix passes, tests). */
export async function lintText(file: string, text: string, config: CompiledConfig): Promise<FileResult> {
  const [result] = (await lintSources([{ file, head: textLoader(text) }], config)).files;
  return result!;
}

/**
 * UTF-16 text without a byte-order mark is valid UTF-8 when it is ASCII (a
 * 0 byte beside each character), and would read as a file without tables.
 * No markdown holds 0 bytes: the first kilobyte is looked at, and it is
 * UTF-16 when nearly every character of it has its 0 byte on the same side.
 */
function utf16Order(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  const end = Math.min(bytes.length, 1024) & ~1;
  if (end < 4 || bytes.subarray(0, end).indexOf(0) === -1) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) even++;
    else if (bytes[i + 1] === 0 && bytes[i] !== 0) odd++;
  }
  const pairs = end / 2;
  return odd >= pairs * 0.9 ? 'little-endian' : even >= pairs * 0.9 ? 'big-endian' : undefined;
}

/** A version with no text and no table: the base of an added file, the head of a deleted one. */
const emptyVersion = (): Version & { lines: number[] } => ({ source: '', document: { tables: [], headings: [], notes: [], directives: [] }, judges: new Map(), lines: lineIndex('') });

/** A version that could not be linted, with its file finding and why. */
function failedVersion(facts: FileFacts, config: CompiledConfig): Linted {
  const result = fileProblems(facts, config);
  return { result, failed: result.violations[0]?.message ?? 'it could not be read' };
}

/** The head of a file the change deleted (or renamed to `renamedTo`, a path the run does not lint). */
const deletedVersion = (file: string, renamedTo?: string): Linted => {
  const to = renamedTo === undefined ? {} : { renamedTo };
  return { result: { ...emptyFileResult(file), deleted: true, ...to }, version: { ...emptyVersion(), deleted: true, ...to } };
};

/**
 * Lints one version of a file. `compared`: the head of a file that has a base
 * version, which needs a version to compare even when it holds no table (a
 * table that is gone is a finding).
 */
async function lintVersion(file: string, load: Loader, config: CompiledConfig, pool: ParsePool, isBase = false, compared = false, judgeAs = file): Promise<Linted> {
  const { maxFileBytes, maxParseMs } = config.budgets;
  const facts: FileFacts = { file };
  const loaded = await load(maxFileBytes);
  switch (loaded.kind) {
    case 'missing':
      // An added file has no base version, so none of its findings were there before; its tables are
      // new, every row an added row (the transition rules judge them; the keyed diff lists them).
      if (isBase) return { result: emptyFileResult(file), version: emptyVersion(), missing: true };
      // A name that is not UTF-8 reaches here with U+FFFD in place of its bytes, and names no file.
      facts.unreadable = { reason: file.includes('\uFFFD') ? 'its name is not UTF-8 (shown here with U+FFFD), so it cannot be opened by that name; rename the file' : 'no such file' };
      return failedVersion(facts, config);
    case 'unsafe':
      facts.unsafe = { reason: loaded.reason };
      return failedVersion(facts, config);
    case 'unreadable':
      facts.unreadable = { reason: loaded.reason };
      return failedVersion(facts, config);
    case 'too-large':
      facts.tooLarge = { size: loaded.size, budget: maxFileBytes };
      return failedVersion(facts, config);
  }
  if (loaded.bytes.length > maxFileBytes) {
    facts.tooLarge = { size: loaded.bytes.length, budget: maxFileBytes };
    return failedVersion(facts, config);
  }
  if (!isUtf8(loaded.bytes)) {
    facts.notUtf8 = { line: firstNonUtf8Line(loaded.bytes) };
    return failedVersion(facts, config);
  }
  const utf16 = utf16Order(loaded.bytes);
  if (utf16) {
    facts.utf16 = { order: utf16 };
    return failedVersion(facts, config);
  }
  // A file with no line that could be a table delimiter row, and no suppression comment, has nothing to lint.
  // Most files of a docs tree are such files, so this is asked of the bytes, read as Latin-1 (a copy, where
  // decoding UTF-8 costs a pass per character): the pre-scan and the comment's prefix look at ASCII only,
  // and in UTF-8 every byte below 128 is that character. (A byte-order mark, which decoding drops, is three
  // characters of line 1 here; line 1 is never a delimiter row, which follows a header row.)
  const bytes = Buffer.from(loaded.bytes.buffer, loaded.bytes.byteOffset, loaded.bytes.byteLength).toString('latin1');
  if (!mayContainTable(bytes) && !bytes.includes(DIRECTIVE_PREFIX)) {
    // A base is always compared: a page that held no table then (prose that gains a table) has a version
    // whose tables are none, so every row of the head's is an added row, as in a new file.
    if (!compared && !isBase) return { result: emptyFileResult(file) };
    const text = utf8Text(loaded.bytes);
    const document: MarkdownDocument = { tables: [], headings: [], notes: [], directives: [] };
    return { result: emptyFileResult(file), version: { source: text, document, judges: new Map(), lines: lineIndex(text) } };
  }
  // Checked to be UTF-8 above: this decodes.
  const source = utf8Text(loaded.bytes);
  // A head compared with its base reads every table in full: a checked table whose header changed
  // (STATUS renamed STATE) is judged by nothing now, yet its rows pair with the base's in the diff. A base
  // reads the headings above its tables, whatever the options need: tables pair with the head's under the
  // same headings (## Linux and ## Windows tables of the same columns are two tables, not one to match by rows).
  const selection = compared ? undefined : selectionFor(judgeAs, config);
  const outcome = await pool.parse(source, maxParseMs, selection && isBase ? { ...selection, headings: true } : selection);
  if ('timeout' in outcome) facts.parseTimeout = { budget: maxParseMs };
  if ('failure' in outcome) facts.parseFailure = { reason: outcome.failure };
  if (!('document' in outcome)) return failedVersion(facts, config);
  const { document } = outcome;
  // A legend is read with the reader, which may need the parser.
  const linted = await withParser(() => lintDocument(judgeAs, source, document, config, maxParseMs));
  if (linted.expired !== undefined) linted.violations.push(...fileProblems({ file, checkTimeout: { budget: maxParseMs, why: linted.expired } }, config).violations);
  // Judged under its old name, reported under the new one (gating matches findings by file).
  if (judgeAs !== file) linted.violations = linted.violations.map((violation) => ({ ...violation, file }));
  return {
    result: {
      ...emptyFileResult(file),
      tablesChecked: linted.tablesChecked,
      tablesLeftAlone: document.tables.length - linted.tablesChecked,
      violations: linted.violations,
      coverage: linted.coverage,
    },
    version: { source, document, judges: linted.judges, lines: linted.lines },
  };
}

/**
 * The change rules' findings and the keyed diff, for a file linted at both
 * versions. Loaded on demand: a run with no base (most CLI runs) never needs it.
 */
async function compare(file: string, base: Version, head: Version & { lines: number[] }, config: CompiledConfig): Promise<ChangeOutcome> {
  const { compareVersions } = await import('./changes.js');
  const names = tableNames(head.document.tables);
  return compareVersions(base, head, config, (meta, report, table, judge) => {
    const severity = judge?.severities[meta.id] ?? config.severities[meta.id] ?? report.severity ?? meta.severity;
    if (severity === 'off') return undefined;
    // Findings on a base table that is gone are named by its columns, which no head table has.
    const name = names.get(table) ?? table.columns.join(' | ');
    return toViolation(file, meta.id, severity, toFinding(meta, report), head.lines, head.source, name, table.index);
  });
}

/**
 * Applies suppressions (comments, `ignore:` entries) to a linted version and
 * reports the suppressions themselves. `run` is given for the head version
 * only: the base version's suppressions and judges do not count for the
 * config's own findings.
 */
function finish(linted: Linted, config: CompiledConfig, run: RunState | undefined, extra: Violation[] = [], compared = false): FileResult {
  const { result, version } = linted;
  if (!version) {
    // A file that could not be read is still one a file-wide `ignore:` may name (a generated page over the
    // size budget): its file findings are suppressed, counted and listed, as any other finding.
    if (config.ignore.length === 0 || result.violations.length === 0) return result;
    const ignored = applySuppressions({ file: result.file, violations: result.violations, directives: [], tables: [], judges: new Map(), config, compared, usedIgnores: run?.usedIgnores ?? new Set() });
    return { ...result, violations: ignored.violations, suppressed: ignored.suppressed };
  }
  const suppressions = applySuppressions({
    file: result.file,
    violations: [...result.violations, ...extra],
    directives: version.document.directives,
    tables: version.document.tables,
    judges: version.judges,
    config,
    compared,
    usedIgnores: run?.usedIgnores ?? new Set(),
    source: version.source,
  });
  for (const judge of version.judges.values()) if (judge.entry) run?.judgedEntries.add(judge.entry);
  const problems = suppressions.problems.flatMap((report) => resolve(result.file, unusedSuppression.meta, report, config, version.lines, version.source));
  return {
    ...result,
    violations: [...suppressions.violations, ...problems].sort((a, b) => a.line - b.line || a.column - b.column),
    suppressed: suppressions.suppressed,
  };
}

function resolve(file: string, meta: RuleMeta, report: Report, config: CompiledConfig, lines?: number[], source?: string): Violation[] {
  // The config's severity for the rule, else the report's own (a milder case of a rule), else the rule's.
  const severity = config.severities[meta.id] ?? report.severity ?? severityOf(config, meta.id);
  return severity === 'off' ? [] : [toViolation(file, meta.id, severity, toFinding(meta, report), lines, source)];
}

/** The findings of the file rules, for a file that could not be linted. */
function fileProblems(facts: FileFacts, config: CompiledConfig): FileResult {
  const result = emptyFileResult(facts.file);
  for (const rule of fileRules) rule.check({ facts, report: (report) => result.violations.push(...resolve(facts.file, rule.meta, report, config)) });
  return result;
}

/**
 * The 1-based line of the first byte sequence that is not UTF-8. No UTF-8
 * sequence contains a newline byte, so the lines can be checked one by one.
 */
export function firstNonUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}
