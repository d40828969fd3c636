import type { Violation } from '../../src/core/types.js';
import { applyFixes, applyKeepingShape, fixText, MAX_PASSES, MAX_SHAPE_TRIALS, structureOf } from '../../src/engine/fix.js';

const finding = (range: [number, number], text: string, rule = 'x'): Violation => ({
  file: 'a.md',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  severity: 'error',
  rule,
  message: 'm',
  fix: { range, text },
});

describe('applyFixes', () => {
  it('applies fixes in source order and skips one that overlaps or touches an earlier one', () => {
    const { output, applied, skipped } = applyFixes('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'zz' },
      { range: [2, 2], text: '+' },
    ]);
    expect(output).toBe('ABcdEf');
    expect(applied.map((f) => f.text)).toEqual(['AB', 'E']);
    expect(skipped.map((f) => f.text)).toEqual(['zz', '+']);
  });

  it('refuses ranges outside the text', () => {
    expect(applyFixes('abc', [{ range: [2, 9], text: 'x' }])).toEqual({ output: 'abc', applied: [], skipped: [{ range: [2, 9], text: 'x' }] });
  });
});

describe('fixText', () => {
  const table = '| A | B |\n|---|---|\n| x | y |\n| z | w |\n';

  it('applies fixes in passes until none is left, re-linting between passes', async () => {
    // Each pass offers one fix per remaining lower-case cell value; overlapping ones wait for the next pass.
    const lint = async (text: string) => {
      const at = text.search(/\| [a-z] \|/);
      return at === -1 ? [] : [finding([at + 2, at + 3], text[at + 2]!.toUpperCase()), finding([at + 2, at + 3], '?')];
    };
    const outcome = await fixText(table, lint);
    expect(outcome.output).toBe('| A | B |\n|---|---|\n| X | Y |\n| Z | W |\n');
    expect(outcome).toMatchObject({ fixed: 4, passes: 4 });
    expect(outcome.dropped).toEqual([]);
  });

  it('stops after MAX_PASSES even when fixes keep coming, and says which fixes it did not reach', async () => {
    let n = 0;
    const outcome = await fixText('x', async () => [finding([0, 1], String(++n % 100))]);
    expect(outcome.passes).toBe(MAX_PASSES);
    expect(outcome.dropped.map(({ reason, again }) => [reason, again])).toEqual([[`it was not reached in ${MAX_PASSES} passes of fixes`, true]]);
  });

  it('fixes that undo each other are dropped at once, named, and never called "not reached"; the other fixes stay', async () => {
    // `a` says the key cell should be `K`, `b` says it must be `x` again: they go round. The `y` → `Y` fix is unrelated.
    const lint = async (text: string) => {
      const at = table.indexOf('x');
      const found: Violation[] = [];
      if (text[at] === 'x') found.push(finding([at, at + 1], 'K', 'a'));
      if (text[at] === 'K') found.push(finding([at, at + 1], 'x', 'b'));
      const y = text.indexOf('y');
      if (y >= 0) found.push(finding([y, y + 1], 'Y', 'c'));
      return found;
    };
    const outcome = await fixText(table, lint);
    expect(outcome.output).toBe(table.replace('y', 'Y'));
    expect(outcome.fixed).toBe(1);
    // Only `a` is said: `b`'s finding was made by `a`'s fix and is not in the text left.
    expect(outcome.dropped.map(({ violation, reason, again }) => [violation.rule, reason, again])).toEqual([['a', 'the fix for b undoes it', undefined]]);
  });

  it('drops, and reports, a fix that would change the number of tables or rows; keeps the others', async () => {
    const split = finding([table.indexOf('| z'), table.indexOf('| z')], '\n', 'breaker');
    const good = finding([table.indexOf('x'), table.indexOf('x') + 1], 'X', 'good');
    const lint = async (text: string) => (text === table ? [split, good] : []);
    const outcome = await fixText(table, lint);
    expect(outcome.output).toBe(table.replace('x', 'X'));
    // A blank line ends the table: the last row would become a paragraph.
    expect(outcome.dropped).toEqual([{ violation: split, reason: 'it would change table 1 from 2 rows to 1' }]);
    expect(structureOf(outcome.output)).toEqual([2]);
  });
});

describe('applyKeepingShape', () => {
  // 2,000 rows with a fix on each.
  const rows = Array.from({ length: 2000 }, (_, i) => `| r${i} | v |`);
  const text = ['| K | V |', '| - | - |', ...rows, ''].join('\n');
  const at = (i: number) => text.indexOf(`| r${i} |`);
  const fixes = rows.map((_, i) => ({ range: [at(i) + 2, at(i) + 3] as [number, number], text: 'R' }));

  it('keeps every fix that leaves the tables whole and refuses the one that does not (a row made a heading)', () => {
    const some = [...fixes];
    some[1500] = { range: [at(1500), at(1500) + 1], text: '# ' };
    const kept = applyKeepingShape(text, some);
    expect(kept.refused.map(({ fix }) => some.indexOf(fix))).toEqual([1500]);
    expect(kept.refused[0]!.reason).toBe('it would change table 1 from 2000 rows to 1500');
    expect([kept.applied.length, kept.skipped.length]).toEqual([1999, 0]);
    expect(kept.output).toBe(['| K | V |', '| - | - |', ...rows.map((row, i) => (i === 1500 ? row : row.replace('| r', '| R'))), ''].join('\n'));
  });

  it('spends a bounded number of parses: when most fixes break the table, the ones not reached wait for the next pass', () => {
    // Every second fix ends the table with a blank line.
    const bad = fixes.map((fix, i) => (i % 2 ? { range: [at(i), at(i)] as [number, number], text: '\n' } : fix));
    const kept = applyKeepingShape(text, bad);
    expect(kept.refused.length).toBeGreaterThan(0);
    expect(kept.refused.length + kept.applied.length).toBeLessThanOrEqual(MAX_SHAPE_TRIALS);
    expect(kept.applied.length + kept.refused.length + kept.skipped.length).toBe(bad.length);
    expect(structureOf(kept.output)).toEqual([2000]);
  });
});
