/**
 * What the Action reports, as data: built from the analysis in `mode: both`
 * and `analyse`, written as a JSON artifact by `analyse`, and read back by
 * `publish` in a workflow_run workflow that has a writing token.
 *
 * The artifact comes from a pull request's run, which a fork can change
 * entirely, so `publish` treats it as untrusted data: it is read with a size
 * budget from a regular file inside the workspace or the runner's temp
 * folder, validated against a JSON Schema (types, bounded sizes, no unknown
 * fields) and then against rules a schema cannot say (paths inside the
 * repository, line ranges in order, a suggestion's lines as many as its
 * range). Nothing in it is executed, and everything taken from it is
 * escaped and clipped again when it is published, like any finding.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { SuppressedViolation, Violation } from '../core/types.js';
import { diskLoader, textOf } from '../io/disk.js';
import type { FileChanges } from '../report/diff.js';
import { jsonViolation, type JsonViolation } from '../report/json.js';
import type { FixPatch } from './fix-patch.js';
import type { FailOn } from './inputs.js';
import type { Suggestion } from './suggestions.js';
import { COMMENT_BODY_CHARS, MAX_SUGGESTIONS } from './suggestions.js';
import { clip } from './limits.js';

/** A finding as the artifact carries it: the JSON report's fields, but the fix (fixes travel as suggestions and patches). */
export type ResultFinding = Omit<JsonViolation, 'fix'>;

export const RESULT_KIND = 'support-table-lint-result';
export const RESULT_VERSION = 1;

export interface ActionResult {
  kind: typeof RESULT_KIND;
  version: typeof RESULT_VERSION;
  /** The commit the findings are on (the PR head for pull requests). */
  headSha: string;
  /** The pull request analysed, if the run was for one. */
  pullRequest: { number: number } | null;
  isNew: boolean;
  filesChecked: number;
  tablesChecked: number;
  gating: ResultFinding[];
  existing: ResultFinding[];
  notices: string[];
  headConfigError?: string;
  /** The run's scope (its config and files), which its suggestions' markers carry. */
  scope: string;
  /** The `fail-on` the analysing run judged by. */
  failOn?: FailOn;
  /** The keyed diff of the checked tables against the base version. */
  changes?: FileChanges[];
  /**
   * Findings in the checked files that suppressions removed (at most
   * MAX_SUPPRESSED_LISTED), and how many there were: a comment the pull
   * request adds can silence a finding, and the reviewer must see that.
   */
  suppressed?: { count: number; findings: SuppressedFinding[] };
  suggestions: Suggestion[];
  /** Fixable findings inside the diff left to the patch because a review holds at most MAX_SUGGESTIONS. */
  overCap: number;
  /** The fixes not suggested, and all fixes of gating findings (shown when no review could be posted). */
  patches: { outside: FixPatch; all: FixPatch };
}

/** A finding a suppression comment or `ignore:` entry removed, with the reasons written there ('' when none). */
export type SuppressedFinding = ResultFinding & { reason: string };

/** Suppressed findings listed in the artifact and the summary; the count says how many there were. */
export const MAX_SUPPRESSED_LISTED = 1_000;

export const toSuppressedFinding = (v: SuppressedViolation): SuppressedFinding => ({
  ...toResultFinding(v),
  reason: v.suppressions.map((s) => s.justification).filter((reason) => reason !== '').join('; '),
});

export const toResultFinding = (v: Violation): ResultFinding => {
  const { fix: _fix, ...finding } = jsonViolation(v);
  return finding;
};

/** The largest artifact `publish` reads. */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;
/** Bounds of the schema; generous for real results, small enough that nothing in an artifact can exhaust the runner. */
const MAX_FINDINGS = 200_000;
const MAX_TEXT = 1024 * 1024;
const MAX_PATH = 4096;
const MAX_PATCH = 16 * 1024 * 1024;

const line = { type: 'integer', minimum: 1, maximum: 100_000_000 } as const;
const count = { type: 'integer', minimum: 0, maximum: 100_000_000 } as const;
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const sha = { type: 'string', pattern: '^(?:[0-9a-f]{40}|[0-9a-f]{64})$' } as const;

const finding = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message'],
  properties: {
    file: text(MAX_PATH),
    line,
    column: line,
    endLine: line,
    endColumn: line,
    severity: { enum: ['error', 'warning', 'notice'] },
    rule: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
    message: text(MAX_TEXT),
    suggestion: text(MAX_TEXT),
    field: text(MAX_TEXT),
    rowKey: text(MAX_TEXT),
  },
} as const;

const cells = { type: 'object', maxProperties: 1000, additionalProperties: text(MAX_TEXT) } as const;
const rowsOf = <T extends object>(item: T) => ({ type: 'array', maxItems: MAX_FINDINGS, items: item }) as const;
const tableChange = {
  type: 'object',
  additionalProperties: false,
  required: ['table', 'line', 'key', 'added', 'removed', 'renamed', 'changed'],
  properties: {
    table: text(MAX_TEXT),
    line,
    key: text(MAX_TEXT),
    added: rowsOf({ type: 'object', additionalProperties: false, required: ['key', 'line', 'cells'], properties: { key: text(MAX_TEXT), line, cells, group: text(MAX_TEXT) } }),
    removed: rowsOf({ type: 'object', additionalProperties: false, required: ['key', 'cells'], properties: { key: text(MAX_TEXT), cells, group: text(MAX_TEXT) } }),
    renamed: rowsOf({ type: 'object', additionalProperties: false, required: ['from', 'to', 'line'], properties: { from: text(MAX_TEXT), to: text(MAX_TEXT), line } }),
    moved: rowsOf({ type: 'object', additionalProperties: false, required: ['key', 'line', 'from'], properties: { key: text(MAX_TEXT), line, from: line, gone: { const: true }, group: text(MAX_TEXT) } }),
    changed: rowsOf({
      type: 'object',
      additionalProperties: false,
      required: ['key', 'line', 'columns'],
      properties: {
        key: text(MAX_TEXT),
        line,
        group: text(MAX_TEXT),
        columns: {
          type: 'array',
          maxItems: 1000,
          items: { type: 'object', additionalProperties: false, required: ['column', 'from', 'to'], properties: { column: text(MAX_TEXT), from: text(MAX_TEXT), to: text(MAX_TEXT) } },
        },
      },
    }),
    columns: {
      type: 'object',
      additionalProperties: false,
      required: ['added', 'removed'],
      properties: { added: { type: 'array', maxItems: 1000, items: text(MAX_TEXT) }, removed: { type: 'array', maxItems: 1000, items: text(MAX_TEXT) } },
    },
  },
} as const;

const fixPatch = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'findings'],
  properties: { text: text(MAX_PATCH), findings: count },
} as const;

export const RESULT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'version', 'headSha', 'pullRequest', 'isNew', 'filesChecked', 'tablesChecked', 'gating', 'existing', 'notices', 'scope', 'suggestions', 'overCap', 'patches'],
  properties: {
    kind: { const: RESULT_KIND },
    version: { const: RESULT_VERSION },
    headSha: sha,
    pullRequest: {
      oneOf: [
        { type: 'null' },
        { type: 'object', additionalProperties: false, required: ['number'], properties: { number: { type: 'integer', minimum: 1, maximum: 1_000_000_000 } } },
      ],
    },
    isNew: { type: 'boolean' },
    filesChecked: count,
    tablesChecked: count,
    gating: { type: 'array', maxItems: MAX_FINDINGS, items: finding },
    existing: { type: 'array', maxItems: MAX_FINDINGS, items: finding },
    notices: { type: 'array', maxItems: 100, items: text(64 * 1024) },
    headConfigError: text(MAX_TEXT),
    /** Which run's suggestions these are (suggestions.ts, suggestionScope): required, since a run without one would own every step's comments. */
    scope: { type: 'string', pattern: '^[0-9a-f]{16}$' },
    /** The analysing run's `fail-on`: the publishing run judges by the stricter of it and its own. */
    failOn: { enum: ['error', 'warning', 'never'] },
    changes: {
      type: 'array',
      maxItems: 100_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'changes'],
        properties: {
          file: text(MAX_PATH),
          deleted: { const: true },
          from: text(MAX_PATH),
          to: text(MAX_PATH),
          notCompared: text(MAX_TEXT),
          changes: { type: 'array', maxItems: 10_000, items: tableChange },
        },
      },
    },
    suppressed: {
      type: 'object',
      additionalProperties: false,
      required: ['count', 'findings'],
      properties: {
        count,
        findings: {
          type: 'array',
          maxItems: MAX_SUPPRESSED_LISTED,
          items: { ...finding, required: [...finding.required, 'reason'], properties: { ...finding.properties, reason: text(MAX_TEXT) } },
        },
      },
    },
    suggestions: {
      type: 'array',
      maxItems: MAX_SUGGESTIONS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'startLine', 'line', 'original', 'replacement', 'findings', 'fingerprint'],
        properties: {
          path: text(MAX_PATH),
          startLine: line,
          line,
          original: text(COMMENT_BODY_CHARS),
          replacement: text(COMMENT_BODY_CHARS),
          findings: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['rule', 'message'],
              properties: { rule: finding.properties.rule, message: text(COMMENT_BODY_CHARS) },
            },
          },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      },
    },
    overCap: count,
    patches: {
      type: 'object',
      additionalProperties: false,
      required: ['outside', 'all'],
      properties: { outside: fixPatch, all: fixPatch },
    },
  },
} as const;

/** A path of the repository: relative, `/`-separated, no `.` or `..` segment, no NUL. */
export const isInsideRepo = (path: string): boolean =>
  path !== '' && !path.startsWith('/') && !path.includes('\0') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

export class ArtifactError extends Error {}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Checks untrusted JSON; throws an ArtifactError naming the first problem. */
export function validateResult(data: unknown, where: string): ActionResult {
  validator ??= new Ajv2020({ strict: true, allErrors: false }).compile(RESULT_SCHEMA);
  if (!validator(data)) throw new ArtifactError(`${where} is not a support-table-lint result: ${describe(validator.errors?.[0])}`);
  const result = data as unknown as ActionResult;
  const problem = (at: string, what: string) => new ArtifactError(`${where} is not a support-table-lint result: ${at}: ${what}`);
  for (const [list, findings] of [['gating', result.gating], ['existing', result.existing], ['suppressed/findings', result.suppressed?.findings ?? []]] as const) {
    findings.forEach((f, i) => {
      if (!isInsideRepo(f.file)) throw problem(`/${list}/${i}/file`, 'must be a path inside the repository (relative, without `..`)');
      if (f.endLine < f.line) throw problem(`/${list}/${i}/endLine`, 'must not be before line');
    });
  }
  (result.changes ?? []).forEach((c, i) => {
    if (!isInsideRepo(c.file)) throw problem(`/changes/${i}/file`, 'must be a path inside the repository (relative, without `..`)');
    if (c.from !== undefined && !isInsideRepo(c.from)) throw problem(`/changes/${i}/from`, 'must be a path inside the repository (relative, without `..`)');
  });
  result.suggestions.forEach((s, i) => {
    if (!isInsideRepo(s.path)) throw problem(`/suggestions/${i}/path`, 'must be a path inside the repository (relative, without `..`)');
    if (s.line < s.startLine) throw problem(`/suggestions/${i}/line`, 'must not be before startLine');
    if (s.original.split('\n').length !== s.line - s.startLine + 1) throw problem(`/suggestions/${i}/original`, 'must hold exactly the lines startLine to line');
  });
  return result;
}

/** The artifact's own text in a message, clipped: a field name of 100,000 characters is the artifact's, not the log's. */
const short = (text: string): string => clip(text, 120, 'chars');

const describe = (error: ErrorObject | undefined): string => {
  if (!error) return 'unknown problem';
  const at = short(error.instancePath || '/');
  if (error.keyword === 'additionalProperties') return `${at}: unknown field "${short(String(error.params['additionalProperty']))}"`;
  return `${at}: ${error.message ?? error.keyword}`;
};

/**
 * Reads and validates the artifact at `path` (relative to the workspace, or
 * absolute inside the runner's temp folder): a regular file, no symlink out,
 * at most MAX_ARTIFACT_BYTES.
 */
export async function readResult(path: string, workspace: string, runnerTemp: string | undefined): Promise<ActionResult> {
  const target = resolve(workspace, path);
  const where = `The artifact ${path} (input \`artifact\`)`;
  const root = [workspace, ...(runnerTemp ? [runnerTemp] : [])].map((r) => resolve(r)).find((r) => {
    const rel = relative(r, target);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
  if (!root) throw new ArtifactError(`${where} is outside the workspace and the runner's temp folder; download it into the workspace.`);
  const loaded = await diskLoader(target, root)(MAX_ARTIFACT_BYTES);
  if (loaded.kind === 'missing') {
    throw new ArtifactError(`${where} does not exist. Download the analysing run's artifact first (actions/download-artifact with \`run-id: \${{ github.event.workflow_run.id }}\`).`);
  }
  // Its own limit, not the config's size budget: an honest analysing run writes at most MAX_ARTIFACT_BYTES (fitArtifact).
  if (loaded.kind === 'too-large') throw new ArtifactError(`${where} is larger than the ${MAX_ARTIFACT_BYTES} bytes a result artifact may have, so it is not read: it was not written by mode: analyse as it is.`);
  const content = textOf(loaded, MAX_ARTIFACT_BYTES);
  if (typeof content !== 'string') throw new ArtifactError(`${where} could not be read: ${content?.error ?? 'no such file'}.`);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new ArtifactError(`${where} is not JSON: ${(error as Error).message}.`);
  }
  return validateResult(data, where);
}

/** The artifact's text; the hash lets a reader of the log tell two artifacts apart. */
export function serialiseResult(result: ActionResult): { text: string; sha256: string } {
  const text = `${JSON.stringify(fitArtifact(result))}\n`;
  return { text, sha256: createHash('sha256').update(text).digest('hex') };
}

/**
 * The result cut to what `publish` accepts, so an honest run never writes
 * an artifact its publisher refuses: texts past MAX_TEXT are cut visibly,
 * and when there are more findings than MAX_FINDINGS or the whole is past
 * MAX_ARTIFACT_BYTES, pre-existing findings go first, then the last gating
 * ones, then the keyed diff, with a notice that says how many and where
 * they all are (this run's annotations and log, and its report-file).
 */
export function fitArtifact(result: ActionResult): ActionResult {
  const cut = (text: string): string => clip(text, MAX_TEXT, 'chars');
  const fit = (f: ResultFinding): ResultFinding => ({
    ...f,
    message: cut(f.message),
    ...(f.suggestion !== undefined ? { suggestion: cut(f.suggestion) } : {}),
    ...(f.field !== undefined ? { field: cut(f.field) } : {}),
    ...(f.rowKey !== undefined ? { rowKey: cut(f.rowKey) } : {}),
  });
  let gating = result.gating.slice(0, MAX_FINDINGS).map(fit);
  let existing = result.existing.slice(0, Math.max(0, MAX_FINDINGS - gating.length)).map(fit);
  const cutGroup = (row: { group?: string }) => (row.group === undefined ? {} : { group: cut(row.group) });
  const cells = (record: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(record).map(([k, v]) => [cut(k), cut(v)]));
  let changes = result.changes?.map((file) => ({
    ...file,
    ...(file.notCompared !== undefined ? { notCompared: cut(file.notCompared) } : {}),
    changes: file.changes.map((change) => ({
      ...change,
      table: cut(change.table),
      key: cut(change.key),
      added: change.added.slice(0, MAX_FINDINGS).map((row) => ({ ...row, key: cut(row.key), cells: cells(row.cells), ...cutGroup(row) })),
      removed: change.removed.slice(0, MAX_FINDINGS).map((row) => ({ ...row, key: cut(row.key), cells: cells(row.cells), ...cutGroup(row) })),
      renamed: change.renamed.slice(0, MAX_FINDINGS).map((row) => ({ ...row, from: cut(row.from), to: cut(row.to) })),
      changed: change.changed.slice(0, MAX_FINDINGS).map((row) => ({ ...row, key: cut(row.key), ...cutGroup(row), columns: row.columns.map((c) => ({ column: cut(c.column), from: cut(c.from), to: cut(c.to) })) })),
      ...(change.moved ? { moved: change.moved.slice(0, MAX_FINDINGS).map((row) => ({ ...row, key: cut(row.key), ...cutGroup(row) })) } : {}),
      ...(change.columns ? { columns: { added: change.columns.added.slice(0, 1000).map(cut), removed: change.columns.removed.slice(0, 1000).map(cut) } } : {}),
    })),
  }));
  // The count stays when the list goes: the summary still says how many were suppressed.
  let suppressed = result.suppressed && {
    count: result.suppressed.count,
    findings: result.suppressed.findings.slice(0, MAX_SUPPRESSED_LISTED).map((f) => ({ ...fit(f), reason: cut(f.reason) })),
  };
  // A patch past MAX_PATCH is more than any job summary shows (1 MiB): its text goes, its count stays.
  const fitPatch = (patch: FixPatch): FixPatch => (patch.text.length > MAX_PATCH ? { text: '', findings: patch.findings } : patch);
  let patches = { outside: fitPatch(result.patches.outside), all: fitPatch(result.patches.all) };
  const size = (): number => Buffer.byteLength(JSON.stringify({ ...result, gating, existing, changes, suppressed, patches }));
  while (size() > MAX_ARTIFACT_BYTES * 0.9) {
    if (suppressed && suppressed.findings.length > 0) suppressed = { count: suppressed.count, findings: [] };
    else if (existing.length > 0) existing = [];
    else if (changes !== undefined && changes.length > 0) changes = [];
    else if (patches.all.text !== '' || patches.outside.text !== '') patches = { outside: { text: '', findings: patches.outside.findings }, all: { text: '', findings: patches.all.findings } };
    else if (gating.length > 0) gating = gating.slice(0, Math.floor(gating.length / 2));
    else break;
  }
  const patchNotice =
    (patches.all.text === '' && result.patches.all.text !== '') || (patches.outside.text === '' && result.patches.outside.text !== '')
      ? ['The patch of fixes is too large for the result artifact: run `support-table-lint --fix-dry-run --format diff` (from a clone, `node dist/cli.js --fix-dry-run --format diff`) on the changed files for it.']
      : [];
  const kept = { ...result, gating, existing, patches, ...(changes !== undefined ? { changes } : {}), ...(suppressed ? { suppressed } : {}), notices: [...result.notices, ...patchNotice].slice(-100) };
  const left = result.gating.length - gating.length + result.existing.length - existing.length;
  if (left === 0 && (changes === undefined || changes.length === (result.changes?.length ?? 0))) return kept;
  const notice =
    `The result artifact holds ${gating.length} of ${result.gating.length} new findings and ${existing.length} of ${result.existing.length} pre-existing ones` +
    `${changes !== undefined && changes.length < (result.changes?.length ?? 0) ? ', without the support changes' : ''}, to stay within what the publishing run reads; ` +
    'the analysing run has them all (its annotations and log, and its report-file when set).';
  return { ...kept, notices: [...kept.notices, notice].slice(-100) };
}
