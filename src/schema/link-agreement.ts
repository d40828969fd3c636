/**
 * The `linkAgreement` keyword's check (see ajv.ts), apart from Ajv itself:
 * the presets' validators are generated at build time (Ajv standalone code,
 * scripts/precompile-presets.ts) and call this at run time without loading
 * Ajv.
 */
import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020.js';
import type { DataValidateFunction } from 'ajv/dist/types/index.js';
import type { Link } from '../markdown/types.js';
import { compilePattern } from './regex.js';

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
  /** Compare the groups without regard to case: GitHub reads `nalinD` and `nalind` as one login. */
  ignoreCase?: boolean;
}

export function compileLinkAgreement(schema: LinkAgreementSchema, parentSchema: AnySchemaObject): DataValidateFunction {
  // RE2 (regex.ts): a schema author's pattern cannot hang validation.
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
      const same = schema.ignoreCase ? textValue?.toLowerCase() === urlValue?.toLowerCase() : textValue === urlValue;
      if (!same) return fail({ problem: 'mismatch', group, textValue: textValue ?? '', urlValue: urlValue ?? '' });
    }
    return true;
  };
  // What the closure was made from, so that the build step can re-create it in generated code.
  Object.defineProperty(validate, MADE_FROM, { value: { schema, parentSchema } });
  return validate;
}

export const MADE_FROM: unique symbol = Symbol.for('support-table-lint.linkAgreement');
