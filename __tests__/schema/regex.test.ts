/**
 * The pattern engine: RE2 semantics (a catastrophic pattern stays linear),
 * and answers that do not depend on what was asked before (each pattern
 * remembers answers for a bounded number of inputs).
 */
import { compilePattern, loadPatternEngine, nativeSource, re2Pattern, shippedPatterns } from '../../src/schema/regex.js';

await loadPatternEngine();

describe('compilePattern', () => {
  it('matches as a search, with named groups and their indices', () => {
    const pattern = compilePattern('@(?<org>[a-z]+)/(?<team>[a-z]+)');
    expect(pattern.test('see @kata/infra')).toBe(true);
    expect(pattern.exec('see @kata/infra')).toEqual({ groups: { org: 'kata', team: 'infra' }, indices: { org: [5, 9], team: [10, 15] } });
    expect(pattern.exec('nothing')).toBeNull();
    expect(Array.from(pattern.execAll('@a/b and @c/d'), (match) => match.groups)).toEqual([
      { org: 'a', team: 'b' },
      { org: 'c', team: 'd' },
    ]);
  });

  it('answers a catastrophic pattern on a long key (RE2 is linear)', () => {
    expect(compilePattern('^([a-z0-9]+-?)+$').test('a'.repeat(5000) + '!')).toBe(false);
  });

  it('gives the same answers before and after its memory of inputs fills and empties', () => {
    const pattern = compilePattern('^t-(?<n>[0-9]+)$');
    const inputs = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `x-${i}` : `t-${i}`));
    const expected = (input: string) => (input.startsWith('t-') ? { n: input.slice(2) } : null);
    // Three rounds over more distinct inputs than are remembered, in two orders.
    for (const round of [inputs, [...inputs].reverse(), inputs]) {
      for (const input of round) {
        expect(pattern.test(input)).toBe(input.startsWith('t-'));
        expect(pattern.exec(input)?.groups ?? null).toEqual(expected(input));
      }
    }
    // A repeated input is answered from memory: the very same match comes back.
    expect(pattern.exec('t-1')).toBe(pattern.exec('t-1'));
    // A long input is answered without being remembered.
    const longer = 't-' + '2'.repeat(2000);
    expect(pattern.exec(longer)).not.toBe(pattern.exec(longer));
    const long = 't-' + '1'.repeat(5000);
    expect(pattern.exec(long)?.groups).toEqual({ n: '1'.repeat(5000) });
    expect(pattern.test(long.replace(/1$/, 'x'))).toBe(false);
  });
});

/**
 * The patterns schemas/*.json ship run on JavaScript's engine. Each was
 * reviewed to be linear there: every repetition starts with a character
 * its continuation cannot start with, so the engine never has two ways to
 * go on. A pattern added to a shipped schema fails the first test until it
 * is reviewed and added here, with an input that matches and a long one
 * built to make a backtracking engine try every split.
 */
const REVIEWED: ReadonlyArray<readonly [pattern: string, matching: string, hostile: string]> = [
  ['^[a-z][a-z0-9-]*$', 'kata-team-1', 'a' + '-'.repeat(50_000) + '!'],
  ['^[A-Za-z][A-Za-z0-9_-]*$', 'Gate_1-a', 'A' + '_-'.repeat(25_000) + '!'],
  ['^https?://', 'https://example.com', 'http'.repeat(25_000)],
  ['^(/.*)?$', '/gates', '/' + 'a\r\u2028'.repeat(20_000) + '\n'],
  ['^[A-Za-z][A-Za-z0-9]*$', 'ExpandDisksGate', 'A'.repeat(50_000) + '-'],
  [
    '^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$',
    '[@kata/arch-team](https://github.com/orgs/kata/teams/arch-team)*, [@kata/x](https://github.com/orgs/kata/teams/x)',
    '[@a/b](https://github.com/orgs/a/teams/b)*' + ' , [@a/b](https://github.com/orgs/a/teams/b)'.repeat(2_000) + ' ,\u00a0[@a/b](https://github.com/orgs/a/teams/b)',
  ],
  ['^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$', '@kata-containers/arch-committee', '@' + 'a-'.repeat(25_000) + '/' + 'b'.repeat(25_000) + '/'],
  [
    '^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$',
    'https://github.com/orgs/kata-containers/teams/arch-committee',
    'https://github.com/orgs/' + 'a'.repeat(50_000) + '/teams/' + '-'.repeat(50_000) + '?',
  ],
];

/** Where the two engines' ideas of `\s`, `.`, code points and line ends differ. */
const EDGES = ['', ' ', '\t', '\v', '\f', '\r', '\n', '\u00a0', '\u2028', '\u3000', '\u200b', '😀', '\ud800', 'é', 'A', 'a-', '/', '//', '/x\r', '/x\n', '@a/b', '@A/b', 'https://', 'http://x', '&nbsp;'];

describe('shipped patterns', () => {
  it('are exactly the reviewed ones', () => {
    expect([...shippedPatterns()].sort()).toEqual(REVIEWED.map(([pattern]) => pattern).sort());
  });

  it.each(REVIEWED)('%s runs on JavaScript\'s engine with RE2\'s answers', (source, matching, hostile) => {
    expect(nativeSource(source)).toBeDefined();
    const native = compilePattern(source);
    const re2 = re2Pattern(source);
    expect(native.toString()).toBe(re2.toString());
    expect(native.test(matching)).toBe(true);
    const inputs = [matching, hostile, ...EDGES, ...EDGES.map((edge) => matching + edge), ...EDGES.map((edge) => edge + matching)];
    for (const cut of [1, 2, Math.floor(matching.length / 2)]) inputs.push(matching.slice(cut), matching.slice(0, -cut));
    inputs.push(matching.replace(/ /g, '\u00a0'), matching.replace(/ /g, '\v'), matching.replace(/ /g, '\t\f'), matching.toUpperCase());
    for (const input of inputs) {
      expect([input, native.test(input)]).toEqual([input, re2.test(input)]);
      expect([input, native.exec(input)]).toEqual([input, re2.exec(input)]);
      expect([input, native.execAll(input)]).toEqual([input, re2.execAll(input)]);
    }
  });
});

describe('nativeSource', () => {
  it('gives \\s and . their RE2 meaning, inside classes too, and leaves escapes alone', () => {
    expect(nativeSource('a\\s.b')).toBe('a[\\t\\n\\f\\r ][^\\n]b');
    expect(nativeSource('[\\s,.]')).toBe('[\\t\\n\\f\\r ,.]');
    expect(nativeSource('[^\\s]\\S')).toBe('[^\\t\\n\\f\\r ][^\\t\\n\\f\\r ]');
    expect(nativeSource('\\\\s\\.')).toBe('\\\\s\\.');
  });

  it('declines what it cannot translate', () => {
    expect(nativeSource('[\\S]')).toBeUndefined();
    expect(nativeSource('[]a]')).toBeUndefined();
  });
});
