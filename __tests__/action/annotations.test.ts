import { GITHUB_CAPS, gatingOrder, locate, planAnnotations } from '../../src/action/annotations.js';
import type { Severity } from '../../src/core/types.js';
import { v } from './helpers.js';

const many = (n: number, severity: Severity, file = 'a.md') =>
  Array.from({ length: n }, (_, i) => v({ file, line: i + 1, severity, message: `${severity} ${i + 1}` }));

describe('annotation ordering and capping', () => {
  it('orders gating findings errors first, then warnings, then notices, each in file order', () => {
    const vs = [
      v({ file: 'b.md', line: 1, severity: 'warning' }),
      v({ file: 'a.md', line: 9, severity: 'error' }),
      v({ file: 'a.md', line: 2, severity: 'notice' }),
      v({ file: 'a.md', line: 3, column: 5, severity: 'error' }),
      v({ file: 'a.md', line: 3, column: 1, severity: 'error' }),
    ];
    expect(gatingOrder(vs).map((x) => `${x.severity} ${x.file}:${x.line}:${x.column}`)).toEqual([
      'error a.md:3:1',
      'error a.md:3:5',
      'error a.md:9:3',
      'warning b.md:1:3',
      'notice a.md:2:3',
    ]);
  });

  it('writes everything, with no closing notice, when it fits', () => {
    const plan = planAnnotations(many(3, 'error'), [], 'the job summary');
    expect(plan.left).toBe(0);
    expect(plan.annotations.map((a) => a.message)).toEqual(['error 1', 'error 2', 'error 3']);
  });

  it('caps each level at 10 and ends with one notice saying how many more and where', () => {
    const plan = planAnnotations([...many(12, 'warning'), ...many(15, 'error')], [], 'the job summary');
    const levels = plan.annotations.map((a) => a.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(10);
    expect(levels.slice(0, 10).every((l) => l === 'error')).toBe(true);
    expect(plan.left).toBe(7);
    expect(plan.annotations.at(-1)).toEqual({
      level: 'notice',
      message: '7 more findings are not shown as annotations (GitHub shows at most 10 errors and 10 warnings per step); see the job summary.',
      properties: { title: 'support-table-lint: more findings' },
    });
  });

  it('writes pre-existing findings after the gating ones, as notices, keeping a slot for the closing notice', () => {
    const plan = planAnnotations(many(1, 'error'), many(12, 'error', 'old.md'), 'the job summary');
    const notices = plan.annotations.filter((a) => a.level === 'notice');
    expect(plan.annotations[0]?.message).toBe('error 1');
    expect(notices).toHaveLength(GITHUB_CAPS.perLevel);
    expect(notices[0]?.message).toBe('Pre-existing error (not introduced by this change): error 1');
    expect(notices[0]?.properties.title).toBe('allowed-values (pre-existing)');
    expect(plan.left).toBe(3);
  });

  it('respects the job cap and annotations the step already wrote', () => {
    const plan = planAnnotations(many(10, 'error'), [], 'x', { perLevel: 10, total: 6 }, { notice: 2 });
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(3);
    expect(plan.left).toBe(7);
  });

  it('gives columns only for single-line findings, as GitHub ignores them otherwise', () => {
    expect(locate(v({ line: 4, endLine: 4, column: 2, endColumn: 9 }))).toEqual({
      title: 'allowed-values', file: 'docs/gates.md', startLine: 4, endLine: 4, startColumn: 2, endColumn: 8,
    });
    expect(locate(v({ line: 4, endLine: 6 }))).toEqual({ title: 'allowed-values', file: 'docs/gates.md', startLine: 4, endLine: 6 });
  });
});
