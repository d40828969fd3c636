/**
 * The rule registry: the one list the engine runs, the README documents and
 * SARIF describes.
 */
import { columnCount } from './column-count.js';
import { fileEncoding } from './file-encoding.js';
import { noteRequired } from './note-required.js';
import { noteUnknownKey } from './note-unknown-key.js';
import { requiredColumn } from './required-column.js';
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

/** Rules reported from JSON Schema validation (see src/schema/). */
const schemaRules: readonly RuleMeta[] = [];

/** Rules about a file as a whole (encoding, budgets). */
const fileRules: readonly RuleMeta[] = [fileEncoding];

export const allRules: readonly RuleMeta[] = [...tableRules.map((rule) => rule.meta), ...schemaRules, ...fileRules];

export const ruleById = (id: string): RuleMeta | undefined => allRules.find((rule) => rule.id === id);
