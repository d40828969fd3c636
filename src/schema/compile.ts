/**
 * A JSON Schema for one row, compiled once: what it says about the table's
 * columns and options, and a `validate` that returns its errors for a row
 * (see validate.ts; the schema rules turn them into findings).
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import { ConfigError } from '../config/errors.js';
import type { TableOptions } from '../config/types.js';
import type { Ajv } from './ajv.js';
import { OPTIONS_KEYWORD } from './keywords.js';
import { CONFIG_SCHEMA_ID } from './preset-schemas.js';
import { emptyRowObject, RESERVED_PROPERTIES, type RowObject } from './row-object.js';
import { compilePattern, type Pattern } from './regex.js';
import { rowErrors, type RowError } from './validate.js';

export interface CompiledSchema {
  id: string;
  /** Column names the schema defines (its `properties`, through `$ref` and `allOf`), without `$raw` etc. */
  properties: string[];
  /** Column name patterns (`patternProperties`, on RE2): columns they match are known too. */
  patterns: Pattern[];
  /** Columns the schema requires (the table's header must have them). */
  required: string[];
  /** Allowed values of the columns that list them (`enum`, `const`), through `$ref` and `allOf`. */
  enums: Record<string, string[]>;
  /**
   * False when the schema sets `additionalProperties: false`: columns it does
   * not name (or match by pattern) are unknown. An `additionalProperties`
   * schema makes every column known.
   */
  additionalColumns: boolean;
  /** The schema's `x-support-table-lint` table options. */
  options: TableOptions;
  validate(row: RowObject): RowError[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const REF_LOOP = 'its $refs lead back to themselves before reaching anything that checks a row; break the loop';
const TOO_BIG = 'it is too large or too deeply nested to compile (the stack overflowed); use fewer nested levels or fewer properties';

/** Whether a schema uses `$ref` anywhere: an overflow without one is size, not a loop. Iterative, since the schema may be deep. */
function usesRef(schema: unknown): boolean {
  const stack = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (!Array.isArray(node) && '$ref' in node) return true;
    stack.push(...Object.values(node));
  }
  return false;
}

/** What a schema says about columns, gathered through `$ref` and `allOf` (how user schemas extend a preset). */
interface Shape {
  properties: string[];
  enums: Record<string, string[]>;
  patterns: Pattern[];
  required: string[];
  additionalColumns: boolean;
  options: TableOptions;
}

function shapeOf(schema: Json, ajv: Ajv | undefined, seen: Set<unknown> = new Set()): Shape {
  const shape: Shape = { properties: [], enums: {}, patterns: [], required: [], additionalColumns: true, options: {} };
  if (seen.has(schema)) return shape;
  seen.add(schema);
  const merge = (other: Shape): void => {
    shape.properties.push(...other.properties);
    Object.assign(shape.enums, other.enums);
    shape.patterns.push(...other.patterns);
    shape.required.push(...other.required);
    shape.additionalColumns &&= other.additionalColumns;
    shape.options = mergeOptions(shape.options, other.options);
  };
  if (typeof schema.$ref === 'string' && !schema.$ref.startsWith('#')) {
    const target = ajv?.getSchema(schema.$ref)?.schema;
    if (isObject(target)) merge(shapeOf(target, ajv, seen));
  }
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) if (isObject(part)) merge(shapeOf(part, ajv, seen));
  if (isObject(schema.properties)) {
    shape.properties.push(...Object.keys(schema.properties));
    for (const [name, property] of Object.entries(schema.properties)) {
      if (!isObject(property)) continue;
      if (Array.isArray(property.enum)) shape.enums[name] = property.enum.map(String);
      else if (property.const !== undefined) shape.enums[name] = [String(property.const)];
    }
  }
  if (isObject(schema.patternProperties)) {
    for (const pattern of Object.keys(schema.patternProperties)) shape.patterns.push(compilePattern(pattern));
  }
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
    throw new ConfigError(`${id}: invalid JSON Schema: ${error instanceof RangeError ? (usesRef(schema) ? REF_LOOP : TOO_BIG) : (error as Error).message}`);
  }
  // A $ref chain that comes back to where it started without reaching a keyword that checks
  // something (a.yaml: {$ref: b.yaml}, b.yaml: {$ref: a.yaml}) compiles, and then recurses
  // forever on every row: try it on an empty row now, where a config error can say so. (What
  // else an empty row does to a schema's own keywords is for the rows to show.)
  try {
    validateRow(emptyRowObject());
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigError(`${id}: invalid JSON Schema: ${usesRef(schema) ? REF_LOOP : TOO_BIG}`);
  }
  const shape = shapeOf(schema as Json, ajv);
  if (!builtIn) checkOptions(shape.options, ajv, id);
  return {
    id,
    ...shape,
    validate(row) {
      if (validateRow(row)) return [];
      return rowErrors(validateRow.errors ?? []);
    },
  };
}

/** A built-in preset whose validator was generated at build time (schema/precompiled.ts): no Ajv needed. */
export function precompiledSchema(schema: object, id: string, validateRow: AnyValidateFunction): CompiledSchema {
  return {
    id,
    ...shapeOf(schema as Json, undefined),
    validate(row) {
      if (validateRow(row)) return [];
      return rowErrors(validateRow.errors ?? []);
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
