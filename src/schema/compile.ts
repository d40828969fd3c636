/**
 * A JSON Schema for one row, compiled once: what it says about the table's
 * columns and options, and a `validate` that returns its errors for a row
 * (see validate.ts; the schema rules turn them into findings).
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import { ConfigError } from '../config/errors.js';
import { atPointer } from '../config/json-pointer.js';
import type { TableOptions } from '../config/types.js';
import type { Ajv } from './ajv.js';
import { OPTIONS_KEYWORD } from './keywords.js';
import { CONFIG_SCHEMA_ID } from './preset-schemas.js';
import { emptyRowObject, probeRow, RESERVED_PROPERTIES, type RowObject } from './row-object.js';
import { compilePattern, type Pattern } from './regex.js';
import { rowErrors, type RowError } from './validate.js';

export interface CompiledSchema {
  id: string;
  /** Column names the schema defines (its `properties`, through `$ref` and `allOf`), without `$raw` etc. */
  properties: string[];
  /**
   * Every name the schema gives a property anywhere (in `properties` at any
   * depth, `required`, `dependentRequired`, in files it `$ref`s): a column
   * spelt here in another case than in `properties` is read under that name
   * too (canonicalColumns), so no part of the schema loses its cell.
   */
  spellings: string[];
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

/**
 * What a schema says about columns, through `allOf` and `$ref`: to another
 * file (`./row.yaml`, resolved against the `$id` of the document that holds
 * it, as Ajv registered it), into a document (`#/$defs/status`), or both. A
 * property's allowed values are read the same way, so an enum kept in a
 * definition is an enum to the table rules too.
 */
function shapeOf(schema: Json, ajv: Ajv | undefined): Shape & { spellings: string[] } {
  const place = { root: schema, base: typeof schema.$id === 'string' ? schema.$id : undefined };
  return { ...new ShapeReader(ajv).shape(schema, place), spellings: spellingsIn(schema, place, ajv) };
}

/**
 * The property names written anywhere in a schema and in the documents its
 * `$ref`s reach (whole documents: a name too many only makes an alias no
 * keyword reads).
 */
function spellingsIn(schema: Json, place: Place, ajv: Ajv | undefined): string[] {
  const names = new Set<string>();
  const documents = new Set<object>();
  const stack: { node: unknown; base: string | undefined }[] = [{ node: schema, base: place.base }];
  let visited = 0;
  while (stack.length > 0 && visited++ < 200_000) {
    const { node, base: outer } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, base: outer });
      continue;
    }
    const json = node as Json;
    let base = outer;
    if (typeof json.$id === 'string') {
      try {
        base = outer === undefined ? json.$id : new URL(json.$id, outer).href;
      } catch {
        base = outer;
      }
    }
    if (isObject(json.properties)) for (const name of Object.keys(json.properties)) names.add(name);
    for (const keyword of ['required']) {
      const list = json[keyword];
      if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') names.add(name);
    }
    for (const keyword of ['dependentRequired', 'dependentSchemas', 'dependencies']) {
      const map = json[keyword];
      if (!isObject(map)) continue;
      for (const [name, value] of Object.entries(map)) {
        names.add(name);
        if (Array.isArray(value)) for (const other of value) if (typeof other === 'string') names.add(other);
      }
    }
    if (typeof json.$ref === 'string' && ajv) {
      const file = json.$ref.split('#')[0]!;
      if (file !== '') {
        let document: unknown;
        try {
          document = ajv.getSchema(base === undefined ? file : new URL(file, base).href)?.schema;
        } catch {
          document = undefined;
        }
        if (isObject(document) && !documents.has(document)) {
          documents.add(document);
          stack.push({ node: document, base: typeof document.$id === 'string' ? document.$id : undefined });
        }
      }
    }
    for (const [key, value] of Object.entries(json)) {
      if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default') continue;
      stack.push({ node: value, base });
    }
  }
  return [...names].filter((name) => !RESERVED_PROPERTIES.includes(name));
}

/** Where a subschema is: the document that holds it (for `#` refs) and that document's URI (for relative ones). */
interface Place {
  root: Json;
  base: string | undefined;
}

class ShapeReader {
  private readonly seen = new Set<unknown>();
  constructor(private readonly ajv: Ajv | undefined) {}

  shape(schema: Json, outer: Place): Shape {
    const shape: Shape = { properties: [], enums: {}, patterns: [], required: [], additionalColumns: true, options: {} };
    if (this.seen.has(schema)) return shape;
    this.seen.add(schema);
    const place = within(schema, outer);
    const merge = (other: Shape): void => {
      shape.properties.push(...other.properties);
      Object.assign(shape.enums, other.enums);
      shape.patterns.push(...other.patterns);
      shape.required.push(...other.required);
      shape.additionalColumns &&= other.additionalColumns;
      shape.options = mergeOptions(shape.options, other.options);
    };
    const target = this.follow(schema, place);
    if (target) merge(this.shape(target.node, target.place));
    if (Array.isArray(schema.allOf)) for (const part of schema.allOf) if (isObject(part)) merge(this.shape(part, place));
    if (isObject(schema.properties)) {
      shape.properties.push(...Object.keys(schema.properties));
      // A column named only under $links or $raw is a column the schema names: a header that matches it
      // but for case gets its spelling there too (`$links: {properties: {owners: …}}` over `Owners`).
      for (const model of ['$links', '$raw']) {
        const within = schema.properties[model];
        if (isObject(within) && isObject(within.properties)) shape.properties.push(...Object.keys(within.properties));
      }
      for (const [name, property] of Object.entries(schema.properties)) {
        const values = isObject(property) ? this.allowed(property, place, 0) : undefined;
        if (values) shape.enums[name] = values;
      }
    }
    // A column named only in a branch (`then: {properties: {Owners: …}}` under unevaluatedProperties:
    // false) is a column the schema knows: its name counts, what the branch requires or lists does not.
    // After the schema's own properties, whose spelling of a column wins (canonicalColumns).
    const branches = [schema.if, schema.then, schema.else, ...(Array.isArray(schema.anyOf) ? schema.anyOf : []), ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])];
    for (const branch of branches) if (isObject(branch)) shape.properties.push(...this.shape(branch, place).properties);
    if (isObject(schema.patternProperties)) {
      for (const pattern of Object.keys(schema.patternProperties)) shape.patterns.push(compilePattern(pattern));
    }
    if (Array.isArray(schema.required)) shape.required.push(...schema.required.filter((name) => typeof name === 'string'));
    // draft 2020-12 closes a composed schema with unevaluatedProperties: to the header, the same as additionalProperties.
    if (schema.additionalProperties === false || schema.unevaluatedProperties === false) shape.additionalColumns = false;
    if (isObject(schema[OPTIONS_KEYWORD])) shape.options = mergeOptions(shape.options, schema[OPTIONS_KEYWORD] as TableOptions);
    const columns = (names: string[]): string[] => [...new Set(names)].filter((name) => !RESERVED_PROPERTIES.includes(name));
    return { ...shape, properties: columns(shape.properties), required: columns(shape.required) };
  }

  /** A property's allowed values: its `enum` or `const`, or those of the schema its `$ref` or an `allOf` part names. */
  private allowed(property: Json, outer: Place, depth: number): string[] | undefined {
    if (Array.isArray(property.enum)) return property.enum.map(String);
    const place = within(property, outer);
    if (property.const !== undefined) return [String(property.const)];
    if (depth > 16) return undefined;
    const target = this.follow(property, place);
    const fromRef = target && this.allowed(target.node, target.place, depth + 1);
    if (fromRef) return fromRef;
    if (Array.isArray(property.allOf)) {
      for (const part of property.allOf) {
        const values = isObject(part) ? this.allowed(part, place, depth + 1) : undefined;
        if (values) return values;
      }
    }
    // Alternatives that each list values (an enum split for the values' own descriptions) allow them all.
    for (const keyword of ['anyOf', 'oneOf']) {
      const branches = property[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const lists = branches.map((branch) => (isObject(branch) ? this.allowed(branch, place, depth + 1) : undefined));
      if (lists.every((list) => list !== undefined)) return [...new Set(lists.flat() as string[])];
    }
    return undefined;
  }

  /** The subschema a `$ref` names, and where it is; undefined when there is none or it cannot be found. */
  private follow(schema: Json, place: Place): { node: Json; place: Place } | undefined {
    if (typeof schema.$ref !== 'string') return undefined;
    const ref = schema.$ref;
    const hash = ref.indexOf('#');
    const file = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    let root = place.root;
    let base = place.base;
    if (file !== '') {
      let uri: string;
      try {
        uri = base === undefined ? file : new URL(file, base).href;
      } catch {
        return undefined;
      }
      const document = this.ajv?.getSchema(uri)?.schema;
      if (!isObject(document)) return undefined;
      root = document;
      base = typeof document.$id === 'string' ? document.$id : uri;
    }
    // An `$anchor` name (no leading /) is not followed.
    const node = atPointer(root, fragment, { uriFragment: true });
    return isObject(node) ? { node, place: { root, base } } : undefined;
  }
}

/**
 * Where a subschema's own `$ref`s resolve: a subschema with an `$id` of its
 * own is a document of its own (`#/$defs/s` in it names its `$defs`, and a
 * relative file is beside its URI), as Ajv resolves it.
 */
function within(schema: Json, outer: Place): Place {
  if (typeof schema.$id !== 'string' || schema === outer.root) return outer;
  try {
    return { root: schema, base: outer.base === undefined ? schema.$id : new URL(schema.$id, outer.base).href };
  } catch {
    return { root: schema, base: schema.$id };
  }
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
  const probe = (row: RowObject): void => {
    try {
      validateRow(row);
    } catch (error) {
      if (error instanceof RangeError) throw new ConfigError(`${id}: invalid JSON Schema: ${usesRef(schema) ? REF_LOOP : TOO_BIG}`);
    }
  };
  probe(emptyRowObject());
  const shape = shapeOf(schema as Json, ajv);
  // A loop under a column's own schema (Release: {$ref: a.yaml}, a.yaml → b.yaml → a.yaml) is reached only
  // by a row that has the column: try one with every column the schema names, each cell empty.
  probe(probeRow(shape.properties));
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
