/** Reported by the schema layer for any other JSON Schema keyword that fails; see src/schema/compile.ts. */
import { ruleMeta } from './types.js';

export const meta = ruleMeta('schema', 'A row must satisfy the rest of its JSON Schema.', 'error');
