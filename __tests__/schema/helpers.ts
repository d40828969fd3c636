/** Row objects for schema tests, built the way the reader builds them (see src/schema/row-object.ts). */
import type { Link } from '../../src/markdown/types.js';
import type { RowObject } from '../../src/schema/row-object.js';

export interface CellSpec {
  /** Plain text; defaults to `raw`. */
  text?: string;
  raw: string;
  links?: Link[];
}

export function rowObject(cells: Record<string, string | CellSpec>, group: string | null = null): RowObject {
  const row: RowObject = { $group: group, $raw: {}, $links: {} };
  for (const [column, cell] of Object.entries(cells)) {
    const spec = typeof cell === 'string' ? { raw: cell } : cell;
    row[column] = spec.text ?? spec.raw;
    row.$raw[column] = spec.raw;
    row.$links[column] = spec.links ?? [];
  }
  return row;
}

/** A Maintainers cell holding team links; each is `text|url` plus an optional `*` suffix. */
export function teams(...links: { text: string; url: string; star?: boolean }[]): CellSpec {
  return {
    raw: links.map(({ text, url, star }) => `[${text}](${url})${star ? '*' : ''}`).join(', '),
    text: links.map(({ text, star }) => `${text}${star ? '*' : ''}`).join(', '),
    links: links.map(({ text, url }) => ({ text, url })),
  };
}

export const team = (org: string, name: string, star = false) => ({
  text: `@${org}/${name}`,
  url: `https://github.com/orgs/${org}/teams/${name}`,
  star,
});

/** A schema for a made-up table that exercises every keyword the messages handle. */
export const TEST_SCHEMA = {
  type: 'object',
  required: ['Name', 'Level', 'Owners'],
  properties: {
    Name: { type: 'string', minLength: 1, maxLength: 12 },
    Level: { enum: ['Stable', 'Preview', 'Retired'] },
    Kind: { const: 'Plugin' },
    Since: { anyOf: [{ const: '' }, { format: 'date' }] },
    Code: { pattern: '^[A-Z]{3}$' },
    Ticket: { pattern: '^#\\d+$', errorMessage: { pattern: 'is not a ticket number (${1/Level} rows need one); write #123' } },
    Owners: { type: 'string' },
    Size: { type: 'string', minLength: 3 },
    $links: {
      type: 'object',
      properties: {
        Owners: {
          type: 'array',
          maxItems: 2,
          items: {
            linkAgreement: {
              text: '^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$',
              url: '^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$',
            },
          },
        },
      },
    },
  },
  if: { properties: { Level: { const: 'Retired' } }, required: ['Level'] },
  then: { properties: { Since: { 'x-severity': 'notice', minLength: 1 } } },
  additionalProperties: false,
};

