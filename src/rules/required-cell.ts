/** Reported by the schema layer (a `minLength` of 1 or more failed on an empty cell); see src/schema/compile.ts. */
import { ruleMeta } from './types.js';

export const meta = ruleMeta('required-cell', 'A cell the schema requires (minLength >= 1) must not be empty.', 'error');
