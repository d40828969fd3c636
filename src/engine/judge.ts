/**
 * Which preset or config entry judges a table. With a config file, the entry
 * whose files, columns and heading match it best (see judgeFor); without one,
 * a built-in preset whose required columns the table has. Tables nothing
 * matches are left alone, and the reason is kept for `--verbose`.
 *
 * Header names are compared after NFKC normalisation with invisible
 * characters removed (see `headerName`), case-insensitively. An entry also
 * judges a table that lacks one of its three or more columns, so a pull
 * request cannot take a table out of the check by renaming one header cell
 * (the table is judged and `required-column` names the lost column); a table
 * that shares fewer columns is some other table and is left alone.
 */
import type { CompiledConfig, CompiledEntry } from '../config/load.js';
import type { TableOptions } from '../config/types.js';
import type { SeverityOrOff } from '../core/types.js';
import { matchesCandidate, mayMatch, missingColumns, type Candidate, type TableSelection } from '../markdown/select.js';
import type { Table } from '../markdown/types.js';
import type { CompiledSchema } from '../schema/compile.js';
import { closeColumn } from '../rules/near-match.js';
import { fold } from '../rules/util.js';
import type { NearMiss } from '../rules/types.js';

export interface Judge {
  /** How `--verbose` names it: `preset kata-support-levels`, `tables[1] (schema schemas/x.yaml)`. */
  label: string;
  /** The config entry, when a config entry judges. */
  entry?: CompiledEntry;
  schema: CompiledSchema;
  options: TableOptions;
  severities: Record<string, SeverityOrOff>;
}

/**
 * An entry tolerates one missing column once it names three or more; one of
 * two columns only when a header cell is a slip away from it (`Supported?`
 * for `Supported`): two-column tables that share one column are too common
 * to take for the entry's, a renamed one is the entry's table all the same.
 */
const tolerance = (columns: readonly string[]): number => (columns.length >= 3 ? 1 : 0);

const entryColumns = (entry: CompiledEntry): string[] => entry.match?.columns ?? entry.schema.required;

const entryCandidate = (entry: CompiledEntry): Candidate => {
  const columns = entryColumns(entry);
  return { columns, tolerance: tolerance(columns), ...(columns.length === 2 ? { near: true as const } : {}) };
};

/** Without a config file the presets apply by header, exactly. */
const presetCandidate = (schema: CompiledSchema): Candidate => ({ columns: schema.required, tolerance: 0 });

const headingMatches = (entry: CompiledEntry, table: Table): boolean => {
  const heading = entry.match?.heading;
  return heading === undefined || table.headingPath.some((text) => fold(text).includes(fold(heading)));
};

const usesPresets = (config: CompiledConfig): boolean => config.configFile === null && config.entries.length === 0;

/** Whether some entry (or, with no config, the presets) may judge the file's tables. */
export const coversFile = (file: string, config: CompiledConfig): boolean => usesPresets(config) || config.entries.some((entry) => entry.matchesFile(file));

/**
 * The entries whose `files:` take a file, with the prefilters over them:
 * worked out once per file, not once per table (a page of 10,000 tables
 * under a config of 500 entries asked picomatch five million times).
 */
interface FileEntries {
  entries: CompiledEntry[];
  /** As the judge matches them. */
  candidates: Candidate[];
  /** Any table with all but one of the columns (nearMiss). */
  near: Candidate[];
  /** Any table with one of the columns (leftAloneReason). */
  sharing: Candidate[];
  /** Indices of `entries` by their number of distinct columns, fewest first (the earliest among equals first). */
  bySize: number[];
}

const fileEntryCache = new WeakMap<readonly CompiledEntry[], Map<string, FileEntries>>();
/** Files whose entries are kept per config: a run over a tree of many files forgets the oldest. */
const MAX_FILES_KEPT = 1_000;

function fileEntries(file: string, config: CompiledConfig): FileEntries {
  let byFile = fileEntryCache.get(config.entries);
  if (!byFile) fileEntryCache.set(config.entries, (byFile = new Map()));
  let known = byFile.get(file);
  if (!known) {
    if (byFile.size >= MAX_FILES_KEPT) byFile.clear();
    const entries = config.entries.filter((entry) => entry.matchesFile(file));
    const columns = entries.map(entryColumns);
    const sizes = columns.map((list) => new Set(list.map((name) => name.toLowerCase())).size);
    known = {
      entries,
      candidates: entries.map(entryCandidate),
      near: columns.map((list) => ({ columns: list, tolerance: 1 })),
      sharing: columns.map((list, i) => ({ columns: list, tolerance: Math.max(0, sizes[i]! - 1) })),
      bySize: sizes.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]! || a - b),
    };
    byFile.set(file, known);
  }
  return known;
}

/**
 * The entry that matches a table best: fewest missing columns (an exact
 * match beats one that tolerates a renamed column), then the most columns
 * (the most specific), then the first in the config.
 */
export function judgeFor(file: string, table: Table, config: CompiledConfig): Judge | undefined {
  let entry: CompiledEntry | undefined;
  let best = { missing: Infinity, columns: -1 };
  const forFile = fileEntries(file, config);
  for (const i of mayMatch(forFile.candidates, table.columns)) {
    const candidate = forFile.entries[i]!;
    if (!headingMatches(candidate, table)) continue;
    const wanted = forFile.candidates[i]!;
    if (!matchesCandidate(table.columns, wanted)) continue;
    const missing = missingColumns(table.columns, wanted.columns).length;
    if (missing < best.missing || (missing === best.missing && wanted.columns.length > best.columns)) {
      entry = candidate;
      best = { missing, columns: wanted.columns.length };
    }
  }
  if (entry) return { label: entry.label, entry, schema: entry.schema, options: entry.options, severities: entry.severities };
  if (!usesPresets(config)) return undefined;
  const preset = config.presets.find(({ schema }) => matchesCandidate(table.columns, presetCandidate(schema)));
  return preset && { label: `preset ${preset.name}`, schema: preset.schema, options: preset.schema.options, severities: preset.schema.options.severities ?? {} };
}

/** What the reader needs to skip the rows of tables nothing can judge in this file. */
export function selectionFor(file: string, config: CompiledConfig): TableSelection {
  const entries = config.entries.filter((entry) => entry.matchesFile(file));
  const candidates = entries.map(entryCandidate);
  let notes = entries.some((entry) => entry.options.notes !== undefined);
  let headings = entries.some((entry) => entry.match?.heading !== undefined || entry.options.legend !== undefined || entry.options.notes !== undefined);
  if (usesPresets(config)) {
    candidates.push(...config.presets.map(({ schema }) => presetCandidate(schema)));
    notes ||= config.presets.some(({ schema }) => schema.options.notes !== undefined);
    headings ||= config.presets.some(({ schema }) => schema.options.legend !== undefined || schema.options.notes !== undefined);
  }
  // Only the note rules read notes, and only heading matches, legends and
  // notes read headings: without them the reader need not parse the text
  // around the tables.
  return { candidates, notes, headings };
}

/** Why no entry or preset judged the table, closest first, for `--verbose`. */
export function leftAloneReason(file: string, table: Table, config: CompiledConfig): string {
  if (!usesPresets(config)) return entryReason(file, table, config);
  const options = config.presets.map(({ name, schema }) => ({ label: `preset ${name}`, columns: schema.required, heading: undefined, files: true }));
  if (options.length === 0) return 'the config has no entry for it';
  const reasons = options.map((option) => {
    if (!option.files) return { rank: 3, text: `${option.label}: the file is not in its files` };
    const missing = missingColumns(table.columns, option.columns);
    if (missing.length > 0) return { rank: missing.length, text: `${option.label}: no ${missing.map((name) => `"${name}"`).join(', ')} column` };
    return { rank: 0, text: `${option.label}: no enclosing heading contains "${option.heading}"` };
  });
  reasons.sort((a, b) => a.rank - b.rank);
  return reasons[0]!.text;
}

/**
 * leftAloneReason under a config: the entry the table comes closest to, by
 * columns missing (then config order), asked only of the entries that share
 * a column with it and of the one with fewest columns that shares none.
 */
function entryReason(file: string, table: Table, config: CompiledConfig): string {
  if (config.entries.length === 0) return 'the config has no entry for it';
  const forFile = fileEntries(file, config);
  if (forFile.entries.length === 0) return `${config.entries[0]!.label}: the file is not in its files`;
  let best: { missing: string[]; index: number } | undefined;
  const consider = (index: number, missing: string[]): void => {
    if (!best || missing.length < best.missing.length || (missing.length === best.missing.length && index < best.index)) best = { missing, index };
  };
  const sharing = new Set<number>();
  for (const i of mayMatch(forFile.sharing, table.columns)) {
    const { columns } = forFile.sharing[i]!;
    const missing = missingColumns(table.columns, columns);
    // The prefilter lets every entry through below eight: one that shares no column is weighed below.
    if (columns.length > 0 && missing.length === columns.length) continue;
    sharing.add(i);
    consider(i, missing);
  }
  const none = forFile.bySize.find((i) => !sharing.has(i));
  if (none !== undefined) consider(none, missingColumns(table.columns, forFile.sharing[none]!.columns));
  const entry = forFile.entries[best!.index]!;
  if (best!.missing.length > 0) return `${entry.label}: no ${best!.missing.map((name) => `"${name}"`).join(', ')} column`;
  return `${entry.label}: no enclosing heading contains "${entry.match?.heading}"`;
}

/**
 * A table left alone that has all but one of a candidate's columns, with a
 * header cell close to the missing one: the header cell, and what it should
 * be called. Undefined when no candidate comes that close.
 */
export function nearMiss(file: string, table: Table, config: CompiledConfig): NearMiss | undefined {
  let options: { label: string; columns: string[]; presetColumns: boolean }[];
  if (usesPresets(config)) options = config.presets.map(({ name, schema }) => ({ label: `preset ${name}`, columns: schema.required, presetColumns: true }));
  else {
    // Only the entries the table has all but one column of can be near: found by the index, not by asking each.
    const forFile = fileEntries(file, config);
    options = mayMatch(forFile.near, table.columns).map((i) => {
      const entry = forFile.entries[i]!;
      return { label: entry.label, columns: forFile.near[i]!.columns, presetColumns: entry.presetColumns === true };
    });
  }
  for (const { label, columns, presetColumns } of options) {
    if (columns.length < 2) continue;
    const missing = missingColumns(table.columns, columns);
    if (missing.length !== 1) continue;
    const wanted = new Set(columns.map((name) => name.toLowerCase()));
    const column = table.columns.findIndex((name) => !wanted.has(name.toLowerCase()) && closeColumn(name, missing[0]!));
    if (column >= 0) return { label, missing: missing[0]!, column, presetColumns };
  }
  return undefined;
}

/**
 * A table left alone beside a table of the same page that a judge checks,
 * both as wide, the one having all but one of the judge's columns: a
 * two-column entry (or a preset without a config) tolerates no renamed
 * column, so `| Edition | Status |` under a checked `| Distribution | Status |`
 * would pass unchecked without a word. Undefined when the judge tolerates a
 * missing column anyway, or no judged table is like it.
 */
export function siblingMiss(table: Table, judged: readonly { table: Table; judge: Judge }[]): NearMiss | undefined {
  for (const { table: other, judge } of judged) {
    if (other.columns.length !== table.columns.length) continue;
    const columns = judge.entry ? entryColumns(judge.entry) : judge.schema.required;
    if ((judge.entry ? tolerance(columns) : 0) > 0 || columns.length < 2) continue;
    const missing = missingColumns(table.columns, columns);
    if (missing.length !== 1) continue;
    // The cell where the judged table has the missing column, else the first the judge does not name.
    const wanted = new Set(columns.map((name) => name.toLowerCase()));
    const at = missingColumns(other.columns, [missing[0]!]).length === 0 ? other.columns.findIndex((name) => name.toLowerCase() === missing[0]!.toLowerCase()) : -1;
    const column = at >= 0 && !wanted.has(table.columns[at]!.toLowerCase()) ? at : table.columns.findIndex((name) => !wanted.has(name.toLowerCase()));
    if (column < 0) continue;
    return { label: judge.label, missing: missing[0]!, column, presetColumns: judge.entry === undefined || judge.entry.presetColumns === true, sibling: other.span.line };
  }
  return undefined;
}
