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

/** `kind`: one side names a group the other's match does not (a user link's text on a team link's URL). */
export type LinkAgreementProblem = 'text' | 'url' | 'mismatch' | 'kind';

export interface LinkAgreementParams {
  problem: LinkAgreementProblem;
  text: string;
  url: string;
  /** The regex that did not match (problem `text` or `url`). */
  pattern?: string;
  /** The first named group whose values differ (problem `mismatch`), or that one side sets and the other not (`kind`). */
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
  const shared = sharedGroups(schema);
  const unshared = unsharedGroups(schema);
  if (unshared) throw new Error(unshared);
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
    const group = disagreement(shared, textMatch.groups, urlMatch.groups, schema.ignoreCase === true);
    if (group === undefined) return true;
    const [textValue, urlValue] = [textMatch.groups[group], urlMatch.groups[group]];
    if (textValue === undefined || urlValue === undefined) return fail({ problem: 'kind', group, textValue: textValue ?? '', urlValue: urlValue ?? '' });
    return fail({ problem: 'mismatch', group, textValue, urlValue });
  };
  // What the closure was made from, so that the build step can re-create it in generated code.
  Object.defineProperty(validate, MADE_FROM, { value: { schema, parentSchema } });
  return validate;
}

const groupNames = (pattern: string): Set<string> => new Set([...pattern.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((match) => match[1]!));

/** The group names both patterns define (`org`, `team`), whether or not a match sets them. */
export function sharedGroups(schema: Pick<LinkAgreementSchema, 'text' | 'url'>): string[] {
  const inUrl = groupNames(schema.url);
  return [...groupNames(schema.text)].filter((name) => inUrl.has(name));
}

export const UNSHARED_GROUPS = 'linkAgreement: ';

/**
 * Named groups on both sides with no name in common (`(?<v>…)` in the text,
 * `(?<ver>…)` in the URL): nothing is compared, and the agreement is only
 * that both match, surely not what the groups were written for.
 */
export function unsharedGroups(schema: Pick<LinkAgreementSchema, 'text' | 'url'>): string | undefined {
  const [text, url] = [groupNames(schema.text), groupNames(schema.url)];
  if (text.size === 0 || url.size === 0 || [...text].some((name) => url.has(name))) return undefined;
  const list = (names: Set<string>): string => [...names].join(', ');
  return `${UNSHARED_GROUPS}the text names the groups ${list(text)} and the url ${list(url)}: with no name in common, nothing is compared; name the part both must agree on alike on both sides (the same (?<name>…) in each)`;
}

/**
 * The first shared group whose values differ. A group one side's match does
 * not set, while the other's does, differs too: with alternatives (a team link
 * or a user link), `[@jdoe](…/orgs/acme/teams/docs)` is a user in the text and
 * a team in the URL.
 */
export function disagreement(shared: readonly string[], text: Readonly<Record<string, string | undefined>>, url: Readonly<Record<string, string | undefined>>, ignoreCase: boolean): string | undefined {
  return shared.find((group) => {
    const [a, b] = [text[group], url[group]];
    return ignoreCase ? a?.toLowerCase() !== b?.toLowerCase() : a !== b;
  });
}

export const MADE_FROM: unique symbol = Symbol.for('support-table-lint.linkAgreement');
