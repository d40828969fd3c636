/**
 * A file past the size budget (`budgets.maxFileBytes`) is not parsed; the
 * runner reports it under this rule so the rest of the run goes on.
 */
import { ruleMeta } from './types.js';

export const fileTooLarge = ruleMeta(
  'file-too-large',
  'A linted file must not be larger than the size budget (budgets.maxFileBytes).',
  'error',
);
