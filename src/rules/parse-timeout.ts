/**
 * A file whose parse outlives the time budget (`budgets.maxParseMs`) is
 * abandoned; the runner reports it under this rule so the rest of the run goes on.
 */
import { ruleMeta } from './types.js';

export const parseTimeout = ruleMeta(
  'parse-timeout',
  'A linted file must parse within the time budget (budgets.maxParseMs).',
  'error',
);
