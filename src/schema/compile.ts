/**
 * A JSON Schema for one row, compiled once, and the translation of Ajv's
 * errors into findings that name the row, the column, the bad value and what
 * is allowed.
 */
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { ConfigError } from '../config/errors.js';
import type { TableOptions } from '../config/types.js';
import type { Severity } from '../engine/types.js';
import { LINK_AGREEMENT_KEYWORD, OPTIONS_KEYWORD, SEVERITY_KEYWORD, type Ajv, type LinkAgreementParams } from './ajv.js';
import { CONFIG_SCHEMA_ID } from './preset-schemas.js';
import { RESERVED_PROPERTIES, type RowObject } from './row-object.js';
import { suggest } from './suggest.js';

export interface SchemaFinding {
  rule: string;
  /** The column the finding concerns; absent when no single cell is at fault. */
  field?: string;
  message: string;
  /** The replacement cell text. */
  suggestion?: string;
  /** From the failing subschema's `x-severity`; otherwise the rule's. */
  severity?: Severity;
}

export interface CompiledSchema {
  id: string;
  /** Column names the schema defines (its `properties`, through `$ref` and `allOf`), without `$raw` etc. */
  properties: string[];
  /** Columns the schema requires (the table's header must have them). */
  required: string[];
  /** False when the schema sets `additionalProperties: false`. */
  additionalColumns: boolean;
  /** The schema's `x-support-table-lint` table options. */
  options: TableOptions;
  /** `rowKey` is the key column's text ('' when empty). */
  validate(row: RowObject, rowKey: string): SchemaFinding[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a schema says about columns, gathered through `$ref` and `allOf` (how user schemas extend a preset). */
interface Shape {
  properties: string[];
  required: string[];
  additionalColumns: boolean;
  options: TableOptions;
}

function shapeOf(schema: Json, ajv: Ajv, seen: Set<unknown> = new Set()): Shape {
  const shape: Shape = { properties: [], required: [], additionalColumns: true, options: {} };
  if (seen.has(schema)) return shape;
  seen.add(schema);
  const merge = (other: Shape): void => {
    shape.properties.push(...other.properties);
    shape.required.push(...other.required);
    shape.additionalColumns &&= other.additionalColumns;
    shape.options = mergeOptions(shape.options, other.options);
  };
  if (typeof schema.$ref === 'string' && !schema.$ref.startsWith('#')) {
    const target = ajv.getSchema(schema.$ref)?.schema;
    if (isObject(target)) merge(shapeOf(target, ajv, seen));
  }
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) if (isObject(part)) merge(shapeOf(part, ajv, seen));
  if (isObject(schema.properties)) shape.properties.push(...Object.keys(schema.properties));
  if (Array.isArray(schema.required)) shape.required.push(...schema.required.filter((name) => typeof name === 'string'));
  if (schema.additionalProperties === false) shape.additionalColumns = false;
  if (isObject(schema[OPTIONS_KEYWORD])) shape.options = mergeOptions(shape.options, schema[OPTIONS_KEYWORD] as TableOptions);
  const columns = (names: string[]): string[] => [...new Set(names)].filter((name) => !RESERVED_PROPERTIES.includes(name));
  return { ...shape, properties: columns(shape.properties), required: columns(shape.required) };
}

/** `over` wins key by key; `notes`, `columns` and `severities` are merged one level deeper. */
export function mergeOptions(base: TableOptions, over: TableOptions): TableOptions {
  const merged: TableOptions = { ...base, ...over };
  if (base.notes && over.notes) merged.notes = { ...base.notes, ...over.notes };
  if (base.columns && over.columns) merged.columns = { ...base.columns, ...over.columns };
  if (base.severities && over.severities) merged.severities = { ...base.severities, ...over.severities };
  return merged;
}

/**
 * `builtIn` skips checking the schema's table options against the config
 * schema: that check compiles the config schema, and the built-in presets are
 * held to it by a test instead.
 */
export function compileSchema(schema: object, ajv: Ajv, id: string, { builtIn = false } = {}): CompiledSchema {
  let validateRow: ValidateFunction;
  try {
    validateRow = ajv.compile(schema);
  } catch (error) {
    throw new ConfigError(`${id}: invalid JSON Schema: ${(error as Error).message}`);
  }
  const shape = shapeOf(schema as Json, ajv);
  if (!builtIn) checkOptions(shape.options, ajv, id);
  return {
    id,
    ...shape,
    validate(row, rowKey) {
      if (validateRow(row)) return [];
      return findings(validateRow.errors ?? [], rowKey);
    },
  };
}

function checkOptions(options: TableOptions, ajv: Ajv, id: string): void {
  const validate = ajv.getSchema(`${CONFIG_SCHEMA_ID}#/$defs/tableOptionsOnly`);
  if (!validate || validate(options)) return;
  const error = validate.errors?.[0];
  const where = `${OPTIONS_KEYWORD}${(error?.instancePath ?? '').replaceAll('/', '.')}`;
  const detail =
    error?.keyword === 'unevaluatedProperties'
      ? `unknown option "${String(error.params.unevaluatedProperty)}"`
      : (error?.message ?? 'invalid');
  throw new ConfigError(`${id}: ${where}: ${detail}`);
}

// ---------------------------------------------------------------------------
// Ajv errors -> findings

const decode = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/Support State`, `/$raw/Maintainers`, `/$links/Maintainers/0/url` all concern one column. */
export function fieldOf(instancePath: string): string | undefined {
  const [first, second] = instancePath.split('/').slice(1).map(decode);
  if (first === '$raw' || first === '$links') return second;
  if (first === undefined || first === '$group') return undefined;
  return first;
}

const RULE_BY_KEYWORD: Record<string, string> = {
  enum: 'allowed-values',
  const: 'allowed-values',
  pattern: 'cell-format',
  format: 'cell-format',
  type: 'cell-format',
  maxLength: 'cell-format',
  minLength: 'cell-format',
  [LINK_AGREEMENT_KEYWORD]: 'link-text-url',
};

const isEmptyRequired = (error: ErrorObject): boolean =>
  error.keyword === 'minLength' && Number(error.params.limit) >= 1 && error.data === '';

function ruleOf(error: ErrorObject): string {
  if (error.keyword === 'errorMessage') {
    // The author's wording, the original keyword's rule: a custom message on `enum` is still about allowed values.
    const original = (error.params.errors as ErrorObject[] | undefined)?.[0];
    return original ? ruleOf(original) : 'cell-format';
  }
  if (isEmptyRequired(error)) return 'required-cell';
  return RULE_BY_KEYWORD[error.keyword] ?? 'schema';
}

/** Errors the engine reports elsewhere (missing and unknown columns, on the header) or that only echo others. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  // `anyOf`/`oneOf` report each failed branch and then themselves; the branches alone would contradict each other.
  const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf');
  return errors.filter((error) => {
    if (error.keyword === 'required' || error.keyword === 'if') return false;
    if (error.instancePath === '' && (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties')) {
      return false;
    }
    return !alternatives.some((alternative) => alternative !== error && error.schemaPath.startsWith(`${alternative.schemaPath}/`));
  });
}

const list = (values: unknown[]): string => values.map(String).join(', ');
const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

function findings(errors: ErrorObject[], rowKey: string): SchemaFinding[] {
  const keyText = rowKey === '' ? 'this row' : `"${rowKey}"`;
  const results: (SchemaFinding & { empty: boolean })[] = [];
  for (const error of relevant(errors)) {
    const field = fieldOf(error.instancePath);
    const rule = ruleOf(error);
    const value = typeof error.data === 'string' ? error.data : undefined;
    // `FEATURE GATE "foo-bar"` rather than `FEATURE GATE "foo-bar" of "foo-bar"` when the key column itself is wrong.
    const owner = value === rowKey && value !== '' ? '' : ` of ${keyText}`;
    const subject =
      field === undefined ? `Row ${keyText}` : value ? `${field} "${value}"${owner}` : `${field}${owner}`;
    const { problem, suggestion } = describe(error, value);
    const finding: SchemaFinding & { empty: boolean } = {
      rule,
      message: sentence(`${subject} ${problem}`),
      empty: value === '',
    };
    if (field !== undefined) finding.field = field;
    if (suggestion !== undefined) {
      finding.suggestion = suggestion;
      finding.message += ` Did you mean "${suggestion}"?`;
    }
    const severity = (error.parentSchema as AnySchemaObject | undefined)?.[SEVERITY_KEYWORD] as Severity | undefined;
    if (severity !== undefined) finding.severity = severity;
    results.push(finding);
  }
  // An empty required cell also fails its pattern or enum; saying "is empty" once is enough.
  const emptyRequired = new Set(results.filter((f) => f.rule === 'required-cell').map((f) => f.field));
  const seen = new Set<string>();
  return results
    .filter((f) => f.rule === 'required-cell' || !(f.empty && emptyRequired.has(f.field)))
    .filter((f) => !seen.has(`${f.rule}\0${f.field}\0${f.message}`) && seen.add(`${f.rule}\0${f.field}\0${f.message}`))
    .map(({ empty: _empty, ...finding }) => finding);
}

function describe(error: ErrorObject, value: string | undefined): { problem: string; suggestion?: string } {
  const empty = value === '';
  const params = error.params;
  switch (error.keyword) {
    case 'errorMessage':
      return { problem: error.message ?? 'is invalid' };
    case 'enum': {
      const allowed = (error.schema as unknown[]) ?? [];
      if (empty) return { problem: `is empty; expected one of ${list(allowed)}` };
      return { problem: `is not one of ${list(allowed)}`, suggestion: value && suggest(value, allowed.map(String)) };
    }
    case 'const': {
      const allowed = String(params.allowedValue);
      if (empty) return { problem: `is empty; expected "${allowed}"` };
      return { problem: `is not "${allowed}"`, suggestion: value && suggest(value, [allowed]) };
    }
    case 'pattern':
      return { problem: empty ? `is empty; expected a value matching ${params.pattern}` : `does not match ${params.pattern}` };
    case 'format':
      return { problem: `is not a valid ${params.format}` };
    case 'maxLength':
      return { problem: `is longer than ${params.limit} characters` };
    case 'minLength':
      return { problem: empty ? 'is empty; a value is required' : `is shorter than ${params.limit} characters` };
    case LINK_AGREEMENT_KEYWORD:
      return { problem: describeLink(params as LinkAgreementParams) };
    default:
      return { problem: error.message ?? `fails ${error.keyword}` };
  }
}

function describeLink({ problem, text, url, pattern, group, textValue, urlValue }: LinkAgreementParams): string {
  const shown = `[${text}](${url})`;
  if (problem === 'text') return `has a link ${shown} whose text does not match ${pattern}`;
  if (problem === 'url') return `has a link ${shown} whose URL does not match ${pattern}`;
  return `has a link ${shown} whose text names ${group} "${textValue}" but whose URL names ${group} "${urlValue}"; the text and URL must agree`;
}
