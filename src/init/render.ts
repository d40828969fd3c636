/**
 * The files `init` writes: a config that names one schema per table shape,
 * and the schemas, in YAML with comments that say where each choice came
 * from, so the first edit is an informed one. Scalars are written as JSON
 * strings, which YAML reads as they are whatever they hold.
 */
import { posix } from 'node:path';
import { configBase } from '../config/load.js';
import type { InitPlan, Mistake, ShapePlan } from './infer.js';

export interface InitFile {
  path: string;
  text: string;
}

const q = (value: string): string => JSON.stringify(value);

/**
 * Lines of YAML as one text. A document's name is its author's choice and is
 * written into comments (`# written by … from docs/x.md`): a line break in it
 * would end the comment and make the rest of the name YAML of the schema. Any
 * line break inside a line is written as its escape, which a comment shows and
 * a double-quoted scalar reads back as the same character.
 */
const oneLine = (line: string): string => line.replace(/[\r\n\u0085\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const joinLines = (lines: string[]): string => lines.map(oneLine).join('\n');
const list = (values: string[]): string => `[${values.map(q).join(', ')}]`;

/**
 * `feature-gate-graduation-status`, from the columns, unique among `taken`
 * (lower case, accents dropped, other scripts kept).
 * `next`: for each name, the number to try after it, so that a thousand
 * shapes of one name count up once rather than each from 2.
 */
function slug(shape: ShapePlan, taken: Set<string>, next: Map<string, number>): string {
  const whole = shape.columns
    .map((column) => column.name)
    .join('-')
    .toLowerCase()
    // Accents go (`Patrón` is `patron`); letters of other scripts stay, so a table headed in Japanese
    // gets a name of its own words, not `table-2` or the one Latin word in it.
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // At most 60 characters, cut between words (`…-description-support`, not `…-description-suppor`).
  const cut = whole.length <= 60 ? whole : whole[60] === '-' ? whole.slice(0, 60) : whole.slice(0, 60).replace(/-[^-]*$/, '');
  const base = cut.replace(/-+$/, '') || whole.slice(0, 60) || 'table';
  let name = base;
  let n = next.get(base) ?? 2;
  for (; taken.has(name); n++) name = `${base}-${n}`;
  next.set(base, n);
  taken.add(name);
  return name;
}

function orderComment(shape: ShapePlan): string {
  const { order } = shape;
  if (!order) return 'The rows are in no particular order.';
  const key = shape.ownKeys ? "each table's first column" : shape.key === '' ? 'the first column' : shape.key;
  const how = { text: 'as text', ascii: 'as text, capitals first', natural: 'with numbers compared as numbers', semver: 'as versions' }[order.compare];
  return `The rows are in ${order.direction === 'asc' ? 'rising' : 'falling'} order of ${key} (${how})${order.scope === 'group' ? ' within each group' : ''}.`;
}

/**
 * A schema's comment lists at most this many likely mistakes, the first ones;
 * init's own output lists them all. A generated page of hundreds of table
 * shapes that share a column, and of thousands of rows with a mistake, would
 * otherwise list every one of them in every schema: gigabytes of comments.
 */
export const MAX_LISTED_MISTAKES = 100;

/**
 * A plan's likely mistakes (not a preset's, nor one about a table's header) by the table they were found
 * in (its file and header line), each list in the plan's order, for each schema to find its own.
 */
export type MistakesByTable = Map<string, { index: number; mistake: Mistake }[]>;

const tableKey = (file: string, line: number): string => `${file}\u0000${line}`;

export function mistakesByTable(mistakes: readonly Mistake[]): MistakesByTable {
  const byTable: MistakesByTable = new Map();
  mistakes.forEach((mistake, index) => {
    if (mistake.preset || mistake.header || mistake.table === undefined) return;
    const key = tableKey(mistake.file, mistake.table);
    (byTable.get(key) ?? byTable.set(key, []).get(key)!).push({ index, mistake });
  });
  return byTable;
}

/**
 * A schema's likely mistakes: those in the tables its shape was seen in, in
 * the plan's order; the first MAX_LISTED_MISTAKES of them, and how many more
 * there are. Looked up by table, since a plan may have hundreds of shapes and
 * thousands of mistakes; not by file and column, which gave a schema the
 * mistakes of every other table of its files with a column of the same name
 * (the 52 of kubernetes-csi's drivers table in the schema of its
 * `Name | Status | More Information` table).
 */
export function shapeMistakes(shape: ShapePlan, byTable: MistakesByTable): { listed: Mistake[]; more: number } {
  let total = 0;
  const first: { index: number; mistake: Mistake }[] = [];
  for (const key of new Set(shape.seen.map((seen) => tableKey(seen.file, seen.line)))) {
    const list = byTable.get(key);
    if (!list) continue;
    total += list.length;
    // Each list is in the plan's order: the first ones overall are among the first ones of each.
    for (let i = 0; i < list.length && i < MAX_LISTED_MISTAKES; i++) first.push(list[i]!);
  }
  const listed = first.sort((a, b) => a.index - b.index).slice(0, MAX_LISTED_MISTAKES).map(({ mistake }) => mistake);
  return { listed, more: total - listed.length };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A table's rows as a run's --verbose counts them (every row the table has), and, when some are not
 * data, what they are: `15 rows: 12 data rows, 3 group rows`.
 */
function rowsText(seen: ShapePlan['seen'][number]): string {
  const all = count(seen.rows, 'row', 'rows');
  const besides = seen.besides;
  if (!besides) return all;
  const others = (['group', 'header', 'spacer', 'stray'] as const).reduce((sum, kind) => sum + (besides[kind] ?? 0), 0);
  const names = { group: ['group row', 'group rows'], header: ['row that restates the header', 'rows that restate the header'], spacer: ['empty row', 'empty rows'], stray: ['line with no `|`', 'lines with no `|`'] } as const;
  const parts = (['group', 'header', 'spacer', 'stray'] as const).filter((kind) => besides[kind]).map((kind) => count(besides[kind]!, names[kind][0], names[kind][1]));
  return `${all}: ${[count(seen.rows - others, 'data row', 'data rows'), ...parts].join(', ')}`;
}

/** The schema of a shape; `mistakes`: its likely mistakes (`shapeMistakes`), listed in its comments. */
export function renderSchema(shape: ShapePlan, mistakes: { listed: Mistake[]; more: number }): string {
  const lines: string[] = [];
  const where = shape.seen.map((seen) => `${seen.file} (line ${seen.line}, ${rowsText(seen)})`).join(', ');
  lines.push(`# A schema for one row of the table ${shape.columns.map((c) => c.name).join(' | ')},`);
  lines.push(`# written by \`support-table-lint init\` from ${where}.`);
  const mine = mistakes.listed;
  lines.push(mine.length > 0 ? '# It passes on the table as it was, except for the likely mistakes listed below.' : '# It passes on the table as it was.');
  lines.push('# Edit it freely: see the README\'s "Schema reference".');
  if (mine.length > 0) {
    lines.push('#');
    lines.push('# Likely mistakes (the schema does not allow them, so they are reported):');
    for (const mistake of mine) lines.push(`#   ${mistake.file}:${mistake.line}: ${mistake.column} ${q(mistake.value)}: ${mistake.why}${mistake.canonical ? ` (${q(mistake.canonical)}?)` : ''}`);
    if (mistakes.more > 0) lines.push(`#   and ${mistakes.more} more (init's output lists them all)`);
  }
  lines.push('$schema: https://json-schema.org/draft/2020-12/schema');
  lines.push('type: object');
  lines.push(`required: ${list(shape.columns.map((c) => c.name))}`);
  lines.push('properties:');
  for (const column of shape.columns) {
    lines.push(`  ${q(column.name)}:`);
    const body: string[] = [];
    if (column.name === shape.key && !shape.ownKeys) {
      const by = shape.uniqueBy?.filter((name) => name !== shape.key);
      body.push(`# The key column${shape.unique ? `${by ? `; with ${by.join(' and ')}, ` : ': '}unique in the ${shape.uniqueScope}` : ''}.`);
    }
    if (column.enum) {
      body.push(`# Allowed values, from ${column.enumFrom}.`);
      body.push(`enum: ${list(column.enum)}`);
    } else {
      body.push('type: string');
    }
    if (column.required && !column.enum) body.push('minLength: 1');
    if (body.every((line) => line.startsWith('#'))) body.push('type: string');
    for (const line of body) lines.push(`    ${line}`);
  }
  const linked = shape.columns.filter((column) => column.link);
  if (linked.length > 0) {
    lines.push('  $links:');
    lines.push('    type: object');
    lines.push('    properties:');
    for (const column of linked) {
      const kinds = { team: 'Team links [@org/team](https://github.com/orgs/org/teams/team)', 'team-name': 'Team links [team](https://github.com/orgs/org/teams/team)', user: 'User links [@user](https://github.com/user)', 'team-or-user': 'Team links [@org/team](https://github.com/orgs/org/teams/team) or user links [@user](https://github.com/user)' };
      lines.push(`      # ${kinds[column.link!.kind]}: text and URL must agree.`);
      lines.push(`      ${q(column.name)}:`);
      lines.push('        type: array');
      lines.push('        items:');
      lines.push('          linkAgreement:');
      lines.push(`            text: ${q(column.link!.text)}`);
      lines.push(`            url: ${q(column.link!.url)}`);
      // GitHub logins, orgs and teams are one whatever their case; which side is right when they
      // differ is a person's call (a typo may be in either), so --fix waits for `prefer`.
      lines.push('            ignoreCase: true');
      lines.push('            # prefer: url   # uncomment to let --fix rewrite a disagreeing text from its URL');
    }
  }
  lines.push('x-support-table-lint:');
  // A header cell can be empty; the key is then the first column, the default.
  if (shape.ownKeys) lines.push("  # The tables order their columns differently: each table's first column is its key.");
  else if (shape.key !== '') lines.push(`  key: ${q(shape.key)}`);
  if (shape.unique && shape.uniqueScope === 'group') lines.push('  # A key repeats only under different group rows: it is unique within each group.');
  if (shape.uniqueBy) lines.push(`  # No column alone names a row; ${shape.uniqueBy.join(' and ')} together do.`);
  else if (!shape.unique) {
    lines.push(`  # No column names every row once: repeated rows are not reported.`);
    if (shape.repeats) {
      const where = shape.repeats.map((repeat) => `${repeat.file}:${repeat.line} (${repeat.value})`).join(', ');
      lines.push(`  # ${shape.key} would, but for ${where}: if ${shape.repeats.length === 1 ? 'that repeat is a slip, remove it' : 'those repeats are slips, remove them'} and write unique: { scope: table }.`);
    }
  }
  lines.push(`  unique: ${shape.unique ? `{ scope: ${shape.uniqueScope}${shape.uniqueBy ? `, by: ${list(shape.uniqueBy)}` : ''} }` : 'false'}`);
  lines.push(`  # ${orderComment(shape)}`);
  const { order } = shape;
  lines.push(`  order: ${order ? `{ scope: ${order.scope}${order.compare !== 'text' ? `, compare: ${order.compare}` : ''}${order.direction !== 'asc' ? `, direction: ${order.direction}` : ''} }` : 'false'}`);
  if (!shape.groups) lines.push('  # Every key cell is bold: the rows are data, not group labels.');
  lines.push(`  groups: ${shape.groups}`);
  if (shape.legend) lines.push(`  legend: { heading: ${q(shape.legend.heading)}, column: ${q(shape.legend.column)} }`);
  return `${joinLines(lines)}\n`;
}

/**
 * The config and schema files for a plan. `configPath` is where the config
 * goes (relative to the working directory); the schemas go beside it, and
 * every path in the config is written relative to its base (the config's
 * folder, or the repository root for a config in `.github/`).
 */
export function renderInit(plan: InitPlan, configPath: string, existing?: { text: string; taken: ReadonlySet<string> }): InitFile[] {
  const base = configBase(configPath);
  const folder = posix.dirname(configPath);
  const relative = (path: string): string => (base === '.' ? path : posix.relative(base, path));
  // Schema names beside an existing config are not reused: its schemas stay as they are.
  const taken = new Set<string>(existing?.taken);
  const next = new Map<string, number>();
  const byTable = mistakesByTable(plan.mistakes);
  const files: InitFile[] = [];
  const entries: string[] = [];
  for (const shape of plan.shapes) {
    const schemaPath = posix.join(folder, `${slug(shape, taken, next)}.schema.yaml`);
    files.push({ path: schemaPath, text: renderSchema(shape, shapeMistakes(shape, byTable)) });
    const docs = [...new Set(shape.seen.map((seen) => seen.file))];
    entries.push(`  # ${shape.columns.map((c) => c.name).join(' | ')}`);
    entries.push(`  - files: ${list(docs.map(relative))}`);
    entries.push(`    schema: ${q(relative(schemaPath))}`);
  }
  for (const preset of plan.presets) {
    const docs = [...new Set(preset.seen.map((seen) => seen.file))];
    entries.push(`  # Checked by the built-in preset ${preset.name} (see the README's presets): its values, notes and transitions.`);
    entries.push(`  - files: ${list(docs.map(relative))}`);
    entries.push(`    preset: ${preset.name}`);
  }
  if (existing) return [{ path: configPath, text: appendEntries(existing.text, entries) }, ...files];
  const config = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/config.schema.json',
    '# Written by `support-table-lint init`: one entry, and one schema, per table shape; a built-in preset where one fits.',
    `# Paths are relative to ${base === '.' ? 'the repository root' : `"${base}"`}.`,
    'tables:',
    ...entries,
    '',
  ];
  return [{ path: configPath, text: joinLines(config) }, ...files];
}

/**
 * An existing config with the new entries added at the end of its `tables:`
 * list, the rest of its text untouched: its comments and its own entries are
 * the maintainer's. The list must be in block style (`tables:` alone on its
 * line, as init writes it); the caller checks that the result loads before
 * anything is written.
 */
export function appendEntries(text: string, entries: string[]): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^tables:\s*(#.*)?$/.test(line));
  if (start < 0) throw new Error('its tables: list is not a block list (tables: alone on its line, then its entries)');
  // The list runs to the next top-level key; the entries go after its last line of content.
  const next = lines.findIndex((line, i) => i > start && /^[^\s#-]/.test(line));
  let last = (next < 0 ? lines.length : next) - 1;
  // Blank lines and comments at the left margin belong to what follows; an indented `#` line may be
  // text of a block scalar (`reason: |`), so it stays with the entry above.
  while (last > start && /^(\s*|#.*)$/.test(lines[last]!)) last--;
  const item = lines.slice(start + 1, last + 1).find((line) => /^\s*-\s/.test(line));
  // The new entries take the existing items' indent.
  const indent = item ? /^(\s*)-/.exec(item)![1]! : '  ';
  // The config's own lines stay as they are; only what init adds is made one line each.
  const shifted = entries.map((line) => indent + oneLine(line.slice(2)));
  return [...lines.slice(0, last + 1), ...shifted, ...lines.slice(last + 1)].join(eol);
}
