/**
 * The one Ajv set-up every schema is compiled with: draft 2020-12, all errors
 * (so every bad cell in a row is reported), verbose errors (the engine needs
 * each error's data and parent schema), ajv-formats, ajv-errors, and the
 * custom keywords documented in the README's schema reference:
 *
 * - `linkAgreement: { text, url, prefer? }` on a link object `{ text, url }`:
 *   both regexes must match, and every named group that both regexes define
 *   must capture the same value (e.g. the org and team of a GitHub team
 *   link); `prefer: url` (or `text`) says which side a fix keeps.
 * - `x-severity: "warning"`: an annotation; an error raised by a keyword of
 *   this subschema is reported with that severity instead of the rule's.
 * - `x-support-table-lint: { ... }`: an annotation at a schema's root holding
 *   table options (key column, unique, order, groups, notes, severities).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020.js';
import type { DataValidateFunction } from 'ajv/dist/types/index.js';
import ajvErrorsModule from 'ajv-errors';
import ajvFormatsModule from 'ajv-formats';
import type { Link } from '../markdown/types.js';
import { CONFIG_SCHEMA, PRESET_SCHEMAS } from './preset-schemas.js';
import { ajvRegExp, compilePattern } from './regex.js';

export type Ajv = Ajv2020;

// Both plugins are CommonJS with `exports.default`; NodeNext types the default import as the module.
const interop = <T>(module: T | { default: T }): T =>
  typeof module === 'object' && module !== null && 'default' in module ? module.default : (module as T);
const ajvErrors = interop(ajvErrorsModule);
const ajvFormats = interop(ajvFormatsModule);

export const SEVERITY_KEYWORD = 'x-severity';
export const OPTIONS_KEYWORD = 'x-support-table-lint';
export const LINK_AGREEMENT_KEYWORD = 'linkAgreement';

export type LinkAgreementProblem = 'text' | 'url' | 'mismatch';

export interface LinkAgreementParams {
  problem: LinkAgreementProblem;
  text: string;
  url: string;
  /** The regex that did not match (problem `text` or `url`). */
  pattern?: string;
  /** The first named group whose values differ (problem `mismatch`). */
  group?: string;
  textValue?: string;
  urlValue?: string;
}

export interface LinkAgreementSchema {
  text: string;
  url: string;
  /** Which side is right when the two disagree; the fix rewrites the other. Without it there is no fix. */
  prefer?: 'text' | 'url';
}

function compileLinkAgreement(schema: LinkAgreementSchema, parentSchema: AnySchemaObject): DataValidateFunction {
  const textPattern = compilePattern(schema.text);
  const urlPattern = compilePattern(schema.url);
  const validate: DataValidateFunction = (data: unknown) => {
    const link = data as Partial<Link>;
    const text = typeof link.text === 'string' ? link.text : '';
    const url = typeof link.url === 'string' ? link.url : '';
    const fail = (params: Omit<LinkAgreementParams, 'text' | 'url'>): boolean => {
      // Ajv fills in instancePath, schemaPath, data and schema, but not parentSchema (which `x-severity` needs).
      const error = {
        keyword: LINK_AGREEMENT_KEYWORD,
        parentSchema,
        params: { ...params, text, url },
        message: `link text and URL must match ${schema.text} and ${schema.url} and agree`,
      } as unknown as ErrorObject;
      validate.errors = [error];
      return false;
    };
    const textMatch = textPattern.exec(text);
    if (!textMatch) return fail({ problem: 'text', pattern: schema.text });
    const urlMatch = urlPattern.exec(url);
    if (!urlMatch) return fail({ problem: 'url', pattern: schema.url });
    const urlGroups = urlMatch.groups;
    for (const [group, textValue] of Object.entries(textMatch.groups)) {
      if (!(group in urlGroups)) continue;
      const urlValue = urlGroups[group];
      if (textValue !== urlValue) return fail({ problem: 'mismatch', group, textValue: textValue ?? '', urlValue: urlValue ?? '' });
    }
    return true;
  };
  return validate;
}

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
      },
      required: ['text', 'url'],
      additionalProperties: false,
    },
    compile: compileLinkAgreement,
  });
  ajv.addKeyword({ keyword: SEVERITY_KEYWORD, schemaType: 'string', metaSchema: { enum: ['error', 'warning', 'notice'] } });
  // Validated against the config schema's table options when the schema is compiled (better messages).
  ajv.addKeyword({ keyword: OPTIONS_KEYWORD, schemaType: 'object' });
  for (const schema of [...Object.values(PRESET_SCHEMAS), CONFIG_SCHEMA]) ajv.addSchema(schema);
  return ajv;
}
