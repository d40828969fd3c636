/**
 * The built-in presets, by name. Their JSON files live in schemas/; each has a
 * stable `$id` that user schemas can `$ref`.
 */
import type { Ajv } from './ajv.js';
import { compileSchema, precompiledSchema, type CompiledSchema } from './compile.js';
import { PRECOMPILED_PRESETS } from './precompiled.js';
import { PRESET_SCHEMAS } from './preset-schemas.js';

export { PRESET_SCHEMAS };

export const PRESET_NAMES: readonly string[] = Object.keys(PRESET_SCHEMAS);

export interface Preset {
  name: string;
  schema: CompiledSchema;
}

/**
 * `ajv` must give the instance from createAjv(), which registers the presets
 * under their `$id`; it is not called when the bundle carries the presets'
 * validators generated at build time (a run without a config then never
 * loads Ajv's compiler).
 */
export const compilePresets = (ajv: Ajv | (() => Ajv)): Preset[] =>
  Object.entries(PRESET_SCHEMAS).map(([name, schema]) => {
    const precompiled = PRECOMPILED_PRESETS?.[name];
    if (precompiled) return { name, schema: precompiledSchema(schema, name, precompiled) };
    return { name, schema: compileSchema(schema, typeof ajv === 'function' ? ajv() : ajv, name, { builtIn: true }) };
  });
