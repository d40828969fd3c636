/**
 * The pattern engine: RE2 semantics (a catastrophic pattern stays linear),
 * and answers that do not depend on what was asked before (each pattern
 * remembers answers for a bounded number of inputs).
 */
import { compilePattern } from '../../src/schema/regex.js';

describe('compilePattern', () => {
  it('matches as a search, with named groups and their indices', () => {
    const pattern = compilePattern('@(?<org>[a-z]+)/(?<team>[a-z]+)');
    expect(pattern.test('see @kata/infra')).toBe(true);
    expect(pattern.exec('see @kata/infra')).toEqual({ groups: { org: 'kata', team: 'infra' }, indices: { org: [5, 9], team: [10, 15] } });
    expect(pattern.exec('nothing')).toBeNull();
    expect(pattern.execAll('@a/b and @c/d').map((match) => match.groups)).toEqual([
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
