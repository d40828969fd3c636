/** Reported by the schema layer (an `enum` or `const` failed); see src/schema/compile.ts. */
import { ruleMeta } from './types.js';

export const meta = ruleMeta('allowed-values', 'A cell must hold one of the values the schema allows (enum, const).', 'error');
