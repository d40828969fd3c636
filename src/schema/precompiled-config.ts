/**
 * The config schema's validator (schemas/config.schema.json), generated at
 * build time as Ajv standalone code like the presets' (see precompiled.ts).
 * A module of its own, imported only when there is a config file to check:
 * it is most of the generated code, and a run without a config need not
 * compile it.
 */
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';

export const PRECOMPILED_CONFIG: AnyValidateFunction | undefined = undefined;
