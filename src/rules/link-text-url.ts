/** Reported by the schema layer (the `linkAgreement` keyword failed); see src/schema/ajv.ts. */
import { ruleMeta } from './types.js';

export const meta = ruleMeta('link-text-url', "A link's text and URL must both have the expected form and name the same thing.", 'error');
