/**
 * The Action's patch of fixes through the real engine: each pass is judged
 * as the gate judged the change, so a table whose rows were out of order at
 * the base is not re-sorted to fix a row the change added.
 */
import { fixPatch } from '../../src/action/fix-patch.js';
import { loadConfig } from '../../src/config/load.js';
import { splitNew } from '../../src/core/gate.js';
import { lintText } from '../../src/engine/pipeline.js';

const gates = (...keys: string[]): string => ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...keys.map((key) => `${key}Gate | Beta | SUPPORTED`), ''].join('\n');

describe('fixPatch', () => {
  it.each([
    ['the sort rides on the change\'s finding', ['Z', 'B', 'A', 'C', 'D', 'E']],
    ['the sort rides on the finding the base had', ['B', 'A', 'C', 'Z', 'D', 'E']],
  ])('moves only the row the change put out of order (%s)', async (_name, head) => {
    const config = await loadConfig({ file: null, read: async () => undefined });
    const base = gates('B', 'A', 'C', 'D', 'E');
    const after = gates(...head);
    const { gating } = splitNew((await lintText('g.md', after, config)).violations, (await lintText('g.md', base, config)).violations);
    expect(gating.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order ZGate']);
    const patch = await fixPatch(gating, new Map([['g.md', after]]), config);
    expect(patch.findings).toBe(1);
    // The patch moves ZGate to the end and nothing else: BGate stays above AGate, as at the base.
    const changed = patch.text.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed.filter((line) => /AGate|BGate/.test(line))).toEqual([]);
    expect(changed).toContain('+ZGate | Beta | SUPPORTED');
  });
});
