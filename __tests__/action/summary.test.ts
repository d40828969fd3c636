import { buildSummary, cell, row, type SummaryInput } from '../../src/action/summary.js';
import { v } from './helpers.js';

const input = (over: Partial<SummaryInput>): SummaryInput => ({
  gating: [],
  existing: [],
  isNew: true,
  filesChecked: 2,
  tablesChecked: 3,
  blobUrl: 'https://github.com/o/r/blob/abc123/',
  notes: [],
  ...over,
});

describe('job summary', () => {
  it('links each finding to its line at the head commit and escapes table syntax', () => {
    const finding = v({ file: 'docs/a b.md', line: 7, message: 'Gate "X|Y" <b>', suggestion: 'Beta' });
    expect(row(finding, 'https://github.com/o/r/blob/abc123/')).toBe(
      '| error | [docs/a b.md:7](https://github.com/o/r/blob/abc123/docs/a%20b.md#L7) | allowed-values | Gate "X\\|Y" &lt;b&gt; | <code>Beta</code> |\n',
    );
    expect(cell('a\nb')).toBe('a<br>b');
  });

  it('gives counts, the gating table, and pre-existing findings in a collapsed section', () => {
    const text = buildSummary(
      input({
        gating: [v({ severity: 'warning', line: 9, message: 'w' }), v({ line: 20, message: 'e' })],
        existing: [v({ line: 3, message: 'old' })],
        failReason: 'support-table-lint found 1 new error in support tables (fail-on: error); see the annotations or the job summary.',
      }),
    );
    expect(text).toContain('**1 new error and 1 new warning**, 1 pre-existing · 2 files, 3 tables checked');
    expect(text).toContain(':x: support-table-lint found 1 new error');
    const gatingTable = text.slice(text.indexOf('### New findings'), text.indexOf('<details>'));
    expect(gatingTable.indexOf('| e |')).toBeLessThan(gatingTable.indexOf('| w |'));
    expect(text).toMatch(/<details><summary>1 pre-existing finding \(already at the base commit; they do not fail this check\)<\/summary>\n\n\| Severity[^]*\| old \|[^]*<\/details>/);
    expect(text).not.toContain('left out');
  });

  it('stays under the byte limit and says how many rows were left out', () => {
    const gating = Array.from({ length: 200 }, (_, i) => v({ line: i + 1, message: 'x'.repeat(200) }));
    const existing = Array.from({ length: 50 }, (_, i) => v({ line: i + 1, message: 'old' }));
    const text = buildSummary(input({ gating, existing }), 10_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10_000);
    const shown = (text.match(/^\| error \|/gm) ?? []).length;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(`_${250 - shown} of 250 rows left out to stay under GitHub's size limit`);
    expect(text).not.toContain('<details>');
  });

  it('omits "new" and pre-existing counts for gate: all', () => {
    const text = buildSummary(input({ isNew: false, gating: [v({})] }));
    expect(text).toContain('**1 error** · 2 files, 3 tables checked');
    expect(text).toContain('### Findings');
  });
});

describe('suppressed findings in the job summary', () => {
  const suppressed = (n: number, reason = 'why') => Array.from({ length: n }, (_, i) => ({ ...v({ line: i + 1, message: `hidden ${i}` }), reason }));

  it('are listed right after the findings that count, with their reasons', () => {
    const text = buildSummary(input({ gating: [v({ message: 'e' })], existing: [v({ message: 'old' })], suppressed: { count: 1, findings: suppressed(1, 'a <b>reason</b>') } }));
    expect(text).toContain(', 1 suppressed · ');
    const at = text.indexOf('1 finding suppressed by comments');
    expect(at).toBeGreaterThan(text.indexOf('### New findings'));
    expect(at).toBeLessThan(text.indexOf('pre-existing finding (already'));
    expect(text).toContain('| hidden 0 | a &lt;b&gt;reason&lt;/b&gt; |');
  });

  it('a flood of findings never hides them without a word, and the pointer says where they all are', () => {
    const gating = Array.from({ length: 400 }, (_, i) => v({ severity: 'warning', line: i + 1, message: 'x'.repeat(200) }));
    const text = buildSummary(input({ gating, suppressed: { count: 3, findings: suppressed(3) } }), 20_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(20_000);
    expect(text).toContain('_3 findings suppressed by comments or `ignore:` entries, not listed here for lack of room; set the `report-file` input to get every suppressed finding in a JSON file._');
    const withFile = buildSummary(input({ suppressed: { count: 1200, findings: suppressed(1000), elsewhere: 'the report file `r.json` lists every suppressed finding' } }), 20_000);
    expect(withFile).toMatch(/_\d+ more not listed here for lack of room; the report file `r.json` lists every suppressed finding._/);
  });
});
