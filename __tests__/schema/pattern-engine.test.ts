/**
 * RE2 is loaded on demand (a chunk of its own in the bundles): the patterns
 * this package ships run without it, and a config's own pattern needs
 * loadPatternEngine() first, which the config loader awaits. This file must
 * not load RE2 before its first tests run.
 */
import { compilePattern, loadPatternEngine, shippedPatterns } from '../../src/schema/regex.js';

describe('the pattern engine, loaded on demand', () => {
  it('is not needed for a pattern this package ships', () => {
    const [shipped] = [...shippedPatterns()];
    expect(() => compilePattern(shipped!)).not.toThrow();
  });

  it('is needed for any other pattern, and says so', () => {
    expect(() => compilePattern('^own-(?<n>[0-9]+)$')).toThrow('was compiled before loadPatternEngine() finished');
  });

  it('compiles that pattern once loaded', async () => {
    await loadPatternEngine();
    expect(compilePattern('^own-(?<n>[0-9]+)$').exec('own-42')?.groups).toEqual({ n: '42' });
  });
});
