/**
 * The rule registry: the one list the engine runs, the config checks rule
 * ids against, the README documents and SARIF describes.
 */
import { allowedValues } from './allowed-values.js';
import { cellFormat } from './cell-format.js';
import { columnCount } from './column-count.js';
import { detachedRows } from './detached-rows.js';
import { duplicateColumn } from './duplicate-column.js';
import { emptyTable } from './empty-table.js';
import { fileEncoding } from './file-encoding.js';
import { fileNotCovered } from './file-not-covered.js';
import { fileTooLarge } from './file-too-large.js';
import { fileUnsafe } from './file-unsafe.js';
import { headerInvisible } from './header-invisible.js';
import { legend } from './legend.js';
import { linkTextUrl } from './link-text-url.js';
import { monotonic } from './monotonic.js';
import { nearMatch } from './near-match.js';
import { optionColumn } from './option-column.js';
import { noteRequired } from './note-required.js';
import { noteUnknownKey } from './note-unknown-key.js';
import { parseFailure } from './parse-failure.js';
import { parseTimeout } from './parse-timeout.js';
import { referenceDisagree } from './reference-disagree.js';
import { referenceUnknown } from './reference-unknown.js';
import { referenceUnlisted } from './reference-unlisted.js';
import { requiredCell } from './required-cell.js';
import { requiredColumn } from './required-column.js';
import { reservedColumn } from './reserved-column.js';
import { schema } from './schema.js';
import { sortOrder } from './sort-order.js';
import { tableUnchecked } from './table-unchecked.js';
import { transition } from './transition.js';
import type { ChangeRule, FileRule, Rule, RuleMeta, RunRule, SchemaRule, TableRule } from './types.js';
import { uniqueKey } from './unique-key.js';
import { unknownColumn } from './unknown-column.js';
import { unmatchedEntry } from './unmatched-entry.js';
import { unusedSuppression } from './unused-suppression.js';

/** Table-level rules, in the order they run. */
export const tableRules: readonly TableRule[] = [requiredColumn, optionColumn, headerInvisible, unknownColumn, reservedColumn, duplicateColumn, emptyTable, columnCount, detachedRows, uniqueKey, sortOrder, monotonic, noteRequired, noteUnknownKey, legend, referenceUnknown, referenceUnlisted, referenceDisagree];

/**
 * Rules reported from JSON Schema validation, most specific first: each
 * error goes to the first rule that claims it, and when several errors fall
 * on one cell only the most specific is reported, so a cell gets one finding
 * that says how to fix it.
 */
export const schemaRules: readonly SchemaRule[] = [allowedValues, requiredCell, linkTextUrl, cellFormat, schema];

/** Rules that compare a table at the base version with the same table at the head. */
export const changeRules: readonly ChangeRule[] = [tableUnchecked, transition];

/** Rules about a file as a whole (path, size, encoding, parse). */
export const fileRules: readonly FileRule[] = [fileUnsafe, fileEncoding, fileTooLarge, parseTimeout, parseFailure];

/** Rules about the run as a whole: what was checked and what silently was not. */
export const runRules: readonly RunRule[] = [nearMatch, unmatchedEntry, fileNotCovered];

export const allRules: readonly Rule[] = [...tableRules, ...schemaRules, ...changeRules, ...fileRules, ...runRules, unusedSuppression];

export const allRuleMetas: readonly RuleMeta[] = allRules.map((rule) => rule.meta);

export const RULE_IDS: readonly string[] = allRuleMetas.map((meta) => meta.id);

const byId = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
export const ruleById = (id: string): RuleMeta | undefined => byId.get(id);

/**
 * Which findings are never pre-existing (`meta.about`), whatever the base
 * had: those about the config, and those that say a file was not checked
 * when the change touched that file (`touched`, the paths it changed). A
 * file the change did not touch, too large before and after, is old news;
 * one it changed cannot be changed unchecked. When what the change touched
 * is unknown (a push whose earlier commit the clone lacks), such a finding
 * is judged as any other.
 */
export function neverPreExisting(touched: Iterable<string> | undefined): (violation: { rule: string; file: string }) => boolean {
  const changed = touched === undefined ? undefined : new Set(touched);
  return (violation) => {
    const about = byId.get(violation.rule)?.about;
    return about === 'config' || (about === 'unread' && changed !== undefined && changed.has(violation.file));
  };
}
