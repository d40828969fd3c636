/**
 * The one Ajv set-up every schema is compiled with: draft 2020-12, all errors
 * (so every bad cell in a row is reported), verbose errors (the engine needs
 * each error's data and parent schema), ajv-formats, ajv-errors, and the
 * custom keywords documented in the README's schema reference:
 *
 * - `linkAgreement: { text, url, prefer?, ignoreCase? }` on a link object `{ text, url }`:
 *   both regexes must match, and every named group that both regexes define
 *   must capture the same value (e.g. the org and team of a GitHub team
 *   link); `prefer: url` (or `text`) says which side a fix keeps;
 *   `ignoreCase: true` compares the groups without regard to case (GitHub
 *   logins and org names).
 * - `x-severity: "warning"`: an annotation; an error raised by a keyword of
 *   this subschema is reported with that severity instead of the rule's.
 * - `x-support-table-lint: { ... }`: an annotation at a schema's root holding
 *   table options (key column, unique, order, groups, notes, severities).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvErrorsModule from 'ajv-errors';
import ajvFormatsModule from 'ajv-formats';
import { compileLinkAgreement } from './link-agreement.js';
import { CONFIG_SCHEMA, PRESET_SCHEMAS } from './preset-schemas.js';
import { ajvRegExp } from './regex.js';

export type Ajv = Ajv2020;

// Both plugins are CommonJS with `exports.default`; NodeNext types the default import as the module.
const interop = <T>(module: T | { default: T }): T =>
  typeof module === 'object' && module !== null && 'default' in module ? module.default : (module as T);
const ajvErrors = interop(ajvErrorsModule);
const ajvFormats = interop(ajvFormatsModule);

export { OPTIONS_KEYWORD, SEVERITY_KEYWORD } from './keywords.js';
import { OPTIONS_KEYWORD, SEVERITY_KEYWORD } from './keywords.js';
export { LINK_AGREEMENT_KEYWORD } from './link-agreement.js';
import { LINK_AGREEMENT_KEYWORD } from './link-agreement.js';

export { compileLinkAgreement, type LinkAgreementParams, type LinkAgreementProblem, type LinkAgreementSchema } from './link-agreement.js';

export function createAjv(): Ajv {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    // Strict about keywords (a typo such as `enm` must not silently pass), lenient
    // about types: cells are always strings, so `type` next to `pattern` is optional.
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    // A `properties` entry that a `patternProperties` pattern also matches is valid JSON Schema (both
    // apply: the usual way to tighten one column of a matrix); strict mode refuses it unless allowed.
    allowMatchingProperties: true,
    // User patterns run on RE2 (linear time): see regex.ts.
    code: { regExp: ajvRegExp as never },
    // Checking a schema against the draft 2020-12 meta-schema means compiling
    // that meta-schema first, which costs more than everything else a small
    // run does. The built-in schemas are checked by a test instead, and
    // config/load.ts checks each user schema explicitly.
    validateSchema: false,
  });
  ajvFormats(ajv);
  ajvErrors(ajv);
  ajv.addKeyword({
    keyword: LINK_AGREEMENT_KEYWORD,
    type: 'object',
    schemaType: 'object',
    errors: true,
    metaSchema: {
      type: 'object',
      properties: {
        text: { type: 'string' },
        url: { type: 'string' },
        prefer: { enum: ['text', 'url'] },
        ignoreCase: { type: 'boolean' },
      },
      required: ['text', 'url'],
      additionalProperties: false,
    },
    compile: compileLinkAgreement,
  });
  ajv.addKeyword({ keyword: SEVERITY_KEYWORD, schemaType: 'string', metaSchema: { enum: ['error', 'warning', 'notice'] } });
  // `$anchor` is a draft 2020-12 core keyword Ajv resolves, but a subschema compiled as a $ref's target
  // keeps it as a keyword strict mode does not know ("unknown keyword"): declare it, as an annotation.
  if (!ajv.getKeyword('$anchor')) ajv.addKeyword({ keyword: '$anchor', schemaType: 'string' });
  // Validated against the config schema's table options when the schema is compiled (better messages).
  ajv.addKeyword({ keyword: OPTIONS_KEYWORD, schemaType: 'object' });
  for (const schema of [...Object.values(PRESET_SCHEMAS), CONFIG_SCHEMA]) ajv.addSchema(schema);
  return ajv;
}
