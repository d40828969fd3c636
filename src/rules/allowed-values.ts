import { prepareValues, suggestAmong, VARIATION_SELECTORS, type PreparedValues } from '../schema/suggest.js';
import { ruleDocs, type SchemaRule } from './types.js';
import { cellSubject, replaceInCell, sentence } from './util.js';

/** The allowed values a message names at most: an enum of a thousand gates is the schema's to list, not every finding's. */
const LISTED = 30;

/** The allowed values, readable: an empty value is "an empty cell", and a value with a comma or quote is quoted, so values do not run together. */
const list = (values: unknown[]): string => {
  const shown = values
    .slice(0, values.length > LISTED ? LISTED - 1 : LISTED)
    .map(String)
    .map((value) => (value === '' ? 'an empty cell' : /[,"]/.test(value) ? JSON.stringify(value) : value))
    .join(', ');
  return values.length > LISTED ? `${shown} and ${(values.length - LISTED + 1).toLocaleString('en-US')} more (the schema lists them)` : shown;
};

/** Per enum (Ajv hands every row's error the same array): its message text, its values prepared for suggestions, and the suggestions made. */
const readEnums = new WeakMap<object, { text: string; prepared: PreparedValues; said: Map<string, string | undefined> }>();
function enumOf(allowed: unknown[]): { text: string; prepared: PreparedValues; said: Map<string, string | undefined> } {
  let known = readEnums.get(allowed);
  if (!known) readEnums.set(allowed, (known = { text: list(allowed), prepared: prepareValues(allowed.map(String)), said: new Map() }));
  return known;
}

/** The variation selectors in a text, by code point: `U+FE0F`. */
const selectorsIn = (text: string): string => [...new Set(text.match(VARIATION_SELECTORS) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`).join(', ');

/**
 * An `enum` or `const` failed. When the value is close to an allowed one
 * (case, emphasis, spaces for hyphens, a trailing `?`, a typo) the finding
 * suggests it and carries a fix that rewrites just that text in the cell.
 */
export const allowedValues: SchemaRule = {
  kind: 'schema',
  meta: {
    id: 'allowed-values',
    type: 'problem',
    description: 'A cell must hold one of the values the schema allows (enum, const).',
    severity: 'error',
    docs: ruleDocs('allowed-values'),
    fixable: 'code',
    messages: {
      notOneOf: '{{subject}} is not one of {{allowed}}.',
      notOneOfSuggest: '{{subject}} is not one of {{allowed}}. Did you mean "{{suggestion}}"?',
      selector: '{{subject}} is not one of {{allowed}}: it differs from "{{suggestion}}" only by an invisible variation selector ({{selector}}), which picks the text or emoji form of a symbol. Did you mean "{{suggestion}}"?',
      emptyNotOneOf: '{{subject}} is empty; expected one of {{allowed}}.',
      notConst: '{{subject}} is not "{{allowed}}".',
      notConstSuggest: '{{subject}} is not "{{allowed}}". Did you mean "{{suggestion}}"?',
      emptyNotConst: '{{subject}} is empty; expected "{{allowed}}".',
      authored: '{{subject}} {{authored}}',
      authoredSuggest: '{{subject}} {{authored}} Did you mean "{{suggestion}}"?',
      footnote: '{{subject}} is not one of {{allowed}}: its {{reference}} is a footnote reference that no "{{reference}}: …" line of the file defines, so it reads as text. Define the footnote, or take the reference out.',
    },
  },
  claims: (error) => error.keyword === 'enum' || error.keyword === 'const',
  check({ source, error, cell, span, rowKey, keyColumn, report }) {
    const allowed = error.keyword === 'enum' ? ((error.schema as unknown[] | undefined) ?? []) : [error.params['allowedValue']];
    const value = error.value;
    // `Beta[^2]` with no `[^2]:` definition: GFM keeps the reference as text, and the value is what precedes it.
    const footnote = error.authored === undefined && error.keyword === 'enum' ? /^(.*?)\s*(\[\^[^\]\s]+\])$/.exec(value ?? '') : null;
    if (footnote && allowed.map(String).includes(footnote[1]!)) {
      report({ span, messageId: 'footnote', data: { subject: cellSubject(error.field, value, rowKey, keyColumn), allowed: enumOf(allowed).text, reference: footnote[2]! } });
      return;
    }
    const known = enumOf(allowed);
    let suggestion: string | undefined;
    if (value) {
      if (known.said.has(value)) suggestion = known.said.get(value);
      else known.said.set(value, (suggestion = suggestAmong(value, known.prepared)));
    }
    const kind = error.keyword === 'enum' ? 'NotOneOf' : 'NotConst';
    let messageId: string;
    if (error.authored !== undefined) messageId = suggestion ? 'authoredSuggest' : 'authored';
    else if (value === '') messageId = `empty${kind}`;
    else messageId = `${kind[0]!.toLowerCase()}${kind.slice(1)}${suggestion ? 'Suggest' : ''}`;
    // Two spellings of one symbol that look alike: the message says what tells them apart.
    const bare = (text: string): string => text.replace(VARIATION_SELECTORS, '');
    const selector = suggestion !== undefined && value && value !== suggestion && bare(value) === bare(suggestion) && error.authored === undefined;
    if (selector) messageId = 'selector';
    const fix = suggestion !== undefined && value ? replaceInCell(source, cell, value, suggestion) : undefined;
    report({
      span,
      messageId,
      data: {
        subject: cellSubject(error.field, value, rowKey, keyColumn),
        allowed: error.keyword === 'enum' ? known.text : String(allowed[0]),
        authored: sentence(error.authored ?? ''),
        ...(suggestion !== undefined ? { suggestion } : {}),
        ...(selector ? { selector: selectorsIn(value + suggestion) } : {}),
      },
      ...(suggestion !== undefined ? { suggestion } : {}),
      ...(fix ? { fix } : {}),
    });
  },
};
