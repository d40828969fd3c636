/**
 * The built-in presets' validators, generated at build time as Ajv
 * standalone code (scripts/precompile-presets.ts; rollup.config.js puts the
 * generated module in this one's place in every bundle). Run from sources
 * (tests, tsx), there are none and the presets are compiled with Ajv at run
 * time: the same code either way.
 */
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';

export const PRECOMPILED_PRESETS: Readonly<Record<string, AnyValidateFunction>> | undefined = undefined;
