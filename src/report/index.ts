import { formatGithub, githubPieces } from './github.js';
import { formatJson, jsonPieces } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish, stylishPieces } from './stylish.js';
import type { LintResult } from '../core/types.js';
import type { FormatName, FormatOptions, Formatter } from './types.js';

export { FORMATS, type FormatName, type FormatOptions, type Formatter } from './types.js';

export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};

/** A report as pieces of text to write one after the other: a report of many findings is never one string (SARIF aside, whose runs are capped). */
export const formatPieces = (format: FormatName, result: LintResult, options: FormatOptions): Iterable<string> =>
  format === 'json' ? jsonPieces(result) : format === 'stylish' ? stylishPieces(result, options) : format === 'github' ? githubPieces(result) : [formatters[format](result, options)];
