/** Reported by the schema layer (pattern, format, type, length or a custom errorMessage); see src/schema/compile.ts. */
import { ruleMeta } from './types.js';

export const meta = ruleMeta('cell-format', 'A cell must have the form the schema describes (pattern, format, length).', 'error');
