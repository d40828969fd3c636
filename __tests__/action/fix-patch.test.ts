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
    const { gating, existing } = splitNew((await lintText('g.md', after, config)).violations, (await lintText('g.md', base, config)).violations);
    expect(gating.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order ZGate']);
    const patch = await fixPatch(gating, new Map([['g.md', after]]), config, { existing });
    expect(patch.findings).toBe(1);
    // The patch moves ZGate to the end and nothing else: BGate stays above AGate, as at the base.
    const changed = patch.text.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed.filter((line) => /AGate|BGate/.test(line))).toEqual([]);
    expect(changed).toContain('+ZGate | Beta | SUPPORTED');
  });

  const gate = async (base: string, head: string) => {
    const config = await loadConfig({ file: null, read: async () => undefined });
    return { config, ...splitNew((await lintText('g.md', head, config)).violations, (await lintText('g.md', base, config)).violations) };
  };
  const rowsOf = (text: string) => text.split('\n').slice(2, -1).map((line) => line.split(' | ')[0]);
  const applied = (source: string, patch: string): string => {
    // The patch's one hunk, applied to the source: its - and context lines must match, its + lines replace.
    const lines = patch.split('\n');
    const at = Number(/^@@ -(\d+)/m.exec(patch)![1]) - 1;
    const body = lines.slice(lines.findIndex((line) => line.startsWith('@@')) + 1).filter((line) => line !== '' && !line.startsWith('\\'));
    const out = source.split('\n');
    const old = body.filter((line) => !line.startsWith('+')).map((line) => line.slice(1));
    expect(out.slice(at, at + old.length)).toEqual(old);
    out.splice(at, old.length, ...body.filter((line) => !line.startsWith('-')).map((line) => line.slice(1)));
    return out.join('\n');
  };

  it('two rows the change swapped: the patch sorts the table, though only the first finding carries the fix', async () => {
    const base = gates('A', 'B', 'C', 'D', 'E', 'F', 'G');
    const head = gates('A', 'B', 'F', 'D', 'E', 'C', 'G');
    const { config, gating, existing } = await gate(base, head);
    expect(gating.filter((v) => v.rule === 'sort-order').map((v) => Boolean(v.fix))).toEqual([true, false]);
    const patch = await fixPatch(gating, new Map([['g.md', head]]), config, { existing });
    expect(rowsOf(applied(head, patch.text))).toEqual(['AGate', 'BGate', 'CGate', 'DGate', 'EGate', 'FGate', 'GGate']);
  });

  it('two fixes on one header cell (a look-alike letter and a zero-width space): both are in the patch', async () => {
    const base = gates('A', 'B');
    const head = base.replace('GRADUATION', 'GR\u0410DU\u200bATION');
    const { config, gating, existing } = await gate(base, head);
    expect(gating.map((v) => v.rule)).toEqual(['header-invisible', 'header-invisible']);
    const patch = await fixPatch(gating, new Map([['g.md', head]]), config, { existing });
    expect(applied(head, patch.text)).toBe(base);
  });

  it('a file that starts with a byte-order mark: the patch\'s context keeps it, so git applies it', async () => {
    const head = gates('B', 'A');
    const { config, gating, existing } = await gate(head, head.replace('BGate | Beta', 'BGate | beta'));
    const patch = await fixPatch(gating, new Map([['g.md', head.replace('BGate | Beta', 'BGate | beta')]]), config, { existing, boms: new Set(['g.md']) });
    expect(patch.text).toContain('\n \ufeffFEATURE GATE | GRADUATION | STATUS\n');
  });

  it('a second copy of a finding the base had once is the change\'s: its fix is in the patch, the first copy\'s is not', async () => {
    const base = ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | beta | SUPPORTED', 'BGate | Beta | SUPPORTED', ''].join('\n');
    const head = base.replace('BGate | Beta | SUPPORTED', 'BGate | Beta | SUPPORTED\nAGate | beta | SUPPORTED');
    const { config, gating, existing } = await gate(base, head);
    expect(gating.filter((v) => v.rule === 'allowed-values').map((v) => v.line)).toEqual([5]);
    const patch = await fixPatch(gating, new Map([['g.md', head]]), config, { existing });
    // The new row is also out of order (the change's sort-order finding): it moves up, mended; the old row stays as it was.
    expect(applied(head, patch.text).split('\n').slice(2, 5)).toEqual(['AGate | beta | SUPPORTED', 'AGate | Beta | SUPPORTED', 'BGate | Beta | SUPPORTED']);
  });
});
