/**
 * Globs with several `*` in one segment match on RE2 (io/glob.ts): the same
 * answers as picomatch on every path without a `.` or `..` segment, in time
 * linear in the path, where picomatch's backtracking takes minutes on a file
 * name a pull request chooses.
 */
import picomatch from 'picomatch';
import { backtracks, loadGlob, matcher } from '../../src/io/glob.js';

const GLOBS = [
  '**/*-*-*.md',
  '**/*-*-*-*-*.md',
  'docs/*_*.md',
  '*a*b*',
  'docs/**/v*.*.md',
  'docs/{a,b}*-*.md',
  'docs/[a-z]*-*.md',
  '!docs/*-*.md',
  '**/*.*.*',
  'docs/**/*-*/*.md',
  '*-*/**',
  'a*?*b',
  '+(a|b)*-*.md',
  '@(docs|a)/*-*',
  '**/x/**/y.md',
  '**/docs/**/x/**/*.md',
];

/** Paths from a small alphabet, so that the globs' literals occur often; a seeded generator, the same paths every run. */
function* paths(count: number): Generator<string> {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['a', 'b', '-', '_', 'v', '1', '.', 'md', 'docs', 'A', 'B', 'MD', ' ', '\u00e9', 'x', 'y.md'];
  for (let i = 0; i < count; i++) {
    const segments = Array.from({ length: 1 + next(4) }, () => Array.from({ length: 1 + next(6) }, () => pieces[next(pieces.length)]).join(''));
    if (next(3) === 0) segments.unshift('docs');
    if (next(4) === 0) segments[segments.length - 1] += '.md';
    yield segments.join('/');
  }
}

const dotSegment = /(?:^|\/)\.{1,2}(?:\/|$)/;

beforeAll(() => loadGlob(GLOBS));

describe('globs that could backtrack', () => {
  it('are told from those that cannot', () => {
    expect(GLOBS.filter((glob) => !backtracks(glob))).toEqual([]);
    expect(['docs/**', '**/*.md', 'docs/**/feature_gate_*.md', '**/*.{md,markdown}', 'docs/?/x.md'].filter(backtracks)).toEqual([]);
  });

  it.each([false, true])('match as picomatch does on 5,000 paths (nocase: %s)', (nocase) => {
    for (const glob of GLOBS) {
      const ours = matcher(glob, { dot: true, nocase });
      const theirs = picomatch(glob, { dot: true, nocase });
      const differ = [...paths(5000)].filter((path) => ours(path) !== theirs(path));
      expect({ glob, differ: differ.slice(0, 5) }).toEqual({ glob, differ: [] });
    }
  });

  it('keep picomatch for a path with a . or .. segment', () => {
    const ours = matcher('**/*-*-*.md', { dot: true });
    for (const path of ['../a-b-c.md', 'docs/./a-b-c.md', 'docs/../a-b-c.md', 'a/..', '.']) {
      expect(dotSegment.test(path) && ours(path)).toBe(dotSegment.test(path) && picomatch.isMatch(path, '**/*-*-*.md', { dot: true }));
    }
  });

  it('answer on a file name of 250 dashes, which picomatch would take minutes on', () => {
    // A regression to the backtracking engine makes this test run out of time.
    const hostile = `docs/${'-'.repeat(250)}`;
    expect(matcher('**/*-*-*-*-*.md', { dot: true })(hostile)).toBe(false);
    expect(matcher('**/*-*-*-*-*.md', { dot: true })(`${hostile}.md`)).toBe(true);
    expect(matcher(['docs/**', '**/*-*-*-*-*.md'], { dot: true })('other/x.txt')).toBe(false);
    // Folders among several `**`: 800 `x/` folders, which picomatch takes most of a minute on.
    expect(matcher('**/x/**/x/**/x/**/y.md', { dot: true })(`${'x/'.repeat(800)}z`)).toBe(false);
    expect(matcher('**/x/**/x/**/x/**/y.md', { dot: true })(`${'x/'.repeat(800)}y.md`)).toBe(true);
  });

  it('match a path written exactly as the glob, as picomatch does, and leave escaped letters to picomatch', () => {
    expect(matcher('docs/{a,b}*-*.md', { dot: true })('docs/{a,b}*-*.md')).toBe(true);
    expect(matcher('docs/*\\z*-*', { dot: true })('docs/aza-c')).toBe(picomatch.isMatch('docs/aza-c', 'docs/*\\z*-*', { dot: true }));
  });

  it("in a config's files:, are loaded before the config's matchers are made", async () => {
    const { loadConfig } = await import('../../src/config/load.js');
    const config = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: ["**/*-*-*-*-*.md"]\n    preset: kubevirt-feature-gates\n' });
    expect(config.entries[0]!.matchesFile(`docs/${'-'.repeat(250)}`)).toBe(false);
    expect(config.entries[0]!.matchesFile('docs/a-b-c-d-e.md')).toBe(true);
  });

  it('match a line break in a path as any other character', () => {
    expect(matcher('docs/*-*.md', { dot: true })('docs/a\n-b.md')).toBe(true);
  });
});
