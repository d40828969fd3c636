/**
 * The built-in presets, by name. Their JSON files live in schemas/; each has a
 * stable `$id` that user schemas can `$ref`.
 */
import type { Ajv } from './ajv.js';
import { compileSchema, type CompiledSchema } from './compile.js';
import { PRESET_SCHEMAS } from './preset-schemas.js';

export { PRESET_SCHEMAS };

export const PRESET_NAMES: readonly string[] = Object.keys(PRESET_SCHEMAS);

export interface Preset {
  name: string;
  schema: CompiledSchema;
}

/** `ajv` must come from createAjv(), which registers the presets under their `$id`. */
export const compilePresets = (ajv: Ajv): Preset[] =>
  Object.entries(PRESET_SCHEMAS).map(([name, schema]) => ({ name, schema: compileSchema(schema, ajv, name, { builtIn: true }) }));
