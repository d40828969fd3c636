/**
 * Ajv's errors for one row, reduced to what the schema rules need: one
 * `RowError` per failing keyword that concerns a cell or the row, with the
 * column it concerns, the cell's value, and the author's own wording or
 * severity when the schema gives one. Which rule reports an error, and how,
 * is the rules' business (src/rules/allowed-values.ts and its siblings).
 */
import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020.js';
import type { Severity } from '../core/types.js';
import { SEVERITY_KEYWORD } from './keywords.js';

export interface RowError {
  /** The keyword that failed (for an ajv-errors `errorMessage`, the keyword it replaces). */
  keyword: string;
  /** The column the error concerns; absent when no single cell is at fault. */
  field?: string;
  /** The failing value when it is text (a cell, its markdown, a link's text or URL). */
  value?: string;
  /** The keyword's value in the schema (the `enum` list, the `pattern`, ...). */
  schema: unknown;
  params: Record<string, unknown>;
  /** The schema author's wording (ajv-errors `errorMessage`), continuing `<Column> "<value>" of "<row>"`. */
  authored?: string;
  /** Ajv's own message, for keywords no rule words itself. */
  ajvMessage?: string;
  /** From the failing subschema's `x-severity`. */
  severity?: Severity;
  /** Where in the row object the error is: `/Support State`, `/$links/Maintainers/0`. */
  instancePath: string;
}

const decode = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/Support State`, `/$raw/Maintainers`, `/$links/Maintainers/0/url` all concern one column. */
export function fieldOf(instancePath: string): string | undefined {
  const [first, second] = instancePath.split('/').slice(1).map(decode);
  if (first === '$raw' || first === '$links') return second;
  if (first === undefined || first === '$group') return undefined;
  return first;
}

/**
 * Errors reported elsewhere (missing and unknown columns, on the header) or
 * that only echo others: `anyOf`/`oneOf` report each failed branch and then
 * themselves, and the branches alone would contradict each other.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  // By the prefixes of each error's schema path, not by comparing every error with every
  // alternative: nested anyOfs fail with thousands of both.
  const alternatives = new Set(errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf').map((error) => error.schemaPath));
  const underAlternative = (path: string): boolean => {
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) if (alternatives.has(path.slice(0, at))) return true;
    return false;
  };
  const undecided = undecidedBranches(errors);
  // The header's business: a missing column (required-column) or one the schema does not know (unknown-column).
  // (`propertyNames` only wraps its inner errors, which name the column: those are kept, and said on the header by the engine.)
  const header = (error: ErrorObject): boolean =>
    error.keyword === 'required' || (error.instancePath === '' && (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' || error.keyword === 'propertyNames'));
  const kept = mergeValueAlternatives(errors).filter((error) => {
    if (header(error) || error.keyword === 'if') return false;
    // An author's wording for those (ajv-errors' errorMessage) is said on the header too, not on every row.
    if (error.keyword === 'errorMessage') {
      const wrapped = (error.params['errors'] as ErrorObject[] | undefined) ?? [];
      if (wrapped.length > 0 && wrapped.every((inner) => header(inner) || inner.keyword === 'if')) return false;
    }
    if (undecided.length > 0 && undecided.some((branch) => error.schemaPath.startsWith(branch))) return false;
    return alternatives.size === 0 || !underAlternative(error.schemaPath);
  });
  return intersectValueLists(kept);
}

/**
 * Value lists that a cell must meet together (a preset's `enum` through
 * `allOf`, narrowed by the schema's own: `Obsolete` retired) are one list to
 * the reader: the values both allow, said once, so that a cell is not
 * reported twice with two lists and its suggestion (and fix) is a value the
 * narrower list allows. Lists with nothing in common are left as they are.
 */
function intersectValueLists(errors: ErrorObject[]): ErrorObject[] {
  const valuesOf = (error: ErrorObject): unknown[] | undefined =>
    error.keyword === 'enum' && Array.isArray(error.schema) ? (error.schema as unknown[]) : error.keyword === 'const' ? [error.params['allowedValue']] : undefined;
  const first = new Map<string, number>();
  const out: ErrorObject[] = [];
  for (const error of errors) {
    const values = valuesOf(error);
    const at = values === undefined ? undefined : first.get(error.instancePath);
    if (values === undefined || at === undefined) {
      if (values !== undefined) first.set(error.instancePath, out.length);
      out.push(error);
      continue;
    }
    const kept = valuesOf(out[at]!)!;
    const both = kept.filter((value) => values.includes(value));
    if (both.length === 0) {
      out.push(error);
      continue;
    }
    out[at] = { ...out[at]!, keyword: 'enum', schema: both, params: { allowedValues: both }, message: 'must be equal to one of the allowed values' };
  }
  return out;
}

/**
 * An `anyOf` or `oneOf` whose branches each list values (`anyOf: [{enum:
 * [GA, Beta]}, {const: Deprecated}]`, a list of values split for their own
 * descriptions, inline or through `$ref`s) is one list of allowed values to
 * the reader: the cell gets one `enum` finding, with the values and a
 * suggestion, not "must match a schema in anyOf" and one per branch. Ajv
 * reports an alternative that fails right after its branches' errors, so
 * the errors are read as a stack: an alternative of n branches whose last n
 * errors are each a value list on the same cell replaces them (a nested
 * one, merged first, counts as one list).
 */
function mergeValueAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  if (!errors.some((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')) return [...errors];
  const stack: ErrorObject[] = [];
  for (const error of errors) {
    const branches = (error.keyword === 'anyOf' || error.keyword === 'oneOf') && Array.isArray(error.schema) ? error.schema.length : 0;
    // oneOf also fails when several branches pass: that is no value missing from a list.
    const noneMatched = (error.params as { passingSchemas?: unknown }).passingSchemas == null;
    const last = branches > 0 && noneMatched && stack.length >= branches ? stack.slice(stack.length - branches) : [];
    if (last.length === 0 || !last.every((branch) => branch.instancePath === error.instancePath && (branch.keyword === 'enum' || branch.keyword === 'const'))) {
      stack.push(error);
      continue;
    }
    stack.length -= branches;
    const values = last.flatMap((branch) => (branch.keyword === 'enum' ? (branch.schema as unknown[]) : [branch.params['allowedValue']]));
    stack.push({ ...error, keyword: 'enum', schema: values, params: { allowedValues: values }, message: 'must be equal to one of the allowed values' });
  }
  return stack;
}

/**
 * The `then`/`else` branches (schema paths, `/` ended) that a row of a table
 * without a required column took only because the column is not there: an
 * `if` that tests `Support State` fails on a table whose header says `Support
 * Level`, and its `else` would blame every row's Notes for a rule about
 * Support State. The missing column is reported once, on the header; the
 * branch says nothing about the rows until it is back.
 */
function undecidedBranches(errors: readonly ErrorObject[]): string[] {
  const missing = new Set<string>();
  for (const error of errors) if (error.keyword === 'required' && error.instancePath === '') missing.add(String(error.params['missingProperty']));
  if (missing.size === 0) return [];
  const branches: string[] = [];
  for (const error of errors) {
    if (error.keyword !== 'if' || error.instancePath !== '' || !error.schemaPath.endsWith('/if')) continue;
    if (!mentions(error.schema, missing)) continue;
    branches.push(`${error.schemaPath.slice(0, -'if'.length)}${String(error.params['failingKeyword'])}/`);
  }
  return branches;
}

/** Whether a condition (an `if` subschema) names one of `columns`, through `properties`, `required` and the combinators. */
function mentions(schema: unknown, columns: ReadonlySet<string>, depth = 0): boolean {
  if (typeof schema !== 'object' || schema === null || depth > 16) return false;
  const node = schema as Record<string, unknown>;
  const properties = node['properties'];
  if (typeof properties === 'object' && properties !== null && Object.keys(properties).some((name) => columns.has(name))) return true;
  const required = node['required'];
  if (Array.isArray(required) && required.some((name) => typeof name === 'string' && columns.has(name))) return true;
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[keyword];
    if (Array.isArray(list) && list.some((branch) => mentions(branch, columns, depth + 1))) return true;
  }
  return mentions(node['not'], columns, depth + 1);
}

/** `minLength` ≥ 1 failing on an empty cell: the cell is required, whatever else it fails. */
export const isEmptyRequired = (error: Pick<RowError, 'keyword' | 'params' | 'value'>): boolean =>
  error.keyword === 'minLength' && Number(error.params['limit']) >= 1 && error.value === '';

export function rowErrors(errors: readonly ErrorObject[]): RowError[] {
  const out: RowError[] = [];
  for (const error of relevant([...errors])) {
    // ajv-errors replaces the original errors with one `errorMessage` error that lists them.
    const original = error.keyword === 'errorMessage' ? (error.params['errors'] as ErrorObject[] | undefined)?.[0] : error;
    const severity = (error.parentSchema as AnySchemaObject | undefined)?.[SEVERITY_KEYWORD] as Severity | undefined;
    const rowError: RowError = {
      keyword: original?.keyword ?? 'errorMessage',
      schema: original?.schema,
      params: (original?.params ?? {}) as Record<string, unknown>,
      instancePath: error.instancePath,
    };
    // An error under `propertyNames` is about a column's name, which Ajv keeps beside the params.
    const propertyName = (original as { propertyName?: unknown } | undefined)?.propertyName;
    if (typeof propertyName === 'string') rowError.params = { ...rowError.params, propertyName };
    const field = fieldOf(error.instancePath);
    if (field !== undefined) rowError.field = field;
    const data = original?.data ?? error.data;
    if (typeof data === 'string') rowError.value = data;
    if (error.keyword === 'errorMessage') rowError.authored = error.message ?? 'is invalid';
    else if (error.message !== undefined) rowError.ajvMessage = error.message;
    if (severity !== undefined) rowError.severity = severity;
    out.push(rowError);
  }
  // An empty required cell also fails its pattern or enum; saying "is empty" once is enough.
  const emptyRequired = new Set(out.filter(isEmptyRequired).map((error) => error.field));
  return out.filter((error) => isEmptyRequired(error) || !(error.value === '' && emptyRequired.has(error.field)));
}
