/**
 * Reads and checks the config file and the schemas it names, and compiles
 * everything once, with one Ajv. File access goes through `read` so the core
 * stays pure (the CLI reads the disk, the Action the base commit). Every
 * problem becomes a ConfigError naming the file, the line, the path inside
 * it and what to fix.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import { posix } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { loadGlob, matcher } from '../io/glob.js';
import type { Document, LineCounter } from 'yaml';

/** The YAML parser, loaded with the first config file (a bundle chunk of its own): a run without a config never loads it. */
let yaml: typeof import('yaml');
import type { SeverityOrOff } from '../core/types.js';
import { RULE_IDS } from '../rules/index.js';
import type { Ajv } from '../schema/ajv.js';
import { PRECOMPILED_PRESETS } from '../schema/precompiled.js';
import { duplicateKey, DUPLICATE_KEY } from './unique-keys.js';
import { compileSchema, mergeOptions, REF_LOOP, type CompiledSchema } from '../schema/compile.js';
import { OPTIONS_KEYWORD } from '../schema/keywords.js';
import { LINK_AGREEMENT_KEYWORD, UNSHARED_GROUPS, unsharedGroups } from '../schema/link-agreement.js';
import { CONFIG_SCHEMA, CONFIG_SCHEMA_ID } from '../schema/preset-schemas.js';
import { compilePresets, PRESET_NAMES, type Preset } from '../schema/presets.js';
import { suggest } from '../schema/suggest.js';
import { compilePattern, loadPatternEngine } from '../schema/regex.js';
import type { SourceData } from '../sources/data.js';
import { ConfigError } from './errors.js';
import type { Budgets, Config, SourceDefinition, TableEntry, TableOptions } from './types.js';
import { columnKey } from '../markdown/select.js';
import { foldColumn, RESERVED_PROPERTIES } from '../schema/row-object.js';
import { keyFold } from '../markdown/read.js';

/** An entry's `ignore:` item: findings of these rules (none: all) on these rows (none: all), folded. */
export interface CompiledRowIgnore {
  rules: string[];
  rows: string[];
  reason: string;
  /** Line of the item in the config file. */
  line: number;
}

/** A top-level `ignore:` item. */
export interface CompiledFileIgnore {
  /** The `files:` globs as written (relative to the config's base). */
  files: string[];
  matchesFile(path: string): boolean;
  rules: string[];
  reason: string;
  line: number;
}

export interface CompiledEntry {
  /** How messages and `--verbose` name it: `tables[0] (preset kata-support-levels)`. */
  label: string;
  files?: string[];
  matchesFile(path: string): boolean;
  match?: { columns?: string[]; heading?: string };
  /**
   * The columns it needs are a built-in preset's (no `match.columns` of the
   * user's own): a header close to one of them is the page's slip, not the
   * config's, and near-match may fix the page.
   */
  presetColumns?: boolean;
  schema: CompiledSchema;
  /** The schema's `x-support-table-lint` options, overridden by the entry's. */
  options: TableOptions;
  /** Schema defaults, then the config's top-level severities, then the entry's own. */
  severities: Record<string, SeverityOrOff>;
  ignore: CompiledRowIgnore[];
  /** Line of the entry in the config file (0 for `--preset`). */
  line: number;
  /** `file:line: tables[i].path` for a place inside the entry, for messages (absent for `--preset`). */
  at?: (segments: (string | number)[]) => string;
}

/** A `sources:` entry, with what loading it needs. */
export interface CompiledSource {
  name: string;
  definition: SourceDefinition;
  key: string[];
  /** A path the source names, relative to the working directory. */
  resolve(path: string): string;
  /** `file:line: sources.NAME.what` for messages (`extract.pattern` or `['extract', 'pattern', 1]`). */
  at(what: string | (string | number)[]): string;
}

export interface CompiledConfig {
  configFile: string | null;
  /** The folder the config's paths are relative to (relative to the working directory). */
  base: string;
  sources: CompiledSource[];
  /** The sources' data, once loaded (`loadSources`); empty until then. */
  sourceData: ReadonlyMap<string, SourceData>;
  entries: CompiledEntry[];
  /** Every built-in preset, for tables no entry claims when there is no config file. */
  presets: Preset[];
  severities: Record<string, SeverityOrOff>;
  budgets: Budgets;
  ignore: CompiledFileIgnore[];
}

/** Returns a file's text; undefined when it does not exist; `{ error }` when it must not or cannot be read. */
/** Names a config is easily given that neither the CLI nor the Action looks for: said when there is no config. */
export const MISNAMED_CONFIGS = [
  'support-table-lint.yml',
  'support-table-lint.yaml',
  '.support-table-lint.yaml',
  '.support-table-lint.json',
  '.github/support-table-lint.yaml',
  '.github/.support-table-lint.yml',
];

export type ReadText = (path: string) => Promise<string | { error: string } | undefined>;

export interface LoadOptions {
  /** The config file's path (relative to the working directory), or null when there is none. */
  file: string | null;
  /** Paths relative to the working directory (the loader resolves the config's own paths against its folder). */
  read: ReadText;
  /** `--preset NAME`: apply this preset to every table whose columns match it. */
  preset?: string;
}

export const DEFAULT_BUDGETS: Budgets = { maxFileBytes: 10 * 1024 * 1024, maxParseMs: 10_000 };

const TABLE_OPTION_KEYS = ['key', 'unique', 'order', 'groups', 'columns', 'notes', 'severities', 'references', 'transitions', 'monotonic', 'legend'] as const;

/** `/` separators and no leading `./`, as paths are compared here. */
const toPosix = (path: string): string => path.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * The folder a config's paths are relative to (its `schema:` and source
 * paths, and what its `files:` globs match): the config file's own folder, as
 * ESLint's and markdownlint-cli2's configs have it, except for a config in a
 * `.github/` folder, whose paths are relative to the folder that holds
 * `.github/` (the repository root), as GitHub's own `.github/CODEOWNERS`.
 * Returned relative to the working directory (`.` for it).
 */
export function configBase(file: string): string {
  const dir = posix.dirname(toPosix(file));
  return posix.basename(dir) === '.github' ? posix.dirname(dir) : dir;
}

/**
 * A `match: columns` name that the entry's schema does not name, while it
 * names one close to it (`Stge` for `Stage`), is a typo in the config: the
 * entry would never judge the table, and near-match would ask the document
 * to rename its correct column to the typo.
 */
function matchColumnsKnown(entry: TableEntry, schema: CompiledSchema, at: (index: number) => string): void {
  const problems: string[] = [];
  (entry.match?.columns ?? []).forEach((column, i) => {
    const key = columnKey(column);
    if (schema.properties.some((name) => columnKey(name) === key) || schema.patterns.some((pattern) => pattern.test(column))) return;
    const close = suggest(column, schema.properties);
    if (close !== undefined) problems.push(`${at(i)}: "${column}" is no column the schema names; did you mean "${close}"?`);
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
}

/** A reference's `pattern:` must compile on RE2 and name the group `value`: a broken one would check nothing. */
async function checkReferencePatterns(config: Config, source: Source): Promise<void> {
  const problems: string[] = [];
  if (!config.tables.some((entry) => (entry.references ?? []).some((reference) => reference.pattern !== undefined))) return;
  await loadPatternEngine();
  for (const [index, entry] of config.tables.entries()) {
    for (const [r, reference] of (entry.references ?? []).entries()) {
      if (reference.pattern === undefined) continue;
      const at = source.at(['tables', index, 'references', r, 'pattern']);
      try {
        compilePattern(reference.pattern);
      } catch (error) {
        problems.push(`${at}: ${(error as Error).message}`);
        continue;
      }
      if (!/\(\?P?<value>/.test(reference.pattern)) problems.push(`${at}: the pattern has no group named value; write the part that names an item as (?<value>...)`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
}

/** A path the config writes, as a path relative to the working directory. */
export const resolveIn = (base: string, path: string): string =>
  posix.isAbsolute(toPosix(path)) ? toPosix(path) : posix.normalize(posix.join(base, toPosix(path)));

/** Whether the config's folder lies within the working directory: its globs are then globs of the tree there. */
export const baseWithin = (config: Pick<CompiledConfig, 'base'>): boolean => !(config.base === '..' || config.base.startsWith('../') || config.base.startsWith('/'));

/** The config's folder as messages name it: what `files:` globs are relative to. */
export const baseText = (config: Pick<CompiledConfig, 'base'>): string => (config.base === '.' ? 'the working directory' : `${config.base}/`);

/** A linted file's path as the config's `files:` globs see it: relative to the config's base (`../` when outside). */
export const relativeTo = (base: string, file: string): string => (base === '.' ? toPosix(file) : posix.relative(base, toPosix(file)) || '.');

export async function loadConfig(options: LoadOptions): Promise<CompiledConfig> {
  // Ajv (a chunk of its own) is loaded only to compile at run time: a config's
  // own schemas, or everything when run from sources (no build-time validators).
  // A run with no config, or with presets only, uses the validators made at build time.
  let ajv: Ajv | undefined;
  const getAjv = async (): Promise<Ajv> => (ajv ??= (await import('../schema/ajv.js')).createAjv());
  if (!PRECOMPILED_PRESETS) await getAjv();
  const presets = compilePresets(() => ajv!);
  if (options.preset !== undefined && !PRESET_NAMES.includes(options.preset)) {
    throw new ConfigError(`unknown preset "${options.preset}"; use one of ${PRESET_NAMES.join(', ')}`);
  }
  const everywhere = (): CompiledEntry[] => {
    const preset = presets.find(({ name }) => name === options.preset);
    return preset ? [presetEverywhere(preset)] : [];
  };
  if (options.file === null) {
    return { configFile: null, base: '.', sources: [], sourceData: new Map(), entries: everywhere(), presets, severities: {}, budgets: { ...DEFAULT_BUDGETS }, ignore: [] };
  }
  // Loaded side by side: the YAML parser, the config validator, the file, and picomatch for `files:` (fileMatcher uses it synchronously).
  const [yamlModule, { PRECOMPILED_CONFIG }, text] = await Promise.all([import('yaml'), import('../schema/precompiled-config.js'), options.read(options.file), loadGlob()]);
  yaml = yamlModule;
  const source = parseYaml(options.file, text);
  const config = checkConfig(source, PRECOMPILED_CONFIG ?? (await getAjv()).getSchema(CONFIG_SCHEMA_ID)!);
  // Globs with several `*` in a segment match on RE2 (io/glob.ts), loaded now: fileMatcher is synchronous.
  await loadGlob([...config.tables.flatMap((entry) => entry.files ?? []), ...(config.ignore ?? []).flatMap((ignore) => ignore.files)]);
  const base = configBase(options.file);
  // A config's own schemas are compiled with Ajv, and their patterns run on RE2 (see schema/regex.ts).
  const ownSchemas = config.tables.some((entry) => entry.schema !== undefined);
  if (ownSchemas) await loadPatternEngine();
  const schemaFiles = ownSchemas ? new SchemaFiles(options.read, await getAjv(), config.sources ?? {}) : undefined;
  await checkReferencePatterns(config, source);
  const schemas = new Map<string, CompiledSchema>();
  const entries: CompiledEntry[] = [];
  for (const [index, entry] of config.tables.entries()) {
    let schema: CompiledSchema;
    let what: string;
    if (entry.preset !== undefined) {
      schema = presets.find(({ name }) => name === entry.preset)!.schema;
      what = `preset ${entry.preset}`;
    } else {
      const path = resolveIn(base, entry.schema!);
      const where = source.at(['tables', index, 'schema']);
      if (!schemas.has(path)) schemas.set(path, await schemaFiles!.compile(path, where, base));
      schema = schemas.get(path)!;
      what = `schema ${path}`;
    }
    matchColumnsKnown(entry, schema, (i) => source.at(['tables', index, 'match', 'columns', i]));
    entries.push({
      ...compileEntry(entry, schema, config.severities ?? {}, base, `tables[${index}] (${what})`, source.line(['tables', index]), (i) => source.line(['tables', index, 'ignore', i])),
      at: (segments) => source.at(['tables', index, ...segments]),
    });
  }
  entries.push(...everywhere());
  const sources = Object.entries(config.sources ?? {}).map(
    ([name, definition]): CompiledSource => ({
      name,
      definition,
      key: typeof definition.key === 'string' ? [definition.key] : definition.key,
      resolve: (path) => resolveIn(base, path),
      at: (what) => source.at(['sources', name, ...(typeof what === 'string' ? what.split('.') : what)]),
    }),
  );
  return {
    configFile: options.file,
    base,
    sources,
    sourceData: new Map(),
    entries,
    presets,
    severities: config.severities ?? {},
    budgets: { ...DEFAULT_BUDGETS, ...config.budgets },
    ignore: (config.ignore ?? []).map((ignore, index) => ({
      files: ignore.files,
      matchesFile: fileMatcher(ignore.files, base),
      rules: ignore.rules ?? [],
      reason: ignore.reason ?? '',
      line: source.line(['ignore', index]),
    })),
  };
}

function presetEverywhere({ name, schema }: Preset): CompiledEntry {
  return {
    label: `--preset ${name}`,
    matchesFile: () => true,
    match: { columns: schema.required },
    presetColumns: true,
    schema,
    options: schema.options,
    severities: { ...schema.options.severities },
    ignore: [],
    line: 0,
  };
}

/** Globs as `files:` writes them (picomatch, dotfiles included), against paths relative to the config's base. */
function fileMatcher(globs: string[], base: string): (path: string) => boolean {
  const matches = matcher(globs, { dot: true });
  return (path) => matches(relativeTo(base, path));
}

function compileEntry(
  entry: TableEntry,
  schema: CompiledSchema,
  severities: Record<string, SeverityOrOff>,
  base: string,
  label: string,
  line: number,
  ignoreLine: (index: number) => number,
): CompiledEntry {
  const own: TableOptions = {};
  for (const key of TABLE_OPTION_KEYS) if (entry[key] !== undefined) Object.assign(own, { [key]: entry[key] });
  const options = mergeOptions(schema.options, own);
  const compiled: CompiledEntry = {
    label,
    matchesFile: () => true,
    schema,
    options,
    severities: { ...schema.options.severities, ...severities, ...entry.severities },
    ignore: (entry.ignore ?? []).map((ignore, index) => ({
      rules: [...(ignore.rule !== undefined ? [ignore.rule] : []), ...(ignore.rules ?? [])],
      // As unique-key compares keys (case, invisible characters, look-alike letters): the row it names is that row.
      rows: (ignore.rows ?? []).map(keyFold),
      reason: ignore.reason ?? '',
      line: ignoreLine(index),
    })),
    line,
  };
  if (entry.files !== undefined) {
    compiled.files = entry.files;
    compiled.matchesFile = fileMatcher(entry.files, base);
  }
  if (entry.match !== undefined) compiled.match = entry.match;
  if (entry.preset !== undefined && entry.match?.columns === undefined) compiled.presetColumns = true;
  return compiled;
}

// ---------------------------------------------------------------------------
// YAML with positions

interface Source {
  file: string;
  value: unknown;
  /** `file:line: path` for a location inside the document (`key` names a property of that node). */
  at(segments: (string | number)[], key?: string): string;
  /** The line of a location inside the document. */
  line(segments: (string | number)[]): number;
}

function parseYaml(file: string, text: string | { error: string } | undefined): Source {
  if (text === undefined) throw new ConfigError(`${file}: cannot read the file; check that it exists and is readable`);
  if (typeof text !== 'string') throw new ConfigError(`${file}: cannot read the file: ${text.error}`);
  const lineCounter = new yaml.LineCounter();
  // `merge`: YAML's `<<: *defaults` merge keys, which configs and schemas use to share options.
  const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
  const syntax = /\.json$/i.test(file) ? 'JSON' : 'YAML';
  const problem = document.errors[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    // The yaml library reads nesting by recursion and reports its stack overflow as a syntax error.
    const message = /Maximum call stack/.test(problem.message) ? 'nested too deeply to read (a few hundred levels at most); flatten it' : problem.message.split('\n')[0];
    throw new ConfigError(`${file}:${line}: invalid ${syntax}: ${message}`);
  }
  const repeated = duplicateKey(document, yaml);
  if (repeated) throw new ConfigError(`${file}:${lineCounter.linePos(repeated.range?.[0] ?? 0).line}: invalid ${syntax}: ${DUPLICATE_KEY}`);
  const at = (segments: (string | number)[], key?: string): string => {
    const line = lineOf(document, lineCounter, segments, key);
    const path = formatPath(key === undefined ? segments : [...segments, key]);
    return `${file}:${line}${path ? `: ${path}` : ''}`;
  };
  return { file, value: toJS(document, file), at, line: (segments) => lineOf(document, lineCounter, segments) };
}

/**
 * The document as data. A YAML alias bomb (aliases expanding into billions
 * of nodes) is stopped by the yaml library's `maxAliasCount`; say what it is.
 */
function toJS(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      throw new ConfigError(`${file}:1: too many YAML aliases (more than 100 expansions); write the values out instead of repeating them with *aliases`);
    }
    throw new ConfigError(`${file}:1: ${message}`);
  }
}

/** The line of the deepest node on the path that exists (a missing property is reported on its parent). */
function lineOf(document: Document, lineCounter: LineCounter, segments: (string | number)[], key?: string): number {
  let node: unknown = document.contents;
  let offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0;
  const pairOf = (map: unknown, name: string) =>
    yaml.isMap(map) ? map.items.find((pair) => String(yaml.isScalar(pair.key) ? pair.key.value : pair.key) === name) : undefined;
  for (const segment of segments) {
    const next = yaml.isSeq(node) ? node.items[Number(segment)] : pairOf(node, String(segment))?.value;
    const range = (next as { range?: [number] } | null | undefined)?.range;
    if (!range) break;
    node = next;
    offset = range[0];
  }
  if (key !== undefined) {
    const keyRange = (pairOf(node, key)?.key as { range?: [number] } | undefined)?.range;
    if (keyRange) offset = keyRange[0];
  }
  return lineCounter.linePos(offset).line;
}

/** `tables[0].notes.requiredWhen["Support State"]` */
export function formatPath(segments: (string | number)[]): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number' || /^\d+$/.test(segment)) return `[${segment}]`;
      if (/^[A-Za-z_$][\w$-]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

// ---------------------------------------------------------------------------
// The config file

const segmentsOf = (instancePath: string): string[] =>
  instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping (key: value pairs)',
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
};

/** `validate`: the config schema's validator (made at build time, or by Ajv from sources). */
function checkConfig(source: Source, validate: AnyValidateFunction): Config {
  if (source.value === null || source.value === undefined) {
    throw new ConfigError(`${source.file}:1: the file is empty; add a "tables:" list (see schemas/config.schema.json)`);
  }
  const problems: string[] = [];
  if (!validate(source.value)) problems.push(...explainConfigErrors(validate.errors ?? [], source));
  const config = source.value as Config;
  if (problems.length === 0) {
    const unknown = (rule: string, at: string): void => {
      if (!RULE_IDS.includes(rule)) problems.push(`${at}: ${unknownRuleText(rule)}`);
    };
    const check = (severities: Record<string, unknown> | undefined, segments: (string | number)[]) => {
      for (const rule of Object.keys(severities ?? {})) unknown(rule, source.at(segments, rule));
    };
    check(config.severities, ['severities']);
    config.tables.forEach((entry, index) => {
      check(entry.severities, ['tables', index, 'severities']);
    });
    // Every glob is compiled and asked of every file: a config of 250,000 globs took 2 GB and ended in
    // V8's out-of-memory crash. Bounded, and said where the count passes the bound.
    let globs = 0;
    const count = (list: readonly string[] | undefined, segments: (string | number)[]): void => {
      const before = globs;
      globs += list?.length ?? 0;
      if (before <= MAX_GLOBS && globs > MAX_GLOBS) {
        problems.push(`${source.at(segments)}: the config names more than ${MAX_GLOBS.toLocaleString('en-US')} globs in all (files: of its entries, ignore: entries and sources); use fewer, broader globs (\`docs/**\` rather than a glob per file)`);
      }
    };
    config.tables.forEach((entry, index) => count(entry.files, ['tables', index, 'files']));
    (config.ignore ?? []).forEach((entry, index) => count(entry.files, ['ignore', index, 'files']));
    for (const [name, data] of Object.entries(config.sources ?? {})) if ('extract' in data && data.extract) count(data.extract.files, ['sources', name, 'extract', 'files']);
    // An unknown rule in an `ignore:` entry is not an error here: as in a suppression comment, it is
    // reported as unused-suppression (engine/pipeline.ts) and suppresses nothing.
    const names = Object.keys(config.sources ?? {});
    config.tables.forEach((entry, index) =>
      (entry.references ?? []).forEach((reference, r) => {
        if (names.includes(reference.source)) return;
        const close = suggest(reference.source, names);
        problems.push(
          `${source.at(['tables', index, 'references', r, 'source'])}: unknown source "${reference.source}"; ` +
            (names.length > 0 ? `use one of ${names.join(', ')}${close ? `. Did you mean "${close}"?` : ''}` : 'define it under sources: at the top of the config'),
        );
      }),
    );
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}

/** Ajv's errors for a config (or a schema's table options), one line each, with the place and what to write. */
function explainConfigErrors(errors: readonly ErrorObject[], source: Source): string[] {
  const problems: string[] = [];
  // A value that may take several shapes (`monotonic`: one or a list) fails each: when one branch has an error
  // deeper in the value, that is the mistake, and the others ("must be a list", "must match a schema in anyOf") are noise.
  const deeper = (path: string): boolean => errors.some((other) => other.instancePath.startsWith(`${path}/`));
  const said = errors.filter((error) => !(deeper(error.instancePath) && ['anyOf', 'oneOf', 'type'].includes(error.keyword)));
  // A value of neither shape (`pattern: 5` where a string or a list is asked) fails each branch's type:
  // one line that names both shapes, not one per branch and a third about the choice.
  for (const choice of said.filter((error) => ['anyOf', 'oneOf'].includes(error.keyword))) {
    const here = said.filter((error) => error.instancePath === choice.instancePath && error !== choice);
    if (here.length === 0 || !here.every((error) => error.keyword === 'type')) continue;
    const shapes = here.map((error) => TYPE_NAMES[String(error.params.type)] ?? String(error.params.type));
    problems.push(`${source.at(segmentsOf(choice.instancePath))}: must be ${shapes.join(' or ')}`);
    for (const error of [choice, ...here]) said.splice(said.indexOf(error), 1);
  }
  for (const error of said) {
    const problem = explainConfigError(error, source);
    if (problem && !problems.includes(problem)) problems.push(problem);
  }
  return problems;
}

/** Globs a config may name in all (its entries', its ignore: entries' and its sources'). */
export const MAX_GLOBS = 10_000;

const SOURCE_KINDS = ['file', 'extract', 'table', 'url'] as const;

/** What the options of only some kinds of source are for (schemas/config.schema.json forbids them on the others). */
const SOURCE_OPTIONS = {
  items: 'it points at the items inside a file: or url: document',
  each: 'it reads a list inside the items of a file: or url: document; an extract: or table: source makes flat items already',
  maxBytes: 'it bounds the answer of a url: source; files are bounded by budgets.maxFileBytes',
  timeoutMs: 'it bounds the wait for a url: source',
};

function explainConfigError(error: ErrorObject, source: Source): string | undefined {
  const segments = segmentsOf(error.instancePath);
  const at = (key?: string) => source.at(segments, key);
  const params = error.params;
  // The preset-or-schema `oneOf` of a table entry is explained once, on the entry; its branches' errors are noise.
  const entryChoice = /^\/tables\/\d+$/.test(error.instancePath);
  // So is a source's choice of kind (file, extract, table or url).
  const sourceChoice = /^\/sources\/[^/]+$/.test(error.instancePath);
  if ((entryChoice || sourceChoice) && error.keyword === 'required' && error.schemaPath.includes('/oneOf/')) return undefined;
  if (sourceChoice && (error.keyword === 'oneOf' || error.keyword === 'errorMessage') && isObject(error.data)) {
    const kinds = SOURCE_KINDS.filter((kind) => (error.data as Json)[kind] !== undefined);
    if (kinds.length > 1) return `${at()}: has ${kinds.join(' and ')}; a source is one kind: keep one of them`;
  }
  // An option of another kind of source (`items:` on an `extract:`), which the schema forbids with a `false`
  // for each such option under an `if` of the kind: said on the option, once; the `if` itself is noise.
  if (sourceChoice && error.keyword === 'if') return undefined;
  const option = /^\/sources\/[^/]+\/(items|each|maxBytes|timeoutMs)$/.exec(error.instancePath)?.[1] as keyof typeof SOURCE_OPTIONS | undefined;
  if (option !== undefined && error.keyword === 'false schema') {
    const definition = segments.slice(0, -1).reduce<unknown>((node, segment) => (isObject(node) ? node[segment] : undefined), source.value);
    const kinds = SOURCE_KINDS.filter((kind) => isObject(definition) && definition[kind] !== undefined);
    // A source of two kinds is said to be one (above); which options fit is for after.
    if (kinds.length !== 1) return undefined;
    return `${at()}: ${kinds[0] === 'extract' ? 'an' : 'a'} ${kinds[0]}: source takes no ${option}: (${SOURCE_OPTIONS[option]}); remove it`;
  }
  switch (error.keyword) {
    case 'oneOf':
      if (entryChoice) {
        const entry = error.data as TableEntry;
        return entry.preset !== undefined && entry.schema !== undefined
          ? `${at()}: has both preset and schema; keep one of them`
          : `${at()}: needs either preset: NAME (one of ${PRESET_NAMES.join(', ')}) or schema: PATH`;
      }
      break;
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = knownKeys(error.parentSchema);
      const close = suggest(key, allowed);
      return `${at(key)}: unknown option "${key}"; use one of ${allowed.join(', ')}` + (close ? `. Did you mean "${close}"?` : '');
    }
    case 'required':
      return `${at()}: missing "${String(params.missingProperty)}"`;
    case 'enum': {
      const allowed = (error.schema as unknown[]).map(String);
      const close = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
      const what = segments.at(-1) === 'preset' ? 'unknown preset' : 'unknown value';
      return `${at()}: ${what} ${JSON.stringify(error.data)}; use one of ${allowed.join(', ')}` + (close ? `. Did you mean "${close}"?` : '');
    }
    case 'type':
      return `${at()}: must be ${TYPE_NAMES[String(params.type)] ?? params.type}`;
    case 'propertyNames':
      return undefined; // reported by the name's own `pattern` error, which follows
    case 'pattern':
      if (error.propertyName !== undefined) {
        return `${at(error.propertyName)}: "${error.propertyName}" is not a rule id (lowercase words joined by hyphens)`;
      }
      break;
  }
  return `${at()}: ${error.message ?? 'is invalid'}`;
}

/** Property names a config object may have, following its `$ref` to the shared table options. */
function knownKeys(schema: unknown): string[] {
  const keys: string[] = [];
  const collect = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { properties, $ref } = node as { properties?: object; $ref?: string };
    if (typeof $ref === 'string' && $ref.startsWith('#/$defs/')) {
      collect((CONFIG_SCHEMA as { $defs: Record<string, unknown> }).$defs[$ref.slice('#/$defs/'.length)]);
    }
    if (properties) keys.push(...Object.keys(properties));
  };
  collect(schema);
  return [...new Set(keys)];
}

// ---------------------------------------------------------------------------
// User schemas

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where schemas without an `$id` are registered, so that relative `$ref`s between files resolve. */
const LOCAL_ID_BASE = 'https://support-table-lint.invalid/local/';
/** More files than this reached through `$ref` are refused (a loop is followed once anyway). */
const MAX_REFERENCED_FILES = 100;

const hasScheme = (ref: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(ref);

/**
 * The schema files of one config, each read, parsed, checked against the
 * draft 2020-12 meta-schema and registered once. A schema may `$ref` another
 * local file by relative path (`./base.schema.yaml#/$defs/version`), YAML or
 * JSON: the file is found beside the schema that names it and registered
 * under the URI that `$ref` resolves to, so nothing is fetched.
 */
class SchemaFiles {
  private readonly loaded = new Map<string, Json>();
  private readonly refIndex = newRefIndex();
  private readonly sources = new Map<string, Source>();
  private referenced = 0;

  constructor(
    private readonly read: ReadText,
    private readonly ajv: Ajv,
    /** The config's `sources:`, which a schema's own `references` must name. */
    private readonly sourceNames: Readonly<Record<string, unknown>> = {},
  ) {}

  async compile(path: string, where: string, base: string): Promise<CompiledSchema> {
    const schema = await this.load(path, undefined, where, base);
    const limit = expansionPastLimit(schema, this.refIndex);
    if (limit !== undefined) {
      throw new ConfigError(
        `${path}:1: invalid JSON Schema: its $refs expand to more than ${limit} subschemas to check on every row (a $ref reached many times over, through other $refs), which would take minutes or never end; use each definition from fewer places`,
      );
    }
    let compiled: CompiledSchema;
    try {
      compiled = compileSchema(schema, this.ajv, path);
    } catch (error) {
      throw this.located(error, path);
    }
    // Now with the values a column's $ref leads to: an if testing a value the column's enum (kept in $defs, or in
    // another file) does not allow, which the check when the file loaded, on inline enums, could not see.
    const dead = deadCondition(schema, compiled.enums);
    const at = this.sources.get(path);
    if (dead && at) throw new ConfigError(`${at.at(dead.segments)}: ${dead.message}`);
    // Sources of truth the schema's own references name are held to the config's sources as the config's are.
    const names = Object.keys(this.sourceNames);
    (compiled.options.references ?? []).forEach((reference, r) => {
      if (this.sourceNames[reference.source] !== undefined) return;
      const close = suggest(reference.source, names);
      const at = this.sources.get(path)?.at([OPTIONS_KEYWORD, 'references', String(r), 'source']) ?? `${path}: ${OPTIONS_KEYWORD}.references[${r}].source`;
      throw new ConfigError(
        `${at}: unknown source "${reference.source}"; ` +
          (names.length > 0 ? `the config's sources: are ${names.join(', ')}${close ? `. Did you mean "${close}"?` : ''}` : 'define it under sources: at the top of the config'),
      );
    });
    // Rule ids in the schema's own severities are held to the rule list as the config's are.
    for (const rule of Object.keys(compiled.options.severities ?? {})) {
      if (!RULE_IDS.includes(rule)) throw new ConfigError(`${path}: ${OPTIONS_KEYWORD}.severities: ${unknownRuleText(rule)}`);
    }
    return compiled;
  }

  /**
   * Ajv names no place for what it refuses while compiling (an unknown
   * keyword, a pattern RE2 cannot run, a $ref to nothing), and reports it
   * against the top schema: find the node in the files read (a $ref'd one
   * too) and name its file, line and path, as for every other config error.
   */
  private located(error: unknown, top: string): unknown {
    const prefix = `${top}: invalid JSON Schema: `;
    if (!(error instanceof ConfigError) || !error.message.startsWith(prefix)) return error;
    const message = error.message.slice(prefix.length);
    const find = (match: (key: string, value: unknown) => boolean): string | undefined => {
      for (const [path, json] of this.loaded) {
        const segments = findNode(json, match);
        if (segments) return this.sources.get(path)!.at(segments);
      }
      return undefined;
    };
    const keyword = /^strict mode: unknown keyword: "([^"]+)"/.exec(message)?.[1];
    if (keyword !== undefined) {
      const at = find((key) => key === keyword);
      // The keywords Ajv knows (draft 2020-12's and this project's); keywords are short, so one letter missing or added (`enm`) is a typo too.
      const known = Object.keys(this.ajv.RULES.keywords);
      const close = suggest(keyword, known) ?? known.find((name) => Math.abs(name.length - keyword.length) === 1 && distance(name, keyword) === 1);
      if (at) return new ConfigError(`${at}: unknown keyword "${keyword}"${close ? `; did you mean "${close}"?` : ' (not a keyword of JSON Schema draft 2020-12; remove it, or keep a note in description or $comment)'}`);
    }
    const pattern = /^the pattern (.*) is not supported \(/.exec(message)?.[1];
    if (pattern !== undefined) {
      // A `pattern`, a `patternProperties` name, or a `linkAgreement`'s `text` or `url`.
      const at = find((key, value) => (['pattern', 'text', 'url'].includes(key) && value === pattern) || key === pattern);
      if (at) return new ConfigError(`${at}: invalid JSON Schema: ${message}`);
    }
    if (message.startsWith(UNSHARED_GROUPS)) {
      const at = find((key, value) => key === LINK_AGREEMENT_KEYWORD && isObject(value) && typeof value.text === 'string' && typeof value.url === 'string' && unsharedGroups({ text: value.text, url: value.url }) !== undefined);
      if (at) return new ConfigError(`${at}: ${message.slice(UNSHARED_GROUPS.length)}`);
    }
    const format = /^unknown format "([^"]*)" ignored/.exec(message)?.[1];
    if (format !== undefined) {
      const at = find((key, value) => key === 'format' && value === format);
      const known = Object.keys(this.ajv.formats);
      const close = suggest(format, known);
      if (at) return new ConfigError(`${at}: unknown format "${format}"; use one of ${known.join(', ')}${close ? `. Did you mean "${close}"?` : ''}`);
    }
    // A custom keyword's value fails its own meta-schema (`linkAgreement: { text: 5 }`): Ajv names the
    // schema path of the object that holds it, in the top schema.
    const invalid = /^keyword "([^"]+)" value is invalid at path "#([^"]*)": (.*)$/.exec(message);
    if (invalid && this.sources.has(top)) {
      let segments: string[] | undefined;
      try {
        segments = segmentsOf(invalid[2]!).map((segment) => decodeURIComponent(segment));
      } catch {
        segments = undefined; // a path that is no URI fragment: the message stays as Ajv wrote it
      }
      if (segments) return new ConfigError(`${this.sources.get(top)!.at([...segments, invalid[1]!])}: invalid value of ${invalid[1]}: ${invalid[3]!.replace(/^data\/?/, '')}`);
    }
    if (/malformed percent-encoding/.test(message)) {
      const at = find((key, value) => key === '$ref' && typeof value === 'string' && safeDecode(value) === value && /%/.test(value));
      if (at) return new ConfigError(`${at}: this $ref is not valid percent-encoding: write a % in a name as %25`);
    }
    if (message === REF_LOOP) {
      const at = find((key) => key === '$ref');
      if (at) return new ConfigError(`${at}: ${REF_LOOP}`);
    }
    // A $ref one step too far (`…/status/enum`) lands on a list, whose indexes Ajv reads as keywords ("0").
    if (/unknown keyword: "\d+"/.test(message)) {
      const at = find((key, value) => key === '$ref' && typeof value === 'string' && /\/(?:enum|anyOf|oneOf|allOf|required|prefixItems|examples|type)$/.test(value));
      if (at) return new ConfigError(`${at}: this $ref points at a list, not a schema: point it at the schema that holds the list (drop the last part of its path)`);
    }
    const ref = /^can't resolve reference (.+?) from id /.exec(message)?.[1];
    if (ref !== undefined) {
      const at = find((key, value) => key === '$ref' && value === ref);
      const why = ref.includes('#') && !hasScheme(ref)
        ? `the schema has nothing at ${ref.slice(ref.indexOf('#') + 1) || '/'}; fix the path after #`
        : 'no schema here has that address, and schemas are never fetched: $ref a file in the repository by its relative path';
      if (at) return new ConfigError(`${at}: $ref "${ref}" points at nothing: ${why}`);
    }
    return error;
  }

  private async load(path: string, id: string | undefined, where: string, base: string): Promise<Json> {
    const known = this.loaded.get(path);
    if (known) return known;
    if (id !== undefined && ++this.referenced > MAX_REFERENCED_FILES) {
      throw new ConfigError(`${where}: more than ${MAX_REFERENCED_FILES} schema files are reached through $ref; simplify the $refs`);
    }
    const text = await this.read(path);
    if (text === undefined) {
      const folder = base === '.' ? 'the working directory' : `"${base}"`;
      // A $ref's path is the referring schema's, not the config's: say which folder it was read from.
      const relative = id !== undefined ? `a $ref's path is relative to the folder of the schema that holds it, ${folder}` : `paths are relative to ${folder} (the config's folder, or the repository root for a config in .github/)`;
      throw new ConfigError(`${where}: cannot read the schema file "${path}"; ${relative}`);
    }
    if (typeof text !== 'string') throw new ConfigError(`${where}: cannot read the schema file "${path}": ${text.error}`);
    // JSON is read as YAML (for lines), where `// note` is no comment but a key: say what it is.
    const comment = path.toLowerCase().endsWith('.json') ? /^[ \t]*(\/\/|\/\*)/m.exec(text) : null;
    if (comment) {
      const line = text.slice(0, comment.index).split('\n').length;
      throw new ConfigError(`${path}:${line}: JSON has no comments (${comment[1]}): remove it, or write the schema as YAML (.yaml), where # starts a comment`);
    }
    const source = parseYaml(path, text);
    this.sources.set(path, source);
    const schema = source.value;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new ConfigError(`${path}:1: a JSON Schema must be an object (JSON or YAML mapping)`);
    }
    const json = schema as Json;
    const declared = json.$schema;
    if (declared !== undefined && String(declared).replace(/#$/, '') !== DRAFT_2020_12) {
      throw new ConfigError(`${source.at(['$schema'])}: only JSON Schema draft 2020-12 is supported; use "${DRAFT_2020_12}" or leave $schema out`);
    }
    if (!this.ajv.validateSchema(json)) {
      const error = this.ajv.errors?.find((candidate) => !['anyOf', 'oneOf', 'allOf', '$ref', '$dynamicRef'].includes(candidate.keyword)) ?? this.ajv.errors?.[0];
      const segments = segmentsOf(error?.instancePath ?? '');
      throw new ConfigError(`${source.at(segments)}: invalid JSON Schema: ${error?.message ?? 'does not match the draft 2020-12 meta-schema'}`);
    }
    // The table options a schema carries are held to the config's rules, with the config's messages and lines.
    if (isObject(json[OPTIONS_KEYWORD])) {
      const validateOptions = this.ajv.getSchema(`${CONFIG_SCHEMA_ID}#/$defs/tableOptionsOnly`);
      if (validateOptions && !validateOptions(json[OPTIONS_KEYWORD])) {
        const within: Source = { ...source, at: (segments, key) => source.at([OPTIONS_KEYWORD, ...segments], key), line: (segments) => source.line([OPTIONS_KEYWORD, ...segments]) };
        throw new ConfigError(explainConfigErrors(validateOptions.errors ?? [], within).join('\n'));
      }
    }
    if (id === undefined) {
      const whole = wholeTable(json);
      if (whole) throw new ConfigError(`${source.at(whole.segments)}: ${whole.message}`);
    }
    const misplaced = misplacedOptions(json);
    if (misplaced) {
      throw new ConfigError(
        `${source.at(misplaced)}: ${OPTIONS_KEYWORD} is read at the schema's root only (or in an allOf part of it, or a file that part $refs); here it is neither applied nor checked: move it to the top level of the schema`,
      );
    }
    const textless = valuesNoCellCanBe(json) ?? deadCondition(json) ?? templateMiss(json);
    if (textless) throw new ConfigError(`${source.at(textless.segments)}: ${textless.message}`);
    // A dynamic reference goes wherever the evaluation path says, which no bound on the work a row
    // costs (expandedSize) can follow; a row is a flat object, and no table schema needs one.
    const dynamic = findNode(json, (key) => key === '$dynamicRef' || key === '$recursiveRef');
    if (dynamic) {
      throw new ConfigError(`${source.at(dynamic)}: ${dynamic[dynamic.length - 1]} is not supported in a table schema (a row is a flat object, and nothing needs a dynamic reference); use $ref`);
    }
    // A referenced file takes the URI its referrer's $ref resolves to; a top schema keeps its own $id or gets a local one.
    if (id !== undefined) json.$id = id;
    else if (typeof json.$id !== 'string') json.$id = LOCAL_ID_BASE + encodeURI(path);
    this.loaded.set(path, json);
    indexDocument(this.refIndex, json);
    for (const { ref, segments } of localRefs(json)) {
      const file = ref.split('#')[0]!;
      const target = posix.normalize(posix.join(posix.dirname(path), file));
      const targetId = new URL(file, String(json.$id)).href;
      await this.load(target, targetId, `${source.at(segments)}: $ref "${ref}"`, posix.dirname(path));
    }
    if (id !== undefined && !this.ajv.getSchema(id)) this.ajv.addSchema(json);
    return json;
  }
}

/**
 * How far `$ref`s may multiply a schema: each place a definition is used
 * counts its subschemas again, as validation visits them again. A schema
 * of n definitions each using the next twice is 3n objects written and
 * 2^n visits per row; a real schema reuses a definition a few dozen times.
 */
const MAX_EXPANSION_BASE = 2_000;
const MAX_EXPANSION_FACTOR = 10;
/** Keywords whose values are data, not subschemas, or definitions that count only where a $ref uses them. */
const NOT_VISITED = new Set(['enum', 'const', 'examples', 'default', '$defs', 'definitions']);

/**
 * The limit, when the subschemas validation visits for one row pass it:
 * `$ref`s followed as Ajv resolves them (a ref back into a definition being
 * counted is counted once), against a limit that grows with the objects the
 * loaded documents hold. Memoised per object, so the count takes linear
 * time however large the number; it stops as soon as it passes the limit.
 */
/**
 * Where a $ref can land: every resource (a document, or a subschema with an
 * `$id` of its own, resolved against the one around it) and every
 * `$anchor`, by URI; and how many objects the documents hold. Built as the
 * documents load, each indexed once: a config of thousands of entries, each
 * with a schema, would otherwise index every schema again for each one.
 */
interface RefIndex {
  resources: Map<string, object>;
  anchors: Map<string, { node: object; base: string }>;
  written: number;
}
const newRefIndex = (): RefIndex => ({ resources: new Map(), anchors: new Map(), written: 0 });

function indexDocument(index: RefIndex, root: Json): void {
  const stack: { node: unknown; base: string }[] = [{ node: root, base: String(root.$id) }];
  while (stack.length > 0) {
    const { node, base: outer } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    let base = outer;
    if (!Array.isArray(node)) {
      index.written++;
      const { $id, $anchor } = node as Json;
      if (typeof $id === 'string') base = absolute($id, outer) ?? outer;
      if (typeof $id === 'string' || node === root) index.resources.set(base, node);
      if (typeof $anchor === 'string') index.anchors.set(`${base}#${$anchor}`, { node, base });
    }
    for (const value of Object.values(node)) stack.push({ node: value, base });
  }
}

function expansionPastLimit(top: Json, { resources, anchors, written }: RefIndex): number | undefined {
  const limit = MAX_EXPANSION_BASE + MAX_EXPANSION_FACTOR * written;
  const targetOf = (ref: string, base: string): { node: unknown; base: string } | undefined => {
    const href = absolute(ref, base, true);
    if (href === undefined) return undefined;
    const hash = href.indexOf('#');
    const resource = hash < 0 ? href : href.slice(0, hash);
    const fragment = hash < 0 ? '' : href.slice(hash + 1);
    if (fragment !== '' && !fragment.startsWith('/')) return anchors.get(`${resource}#${fragment}`) ?? anchors.get(`${resource}#${safeDecode(fragment)}`);
    let node: unknown = resources.get(resource);
    if (node === undefined) return undefined;
    // Segment by segment, as Ajv reads a pointer in a URI: percent-decoded, then `~1` and `~0`.
    for (const segment of fragment.split('/').slice(1)) {
      let key: string;
      try {
        key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
      } catch {
        return undefined; // not a pointer Ajv could follow either
      }
      node = typeof node === 'object' && node !== null ? (node as Json)[key] : undefined;
    }
    return { node, base: resource };
  };
  const memo = new Map<object, number>();
  const counting = new Set<object>();
  const size = (node: unknown, outer: string): number => {
    if (typeof node !== 'object' || node === null) return 0;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (counting.has(node)) return 1;
    counting.add(node);
    const $id = Array.isArray(node) ? undefined : (node as Json).$id;
    const base = typeof $id === 'string' ? (absolute($id, outer) ?? outer) : outer;
    let total = Array.isArray(node) ? 0 : 1;
    for (const [key, value] of Object.entries(node)) {
      if (!Array.isArray(node) && NOT_VISITED.has(key)) continue;
      total += size(value, base);
      if (total > limit) break;
    }
    const ref = Array.isArray(node) ? undefined : (node as Json).$ref;
    if (typeof ref === 'string' && total <= limit) {
      const target = targetOf(ref, base);
      if (target) total += size(target.node, target.base);
    }
    counting.delete(node);
    memo.set(node, total);
    return total;
  };
  let expanded: number;
  try {
    expanded = size(top, String(top.$id));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    expanded = limit + 1; // too deep to count is too much to check
  }
  return expanded > limit ? limit : undefined;
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** `ref` resolved against `base`, without its fragment unless asked; undefined when it is no URI. */
function absolute(ref: string, base: string, keepFragment = false): string | undefined {
  try {
    const url = new URL(ref, base);
    if (!keepFragment) url.hash = '';
    return url.href.replace(/#$/, '');
  } catch {
    return undefined;
  }
}

/** The path to the first node (depth first) whose key and value `match`, or undefined. */
function findNode(node: unknown, match: (key: string, value: unknown) => boolean, segments: string[] = [], depth = 0): string[] | undefined {
  if (depth > 200) return undefined;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) {
      const found = findNode(item, match, [...segments, String(i)], depth + 1);
      if (found) return found;
    }
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (match(key, value)) return [...segments, key];
      const found = findNode(value, match, [...segments, key], depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

const ROW_EXAMPLE = 'e.g. type: object, required: [Release, Status], properties: { Release: { pattern: "^v[0-9]+" }, Status: { enum: [Active, LTS] } }';
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'unevaluatedItems'];

/**
 * A schema written for the whole table ("a list of rows": `type: array`,
 * or `items` at the top): a schema describes one row, so `items` and its
 * kin check nothing and `type: array` fails every row. Looked for at the top
 * of the schema a config names, and in its `allOf` parts.
 */
function wholeTable(schema: Json): { segments: string[]; message: string } | undefined {
  const stack: { node: unknown; segments: string[] }[] = [{ node: schema, segments: [] }];
  while (stack.length > 0) {
    const { node, segments } = stack.pop()!;
    if (!isObject(node)) continue;
    const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
    const keyword = types.length > 0 && !types.includes('object') ? 'type' : ARRAY_KEYWORDS.find((name) => name in node);
    if (keyword !== undefined) {
      const what = keyword === 'type' ? `type ${JSON.stringify(types.length === 1 ? types[0] : types)} fails every row` : `${keyword} applies to a list, so it checks nothing`;
      const move = keyword === 'items' || keyword === 'prefixItems' || keyword === 'contains' ? `; move the row schema out of ${keyword} to the top` : '';
      return {
        segments: [...segments, keyword],
        message: `a schema describes ONE row (an object whose properties are the table's columns), not the table: ${what}${move} (${ROW_EXAMPLE})`,
      };
    }
    if (Array.isArray(node.allOf)) node.allOf.forEach((part, i) => stack.push({ node: part, segments: [...segments, 'allOf', String(i)] }));
  }
  return undefined;
}

/**
 * Table options (`x-support-table-lint`) anywhere but where they are read: the
 * root of a schema, its `allOf` parts, and definitions (`$defs`) a root
 * `$ref` may name. Beside a column, or under a `then`, they were ignored,
 * unchecked.
 */
function misplacedOptions(schema: Json): string[] | undefined {
  const rootLike: { node: unknown; segments: string[] }[] = [{ node: schema, segments: [] }];
  while (rootLike.length > 0) {
    const { node, segments } = rootLike.pop()!;
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === OPTIONS_KEYWORD || NOT_VISITED.has(key) && key !== '$defs' && key !== 'definitions') continue;
      if (key === 'allOf' && Array.isArray(value)) {
        value.forEach((part, i) => rootLike.push({ node: part, segments: [...segments, key, String(i)] }));
        continue;
      }
      if ((key === '$defs' || key === 'definitions') && isObject(value)) {
        for (const [name, definition] of Object.entries(value)) rootLike.push({ node: definition, segments: [...segments, key, name] });
        continue;
      }
      // A column named like the keyword is a column (`properties: { x-support-table-lint: … }` holds no options).
      const found = findNode(value, (name, _value) => name === OPTIONS_KEYWORD, [...segments, key]);
      if (found && !(found.at(-2) === 'properties' && found.length === segments.length + 2 && key === 'properties')) return found;
    }
  }
  return undefined;
}

/** Keywords whose values are subschemas, maps of them, or lists of them (draft 2020-12). */
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

/**
 * What a subschema describes: a row (the root, and its combinators and
 * conditions), one cell's text (a column's property), the row's `$group`
 * (text or null), or anything else (`$links` lists, `$defs` before a `$ref`
 * uses them).
 */
type Subject = 'row' | 'cell' | 'group' | 'other';
interface Place {
  node: unknown;
  segments: string[];
  subject: Subject;
  /** Under a `then` or `else`: what it says holds only for some rows. */
  conditional: boolean;
  /** A branch of an `anyOf` or `oneOf`: a branch no cell meets (`{type: 'null'}` beside `{type: string}`) is only dead, not wrong. */
  alternative?: boolean;
}

/** Where each kind of subschema keyword leads from a subschema about `subject`. */
function childPlaces(node: Record<string, unknown>, { segments, subject, conditional, alternative }: Place): Place[] {
  const out: Place[] = [];
  const add = (value: unknown, path: string[], to: Subject, branch = conditional, choice = alternative === true): void => {
    out.push({ node: value, segments: [...segments, ...path], subject: to, conditional: branch, ...(choice ? { alternative: true } : {}) });
  };
  const column = (name: string): Subject => (subject !== 'row' ? 'other' : name === '$group' ? 'group' : name === '$links' || name === '$raw' ? 'other' : 'cell');
  for (const keyword of SCHEMA_KEYWORDS) {
    if (!(keyword in node)) continue;
    const same = keyword === 'not' || keyword === 'if' || keyword === 'then' || keyword === 'else';
    const to = same ? subject : subject === 'row' && (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') ? 'cell' : 'other';
    add(node[keyword], [keyword], to, conditional || keyword === 'then' || keyword === 'else');
  }
  for (const keyword of SCHEMA_MAPS) {
    const map = node[keyword];
    if (!isObject(map)) continue;
    for (const [name, sub] of Object.entries(map)) {
      const to = keyword === 'properties' ? column(name) : keyword === 'patternProperties' && subject === 'row' ? 'cell' : keyword === 'dependentSchemas' ? subject : 'other';
      add(sub, [keyword, name], to);
    }
  }
  for (const keyword of SCHEMA_LISTS) {
    const list = node[keyword];
    if (Array.isArray(list)) list.forEach((sub, i) => add(sub, [keyword, String(i)], keyword === 'prefixItems' ? 'other' : subject, conditional, keyword === 'anyOf' || keyword === 'oneOf' || alternative === true));
  }
  return out;
}

/**
 * A keyword that no value of a row object can meet or fail: every cell is
 * text (and `$group` text or null, `$links` lists of text), so an `enum` or
 * `const` of a number or a boolean (YAML reads `[1, 3]`, `true` and `1.30`
 * unquoted as such) never matches, `type: integer`, `number` or `boolean`
 * fails every cell, and `minimum` and its kin check nothing; a cell is
 * never null (`~` in YAML), a list or an object. And keywords every row
 * meets: each column is a property of every row (an empty cell is `""`), so
 * `required` under a `then` and `dependentRequired` check nothing. Said
 * once, at the first such keyword, with what to write instead.
 */
function valuesNoCellCanBe(schema: Json): { segments: string[]; message: string } | undefined {
  const stack: Place[] = [{ node: schema, segments: [], subject: 'row', conditional: false }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const { node, segments, subject } = place;
    if (!isObject(node) || segments.length > 400) continue;
    const scalar = (value: unknown): boolean => typeof value === 'number' || typeof value === 'boolean';
    if (Array.isArray(node.enum)) {
      const at = node.enum.findIndex(scalar);
      if (at >= 0) return { segments: [...segments, 'enum', String(at)], message: quoteAdvice(node.enum[at]) };
      const nothing = subject === 'cell' && !place.alternative ? node.enum.indexOf(null) : -1;
      if (nothing >= 0) return { segments: [...segments, 'enum', String(nothing)], message: NULL_ADVICE };
    }
    if (scalar(node.const)) return { segments: [...segments, 'const'], message: quoteAdvice(node.const) };
    // A value written as the cell's source (`` `stable` ``, `**GA**`): a cell's value is its plain text.
    if (subject === 'cell' || subject === 'group') {
      const values: [unknown, string[]][] = Array.isArray(node.enum) ? node.enum.map((value, i) => [value, ['enum', String(i)]]) : [];
      if (node.const !== undefined) values.push([node.const, ['const']]);
      for (const [value, where] of values) {
        const plain = typeof value === 'string' ? plainText(value) : undefined;
        if (plain === undefined) continue;
        return {
          segments: [...segments, ...where],
          message: `${JSON.stringify(value)} is written with markdown (${plain.markup}), and a cell's value is its plain text, markup removed, so no cell can equal it: write ${JSON.stringify(plain.text)}${subject === 'cell' ? ', or check the markup under $raw' : ''}`,
        };
      }
    }
    if (subject === 'cell' && !place.alternative && node.const === null) return { segments: [...segments, 'const'], message: NULL_ADVICE };
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const numeric = types.find((type) => type === 'integer' || type === 'number' || type === 'boolean');
    if (numeric !== undefined && !types.includes('string')) {
      return { segments: [...segments, 'type'], message: `type "${String(numeric)}" fails every cell: cells are text; to accept ${numeric === 'boolean' ? 'true or false, use enum: ["true", "false"]' : 'whole numbers, use pattern: "^[0-9]+$"'}` };
    }
    const structured = subject === 'cell' && !place.alternative ? types.find((type) => type === 'array' || type === 'object' || type === 'null') : undefined;
    if (structured !== undefined && !types.includes('string')) {
      return {
        segments: [...segments, 'type'],
        message: `type "${String(structured)}" fails every cell: a cell is one string (a list in a cell too, and an empty cell is ""); check its text with a pattern, or its links under $links`,
      };
    }
    if (subject === 'row') {
      const spaced = isObject(node.properties) ? Object.keys(node.properties).find((name) => name !== name.trim() || /\s{2}/.test(name)) : undefined;
      if (spaced !== undefined) {
        return {
          segments: [...segments, 'properties', spaced],
          message: `the property ${JSON.stringify(spaced)} has spaces that no column name has (header cells are trimmed and their spaces collapsed), so required and the rules spell the column one way and this property another; write ${JSON.stringify(spaced.replace(/\s+/g, ' ').trim())}`,
        };
      }
      const columnRule = `each column is a property of every row (an empty cell is ""), and columns are required of the header, not of rows`;
      if (place.conditional && Array.isArray(node.required) && node.required.length > 0) {
        const name = JSON.stringify(String(node.required[0]));
        return {
          segments: [...segments, 'required'],
          message: `required under a then or else is met by every row of a table that has the column: ${columnRule}; to require a value when the if holds, write properties: { ${name}: { minLength: 1 } } here`,
        };
      }
      // The same in a branch: an anyOf or oneOf of required lists (at least one, or exactly one, of
      // these columns has a value) is met by every row, or failed by every row; so is a not or a dependentSchemas.
      const branch = [...segments].reverse().find((segment) => ['anyOf', 'oneOf', 'not', 'dependentSchemas'].includes(segment));
      // A required beside a property test of the same column (`{properties: {A: {const: x}}, required: [A]}`,
      // the usual "A is there and is x") is harmless; a required that is all a branch says of a column is not.
      const tested = isObject(node.properties) ? Object.keys(node.properties) : [];
      const bare = Array.isArray(node.required) ? node.required.filter((name) => typeof name === 'string' && !tested.includes(name)) : [];
      if (!place.conditional && branch !== undefined && !segments.includes('if') && bare.length > 0) {
        const names = bare.map((name) => JSON.stringify(String(name)));
        const fix = branch === 'anyOf' || branch === 'oneOf'
          ? `; to ask for a value in ${branch === 'anyOf' ? 'at least one' : 'exactly one'} of these columns, write each branch as properties: { ${names[0]}: { minLength: 1 } }${branch === 'oneOf' ? ' (and, for exactly one, the others maxLength: 0)' : ''}`
          : `; to require a value, write properties: { ${names[0]}: { minLength: 1 } }`;
        return {
          segments: [...segments, 'required'],
          message: `required under ${branch === 'not' ? 'a not fails' : `${branch === 'dependentSchemas' ? 'dependentSchemas' : branch === 'anyOf' ? 'an anyOf' : 'a oneOf'} is met by`} every row of a table that has the column: ${columnRule}${fix}`,
        };
      }
      // dependentSchemas and draft-07 dependencies: the same as dependentRequired, a column is always there.
      for (const keyword of ['dependentSchemas', 'dependencies']) {
        const map = node[keyword];
        const [when, then] = isObject(map) ? (Object.entries(map)[0] ?? []) : [];
        if (when === undefined) continue;
        const needed = Array.isArray(then) ? JSON.stringify(String(then[0] ?? 'X')) : undefined;
        const instead = needed !== undefined
          ? `then: { properties: { ${needed}: { minLength: 1 } } }`
          : 'then: <the schema under it>';
        const why = keyword === 'dependencies'
          ? `dependencies (draft-07's dependentRequired and dependentSchemas) applies ${needed !== undefined ? 'a required list that every row meets' : 'its schema to every row'}`
          : 'dependentSchemas applies its schema to every row, not only to rows where the column has a value';
        return {
          segments: [...segments, keyword, when],
          message: `${why}: ${columnRule}; to say what holds when ${JSON.stringify(when)} has a value, write if: { properties: { ${JSON.stringify(when)}: { minLength: 1 } }, required: [${JSON.stringify(when)}] }, ${instead}`,
        };
      }
      if (isObject(node.dependentRequired)) {
        const [when, needs] = Object.entries(node.dependentRequired)[0] ?? [];
        if (when !== undefined) {
          const needed = JSON.stringify(String((Array.isArray(needs) ? needs[0] : undefined) ?? 'X'));
          return {
            segments: [...segments, 'dependentRequired', when],
            message: `dependentRequired is met by every row: ${columnRule}; to require ${needed} when ${JSON.stringify(when)} has a value, write if: { properties: { ${JSON.stringify(when)}: { minLength: 1 } }, required: [${JSON.stringify(when)}] }, then: { properties: { ${needed}: { minLength: 1 } } }`,
          };
        }
      }
    }
    // ajv-errors ignores a message for a keyword the subschema does not have (`patern`): the author's words never show.
    // So it does for a property it does not have (`errorMessage: {properties: {Stauts: …}}`).
    if (isObject(node.errorMessage) && isObject(node.errorMessage.properties)) {
      const own = isObject(node.properties) ? Object.keys(node.properties) : [];
      const missing = Object.keys(node.errorMessage.properties).find((name) => !own.includes(name));
      if (missing !== undefined) {
        const close = suggest(missing, own);
        return {
          segments: [...segments, 'errorMessage', 'properties', missing],
          message: `a message for the property "${missing}", which this subschema's properties do not name${own.length > 0 ? ` (they name ${own.join(', ')})` : ''}, so it never shows${close ? `; did you mean "${close}"?` : ''}`,
        };
      }
    }
    if (isObject(node.errorMessage)) {
      for (const keyword of Object.keys(node.errorMessage)) {
        if (keyword in node || ['properties', 'items', '_'].includes(keyword)) continue;
        const here = Object.keys(node).filter((key) => key !== 'errorMessage');
        const close = suggest(keyword, here);
        return {
          segments: [...segments, 'errorMessage', keyword],
          message: `a message for "${keyword}", which this subschema does not have (it has ${here.join(', ') || 'no keywords'}), so it never shows${close ? `; did you mean "${close}"?` : ''}`,
        };
      }
    }
    const bound = NUMBER_KEYWORDS.find((keyword) => keyword in node);
    if (bound !== undefined) {
      return { segments: [...segments, bound], message: `${bound} applies to numbers, and cells are text, so it checks nothing; use a pattern for the digits a cell may have, or monotonic (x-support-table-lint) for values that must fall or rise down the table` };
    }
    stack.push(...childPlaces(node, place));
  }
  return undefined;
}

/**
 * ajv-errors fills `${/Column}` (a JSON Pointer from the row) and `${1/Column}`
 * (relative, from a cell up to its row) with the row's value, and prints
 * `undefined` for a pointer that names nothing. A column named close to one
 * the schema's `properties` name (`${/Stauts}`), or any column the schema
 * forbids (`additionalProperties: false`), is a slip the message would show
 * every contributor; so is a relative pointer that climbs above the row.
 */
function templateMiss(schema: Json): { segments: string[]; message: string } | undefined {
  if (!isObject(schema)) return undefined;
  const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : [])];
  const columns = [...RESERVED_PROPERTIES, ...parts.flatMap((part) => (isObject(part.properties) ? Object.keys(part.properties) : []))];
  const closed = schema.additionalProperties === false && !isObject(schema.patternProperties);
  const stack: Place[] = [{ node: schema, segments: [], subject: 'row', conditional: false }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const { node, segments, subject } = place;
    if (!isObject(node) || segments.length > 400) continue;
    const depth = subject === 'row' ? 0 : subject === 'cell' || subject === 'group' ? 1 : undefined;
    const texts: [string, string[]][] = [];
    const collect = (value: unknown, path: string[]): void => {
      if (typeof value === 'string') texts.push([value, path]);
      else if (isObject(value)) for (const [key, inner] of Object.entries(value)) collect(inner, [...path, key]);
      else if (Array.isArray(value)) value.forEach((inner, i) => collect(inner, [...path, String(i)]));
    };
    collect(node.errorMessage, [...segments, 'errorMessage']);
    for (const [text, path] of texts) {
      for (const [template, pointer] of text.matchAll(/\$\{([^}]*)\}/g)) {
        const relative = /^(\d+)(#|\/.*)?$/.exec(pointer!);
        if (relative && depth !== undefined && Number(relative[1]) > depth) {
          return { segments: path, message: `${template} climbs ${relative[1]} levels from a ${subject === 'row' ? 'row' : 'cell'}, above the row, so the message would say "undefined"; ${depth === 0 ? '${/Column}' : '${1/Column}'} names a column of the row, ${'${0}'} the value here` };
        }
        const fromRow = pointer!.startsWith('/') ? pointer! : relative && depth !== undefined && Number(relative[1]) === depth && relative[2]?.startsWith('/') ? relative[2] : undefined;
        if (fromRow === undefined) continue;
        const name = fromRow.split('/')[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
        if (columns.includes(name)) continue;
        const close = suggest(name, columns.filter((column) => !RESERVED_PROPERTIES.includes(column)));
        if (close === undefined && !closed) continue;
        return {
          segments: path,
          message: `${template} names the column "${name}", which ${closed ? 'this schema does not allow' : "this schema's properties do not name"}, so the message would say "undefined"${close ? `; did you mean "${close}"?` : `; the columns are ${columns.filter((column) => !RESERVED_PROPERTIES.includes(column)).join(', ')}`}`,
        };
      }
    }
    stack.push(...childPlaces(node, place));
  }
  return undefined;
}

/**
 * An `if` that can never hold makes its `then` dead: testing a value the
 * column's own `enum` does not allow (`"Not Supported"` for `Not
 * supported`), whichever case the `if` spells the column in (every spelling
 * reads the cell: canonicalColumns). The same slip in
 * an option (`notes.requiredWhen`) is option-column's; here it is found when
 * the schema loads. Only `enum`s written in the root's `properties` (or its
 * `allOf` parts) are compared; a column that lists none is not.
 */
function deadCondition(schema: Json, resolved: Readonly<Record<string, string[]>> = {}): { segments: string[]; message: string } | undefined {
  const columns = new Map<string, { name: string; values?: string[] }>();
  // The values the compiled schema found for each column, through $ref and $defs (and for $group).
  for (const [name, values] of Object.entries(resolved)) columns.set(foldColumn(name), { name, values });
  const describe = (node: unknown): void => {
    if (!isObject(node) || !isObject(node.properties)) return;
    for (const [name, property] of Object.entries(node.properties)) {
      if (name.startsWith('$')) continue;
      const known = columns.get(foldColumn(name));
      const values = isObject(property) && Array.isArray(property.enum) ? property.enum : isObject(property) && property.const !== undefined ? [property.const] : undefined;
      const text = values?.every((value) => typeof value === 'string') ? (values as string[]) : undefined;
      if (!known) columns.set(foldColumn(name), { name, ...(text ? { values: text } : {}) });
      else if (text && !known.values) known.values = text;
    }
  };
  describe(schema);
  if (Array.isArray(schema.allOf)) schema.allOf.forEach(describe);
  const stack: Place[] = [{ node: schema, segments: [], subject: 'row', conditional: false }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const { node, segments } = place;
    if (!isObject(node) || segments.length > 400 || place.subject !== 'row') continue;
    const condition = node.if;
    if (isObject(condition) && isObject(condition.properties)) {
      for (const [name, test] of Object.entries(condition.properties)) {
        const column = columns.get(foldColumn(name));
        if (!column || !isObject(test)) continue;
        const tested = Array.isArray(test.enum) ? test.enum : test.const !== undefined ? [test.const] : [];
        const allowed = column.values;
        const at = allowed ? tested.findIndex((value) => typeof value === 'string' && !allowed.includes(value)) : -1;
        if (at < 0 || !allowed) continue;
        const value = String(tested[at]);
        const close = suggest(value, allowed);
        return {
          segments: [...segments, 'if', 'properties', name, Array.isArray(test.enum) ? 'enum' : 'const', ...(Array.isArray(test.enum) ? [String(at)] : [])],
          message: `the if tests ${JSON.stringify(name)} for ${JSON.stringify(value)}, which the column's enum does not allow, so that test never holds and what the then says never applies${close ? `; did you mean ${JSON.stringify(close)}?` : `; use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`}`,
        };
      }
    }
    stack.push(...childPlaces(node, place));
  }
  return undefined;
}

/** A value's plain text when it holds markdown a cell's value never keeps, and which markdown; else undefined. */
function plainText(value: string): { text: string; markup: string } | undefined {
  const wrapped: [RegExp, string][] = [
    [/^`+\s*([^`]+?)\s*`+$/, 'a code span'],
    [/^\*\*(.+)\*\*$/, 'bold'],
    [/^__(.+)__$/, 'bold'],
    [/^\*([^*].*)\*$/, 'emphasis'],
    [/^_([^_].*)_$/, 'emphasis'],
  ];
  for (const [pattern, markup] of wrapped) {
    const inner = pattern.exec(value)?.[1];
    if (inner !== undefined && inner.trim() !== '') return { text: plainText(inner)?.text ?? inner, markup };
  }
  if (/\[[^\]]*\]\([^)]*\)/.test(value)) return { text: value.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'), markup: 'a link' };
  // Tags of inline HTML a page writes in cells (a `<none>` placeholder may be meant as text).
  const tag = /<\/?(?:sup|sub|span|br|b|i|em|strong|code|a|kbd|small|u|s|del|ins|mark|abbr|p|div|details|summary)(?:\s[^>]*)?\/?>/gi;
  if (tag.test(value)) return { text: value.replace(tag, (written) => (/^<\/?(?:br|p|div|details|summary)\b/i.test(written) ? ' ' : '')).replace(/\s+/g, ' ').trim(), markup: 'an HTML tag' };
  return undefined;
}

const NULL_ADVICE = 'null (YAML reads ~ and a missing value as null) is no cell\'s value: an empty cell is "", so write "" for it';

const quoteAdvice = (value: unknown): string =>
  `${JSON.stringify(value)} is a ${typeof value}, and cells are text, so no cell can equal it: quote it ("${String(value)}"${typeof value === 'number' ? '; YAML reads 3, 1.30 and 1e3 unquoted as numbers, and 1.30 as 1.3' : '; YAML reads true and false unquoted as booleans'})`;

/** `$ref`s to other files by relative path (not `#…` within the file, not URIs with a scheme), with where they are. */
function localRefs(schema: Json): { ref: string; segments: string[] }[] {
  const out: { ref: string; segments: string[] }[] = [];
  const visit = (node: unknown, segments: string[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...segments, String(i)]));
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !value.startsWith('#') && !hasScheme(value)) out.push({ ref: value, segments: [...segments, key] });
        else visit(value, [...segments, key]);
      }
    }
  };
  visit(schema, []);
  return out;
}

/** What a config error says of a rule id that names no rule. */
function unknownRuleText(rule: string): string {
  const close = suggest(rule, RULE_IDS);
  return `unknown rule "${rule}"; use one of ${RULE_IDS.join(', ')}` + (close ? `. Did you mean "${close}"?` : '');
}
