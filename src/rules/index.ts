/**
 * The rule registry: the one list the engine runs, the README documents and
 * SARIF describes.
 */
import { meta as allowedValues } from './allowed-values.js';
import { meta as cellFormat } from './cell-format.js';
import { columnCount } from './column-count.js';
import { fileEncoding } from './file-encoding.js';
import { fileTooLarge } from './file-too-large.js';
import { meta as linkTextUrl } from './link-text-url.js';
import { noteRequired } from './note-required.js';
import { noteUnknownKey } from './note-unknown-key.js';
import { parseTimeout } from './parse-timeout.js';
import { meta as requiredCell } from './required-cell.js';
import { requiredColumn } from './required-column.js';
import { meta as schema } from './schema.js';
import { sortOrder } from './sort-order.js';
import type { RuleMeta, TableRule } from './types.js';
import { uniqueKey } from './unique-key.js';
import { unknownColumn } from './unknown-column.js';

/** Table-level rules, in the order they run. */
export const tableRules: readonly TableRule[] = [
  requiredColumn,
  unknownColumn,
  columnCount,
  uniqueKey,
  sortOrder,
  noteRequired,
  noteUnknownKey,
];

/**
 * Rules reported from JSON Schema validation (see src/schema/), most specific
 * first: when several fail on one cell, only the first is reported, so a cell
 * gets one annotation that says how to fix it.
 */
export const schemaRules: readonly RuleMeta[] = [allowedValues, requiredCell, linkTextUrl, cellFormat, schema];

/** Rules about a file as a whole (encoding, budgets). */
const fileRules: readonly RuleMeta[] = [fileEncoding, fileTooLarge, parseTimeout];

export const allRules: readonly RuleMeta[] = [...tableRules.map((rule) => rule.meta), ...schemaRules, ...fileRules];

export const ruleById = (id: string): RuleMeta | undefined => allRules.find((rule) => rule.id === id);
