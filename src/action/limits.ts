/**
 * GitHub's documented limits on what the Action sends, in one place, and the
 * one way text is cut to fit them: with a visible "… N more" so a reader
 * knows something was cut (the whole text stays in the JSON report).
 *
 * Checks API (POST/PATCH /repos/{owner}/{repo}/check-runs): `output.title`
 * 255 characters, `output.summary` and `output.text` 65,535 characters, at
 * most 50 annotations per request; an annotation's `message` and
 * `raw_details` 64 KB, `title` 255 characters. Job summary: 1 MiB per step.
 */
export const LIMITS = {
  outputTitleChars: 255,
  outputSummaryChars: 65_535,
  outputTextChars: 65_535,
  annotationsPerRequest: 50,
  annotationMessageBytes: 64 * 1024,
  annotationTitleChars: 255,
  rawDetailsBytes: 64 * 1024,
  stepSummaryBytes: 1024 * 1024,
} as const;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * `text` cut to at most `limit` characters (`chars`, counted as UTF-16 code
 * units, as GitHub's validators count) or UTF-8 bytes, ending with
 * "… N more characters" when cut. Never splits a surrogate pair.
 */
export function clip(text: string, limit: number, unit: 'chars' | 'bytes'): string {
  const size = unit === 'chars' ? text.length : bytes(text);
  if (size <= limit) return text;
  let keep = Math.max(0, limit - 40);
  const fits = (n: number): boolean => {
    const cut = text.slice(0, n);
    return (unit === 'chars' ? cut.length : bytes(cut)) + (unit === 'chars' ? marker(text.length - n).length : bytes(marker(text.length - n))) <= limit;
  };
  while (keep > 0 && !fits(keep)) keep = Math.floor(keep * 0.9);
  if (keep > 0 && /[\ud800-\udbff]/.test(text[keep - 1]!)) keep--;
  return text.slice(0, keep) + marker(text.length - keep);
}

const marker = (left: number): string => `… ${left} more characters`;
