/**
 * How rows compare under an `order:` option: case-insensitive text (the
 * default), ascii (character codes, capitals first: Kubernetes' feature-gate
 * tables), natural (numbers inside the text compare as numbers: `v1.9` before
 * `v1.10`), or semver (`v1.2.3`, `1.33`, `2.0.0-rc.1`; values that are not
 * versions fall back to natural order after every version). Shared by the
 * `sort-order` rule and its fix, so the fix puts rows exactly where the rule
 * wants them.
 */
import type { OrderOptions } from '../config/types.js';

// Made on first use: creating an ICU collator costs about 7 ms, a tenth of a small run, and most runs sort nothing.
let collator: Intl.Collator | undefined;
const natural = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a, b);

/**
 * A version as release tables write one: `v1.2.3`, `1.33`, `2.0.0-rc.1`, a
 * line of releases (`1.9.x`, `1.9.*`), and a mark or a note after it
 * (`1.7*`, `1.7 (LTS)`, and words: `1.32 EOL`, or `1.32EOL` from
 * `1.32<sup>EOL</sup>`). A wildcard part sorts as 0: `1.9.x` is 1.9.
 */
const SEMVER = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?(?:\s*[*†‡]+|\s+\([^()]*\)|\s*[A-Za-z]+(?:[ -][A-Za-z]+)*)?$/;

/** Whether a cell is one version as `compare: semver` reads it (a range or prose is not). */
export const isVersion = (text: string): boolean => SEMVER.test(text.trim());

const part = (text: string | undefined): number => (text === undefined || !/^\d/.test(text) ? 0 : Number(text));

function compareSemver(a: string, b: string): number {
  const x = SEMVER.exec(a.trim());
  const y = SEMVER.exec(b.trim());
  if (!x || !y) return x ? -1 : y ? 1 : natural(a, b);
  for (let i = 1; i <= 3; i++) {
    const d = part(x[i]) - part(y[i]);
    if (d !== 0) return d;
  }
  // A pre-release sorts before its release (1.0.0-rc.1 < 1.0.0).
  if (x[4] === undefined || y[4] === undefined) return x[4] === y[4] ? 0 : x[4] === undefined ? 1 : -1;
  return natural(x[4], y[4]);
}

const compareText = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

const compareAscii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A comparator for values in the order's direction: negative when `a` belongs before `b`. */
export function comparator(order: OrderOptions): (a: string, b: string) => number {
  const base = order.compare === 'semver' ? compareSemver : order.compare === 'natural' ? natural : order.compare === 'ascii' ? compareAscii : compareText;
  return order.direction === 'desc' ? (a, b) => base(b, a) : base;
}

/**
 * Indexes of a longest subsequence of `values` already in order (ties allowed,
 * as the stable sort keeps them), in O(n log n) by patience sorting. It runs
 * from the last row up, so that of two equally long runs the one with the
 * earlier values stays: of two swapped rows, the lower one is the one to move.
 */
export function longestOrdered<T>(values: readonly T[], compare: (a: T, b: T) => number): Set<number> {
  // tails[k]: the row that ends (seen from below) a run of k + 1 rows with the latest-sorting value possible.
  const tails: number[] = [];
  const next = new Array<number>(values.length).fill(-1);
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i]!;
    // The first run whose top row sorts strictly before this one: this row cannot go above it.
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(values[tails[mid]!]!, value) < 0) high = mid;
      else low = mid + 1;
    }
    if (low > 0) next[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = next[i]!) kept.add(i);
  return kept;
}
