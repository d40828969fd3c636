/**
 * Findings about the file itself rather than a table: it could not be read,
 * or its bytes are not UTF-8. The runner reports these before any parsing, so
 * this rule has metadata only.
 */
import { ruleMeta } from './types.js';

export const fileEncoding = ruleMeta('file-encoding', 'A linted file must be readable and encoded as UTF-8.', 'error');
