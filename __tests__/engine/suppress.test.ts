/**
 * Suppressions through the real pipeline: every comment form, inside lists
 * and block quotes, with CRLF line endings, config `ignore:` entries, and the
 * `unused-suppression` findings for suppressions that suppress nothing.
 */
import { loadConfig } from '../../src/config/load.js';
import type { FileResult } from '../../src/core/types.js';
import { fixText } from '../../src/engine/fix.js';
import { lintSources, lintText, textLoader } from '../../src/engine/pipeline.js';
import { parseDirective } from '../../src/engine/suppress.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';
/** A Kata-style table with one duplicate key and one misspelt level: two findings, on lines 3 and 4 after the header. */
const table = (...extra: string[]) => [
  '| Feature | Support State | Maintainers | Notes |',
  '| --- | --- | --- | --- |',
  '| Unifi | Supported | | |',
  '| UniFi | Best effort | | x |',
  ...extra,
];
const presets = loadConfig({ file: null, read: async () => undefined });
const lint = async (source: string): Promise<FileResult> => lintText('doc.md', source, await presets);
/** `rule@line` of reported, suppressed and problems. */
const summary = (result: FileResult) => ({
  reported: result.violations.map((v) => `${v.rule}@${v.line}`),
  suppressed: result.suppressed.map((v) => `${v.rule}@${v.line}: ${v.suppressions.map((s) => `${s.kind} "${s.justification}"`).join(', ')}`),
});

describe('suppression comments', () => {
  it('disable-file at the end of a heading applies, as in a paragraph', async () => {
    const result = await lint(md('# Providers <!-- support-table-lint-disable-file unique-key -->', '', ...table()));
    expect(summary(result).reported).toEqual(['required-cell@5', 'allowed-values@6']);
    expect(result.suppressed.map((v) => `${v.rule}@${v.line}`)).toEqual(['unique-key@6']);
  });

  it('a finding past column 10,000,000 is still before a disable comment on the next line', async () => {
    const long = 'x'.repeat(10_000_050);
    const result = await lint(md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', `| ${long} | Best effort | | n |`, '<!-- support-table-lint-disable allowed-values -->'));
    expect(summary(result).reported).toContain('allowed-values@3');
    expect(result.violations.find((v) => v.rule === 'allowed-values')!.column).toBeGreaterThan(10_000_000);
  });

  it('without any: both findings, and the Supported rows without maintainers', async () => {
    expect(summary(await lint(md(...table())))).toEqual({
      reported: ['required-cell@3', 'unique-key@4', 'allowed-values@4'],
      suppressed: [],
    });
  });

  it('disable-next-table, for some rules, with a reason', async () => {
    const result = await lint(md('<!-- support-table-lint-disable-next-table unique-key, required-cell -- providers spell themselves -->', '', ...table()));
    expect(summary(result)).toEqual({
      reported: ['allowed-values@6'],
      suppressed: ['required-cell@5: directive "providers spell themselves"', 'unique-key@6: directive "providers spell themselves"'],
    });
  });

  it('disable-next-table applies to the next table only', async () => {
    const result = await lint(md('<!-- support-table-lint-disable-next-table -->', '', '| A |', '|---|', '| x |', '', ...table()));
    // The one-column table is judged by nothing, so the comment suppressed nothing there.
    expect(summary(result).reported).toEqual(['unused-suppression@1', 'required-cell@9', 'unique-key@10', 'allowed-values@10']);
    expect(result.violations.find((v) => v.rule === 'unused-suppression')!.message).toBe(
      'Nothing checks the table after this comment (no config entry or preset applies to it), so it suppresses nothing: move it to just before the table it is for, or remove it.',
    );
    // The comment suppressed nothing in the table it applies to: reported as unused, on its own line.
    const { violations } = await lintText('doc.md', md('<!-- support-table-lint-disable-next-table -->', '', ...table()).replace('UniFi | Best effort | | x', 'Other | Supported | [@a/b](https://github.com/orgs/a/teams/b) | x').replace('| Unifi | Supported | | |', '| Unifi | Supported | [@a/b](https://github.com/orgs/a/teams/b) | |'), await presets);
    expect(violations.map((v) => [v.rule, v.line, v.message])).toEqual([['unused-suppression', 1, 'This comment suppresses nothing: remove it.']]);
  });

  it('in a file no entry checks, no comment is called unused (another config may need it); a misspelt one still is', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async () => 'tables:\n  - files: [other.md]\n    preset: kata-support-levels\n' });
    const lines = table();
    lines[3] = '| UniFi <!-- support-table-lint-disable-line unique-key --> | Best effort | | x |';
    const source = md('<!-- support-table-lint-disable-next-table unique-key -->', ...lines, '', '<!-- support-table-lint-disable-file -->', '<!-- support-table-lint-disbale-line -->');
    const { violations } = await lintText('doc.md', source, config);
    expect(violations.map((v) => `${v.rule}@${v.line}`)).toEqual(['unused-suppression@8']);
  });

  it('at scale: a comment in each of 6,000 rows and 8,000 enable lines, each finding asking only its own comments', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => `| F${i} <!-- support-table-lint-disable-line allowed-values --> | Best effort | | x |`);
    const enables = Array.from({ length: 8_000 }, () => '<!-- support-table-lint-enable -->');
    const result = await lint(md(...enables, '', '| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', ...rows));
    expect(result.suppressed.length).toBe(6_000);
    expect(result.suppressed.every((v) => v.rule === 'allowed-values' && v.suppressions.length === 1)).toBe(true);
    // Each enable closes nothing, and says so; nothing else is reported.
    expect(new Set(result.violations.map((v) => v.rule))).toEqual(new Set(['unused-suppression']));
    expect(result.violations.length).toBe(8_000);
  });

  it('a cell comment suppresses its row only, and is not part of the value', async () => {
    const lines = table();
    lines[3] = '| UniFi <!-- support-table-lint-disable-line unique-key -- intentional: provider name --> | Best effort | | x |';
    const result = await lint(md(...lines));
    expect(summary(result)).toEqual({
      reported: ['required-cell@3', 'allowed-values@4'],
      suppressed: ['unique-key@4: directive "intentional: provider name"'],
    });
  });

  it('a suppressed out-of-order row does not take the table\'s sort fix with it: the next out-of-order row carries it', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: s.json\n    order: { scope: table }\n' : '{"type": "object"}') });
    const source = md('| Provider | Status |', '| - | - |', '| Azure | x |', '| Cloudflare | x |', '| Dyn | x |', '| Bluecat <!-- support-table-lint-disable-line sort-order -- newest at the bottom --> | x |', '| Akamai | x |');
    const result = await lintText('p.md', source, config);
    expect(result.suppressed.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order Bluecat']);
    expect(result.violations.map((v) => [v.rule, v.rowKey, v.fix !== undefined])).toEqual([['sort-order', 'Akamai', true]]);
    // The fix sorts the other rows around the pinned one, which stays where it is; its comment is still needed.
    const fixed = await fixText(source, async (text) => (await lintText('p.md', text, config)).violations);
    expect(fixed.output).toBe(md('| Provider | Status |', '| - | - |', '| Akamai | x |', '| Azure | x |', '| Cloudflare | x |', '| Bluecat <!-- support-table-lint-disable-line sort-order -- newest at the bottom --> | x |', '| Dyn | x |'));
    const again = await lintText('p.md', fixed.output, config);
    expect(again.violations).toEqual([]);
    expect(again.suppressed.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order Bluecat']);
  });

  it('a pinned row that the run of longest order keeps is still pinned: its comment is in use, before and after the fix', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: s.json\n    order: { scope: table }\n' : '{"type": "object"}') });
    const pinned = '| Zother <!-- support-table-lint-disable-line sort-order -- keep Other here --> | x |';
    const source = md('| Provider | Status |', '| - | - |', '| Dgate | x |', pinned, '| Agate | x |');
    const result = await lintText('p.md', source, config);
    expect(result.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order Agate']);
    expect(result.suppressed.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order Zother']);
    const fixed = await fixText(source, async (text) => (await lintText('p.md', text, config)).violations);
    expect(fixed.output).toBe(md('| Provider | Status |', '| - | - |', '| Agate | x |', pinned, '| Dgate | x |'));
    const again = await lintText('p.md', fixed.output, config);
    expect(again.violations).toEqual([]);
    expect(again.suppressed.map((v) => `${v.rule} ${v.rowKey}: ${v.message}`)).toEqual(['sort-order Zother: Provider "Zother" is out of order: it sorts after "Dgate" below it. Move it after "Dgate" (line 5).']);
    // Where a sort puts it anyway, the comment does nothing, and says so.
    const inPlace = await lintText('p.md', md('| Provider | Status |', '| - | - |', '| Agate | x |', '| Dgate | x |', pinned), config);
    expect(inPlace.violations.map((v) => v.rule)).toEqual(['unused-suppression']);
  });

  it('disable … enable regions, per rule and for all', async () => {
    const result = await lint(
      md(
        '<!-- support-table-lint-disable allowed-values -->',
        '',
        ...table(),
        '',
        '<!-- support-table-lint-enable allowed-values -->',
        '',
        '<!-- support-table-lint-disable -->',
        '',
        '| Feature | Support State | Maintainers | Notes |',
        '| --- | --- | --- | --- |',
        '| tail | Best effort | | x |',
      ),
    );
    expect(summary(result)).toEqual({
      reported: ['required-cell@5', 'unique-key@6'],
      suppressed: ['allowed-values@6: directive ""', 'allowed-values@14: directive ""'],
    });
  });

  it('enable one rule inside a disable-all region', async () => {
    const result = await lint(md('<!-- support-table-lint-disable -->', '<!-- support-table-lint-enable unique-key -->', '', ...table()));
    expect(summary(result).reported).toEqual(['unique-key@7']);
  });

  it('disable-file, anywhere in the file', async () => {
    const result = await lint(md(...table(), '', '<!-- support-table-lint-disable-file required-cell allowed-values -->'));
    expect(summary(result).reported).toEqual(['unique-key@4']);
    expect(result.suppressed).toHaveLength(2);
  });

  it('works inside list items and block quotes', async () => {
    const inList = md('- item', '', '  <!-- support-table-lint-disable-next-table unique-key -->', '', ...table().map((line) => `  ${line}`));
    expect(summary(await lint(inList)).suppressed).toEqual(['unique-key@8: directive ""']);
    const inQuote = md('> <!-- support-table-lint-disable-next-table unique-key -->', '>', ...table().map((line) => `> ${line}`));
    expect(summary(await lint(inQuote)).suppressed).toEqual(['unique-key@6: directive ""']);
    const cellInQuote = table().map((line) => `> ${line}`);
    cellInQuote[3] = '> | UniFi <!-- support-table-lint-disable-line --> | Best effort | | x |';
    expect(summary(await lint(md(...cellInQuote))).suppressed).toEqual(['unique-key@4: directive ""', 'allowed-values@4: directive ""']);
  });

  it('works with CRLF line endings', async () => {
    const lines = table();
    lines[3] = '| UniFi <!-- support-table-lint-disable-line unique-key --> | Best effort | | x |';
    const crlf = md('<!-- support-table-lint-disable-next-table allowed-values -->', '', ...lines).replace(/\n/g, '\r\n');
    expect(summary(await lint(crlf))).toEqual({
      reported: ['required-cell@5'],
      suppressed: ['unique-key@6: directive ""', 'allowed-values@6: directive ""'],
    });
  });

  it('a comment in a code block is code, not a directive', async () => {
    const result = await lint(md('```', '<!-- support-table-lint-disable-file -->', '```', '', ...table()));
    expect(result.suppressed).toEqual([]);
  });

  it('reports unused suppressions, unknown rules and unknown directives', async () => {
    const result = await lint(
      md(
        '<!-- support-table-lint-disable-next-table sort-order -->',
        '',
        ...table(),
        '',
        '<!-- support-table-lint-disable-line uniqe-key -->',
        '<!-- support-table-lint-disable-next-line unique-key -->',
        '<!-- support-table-lint-enable -->',
        '<!-- support-table-lint-disable-next-table -->',
      ),
    );
    expect(result.violations.filter((v) => v.rule === 'unused-suppression').map((v) => [v.line, v.severity, v.message])).toEqual([
      [1, 'warning', 'This comment suppresses nothing for "sort-order": remove it.'],
      [8, 'warning', expect.stringMatching(/^This comment names the unknown rule "uniqe-key" \(did you mean "unique-key"\?\); rule ids are listed at https:\/\//)],
      [9, 'warning', expect.stringMatching(/^"support-table-lint-disable-next-line" is not a support-table-lint directive( \(did you mean "[^"]+"\?\))?, so it suppresses nothing; directives are support-table-lint-disable, support-table-lint-enable, support-table-lint-disable-next-table, support-table-lint-disable-line, support-table-lint-disable-file\.$/)],
      [10, 'warning', 'This comment suppresses nothing (nothing before it is disabled): remove it.'],
      [11, 'warning', 'No table follows this "support-table-lint-disable-next-table" comment: move it to just before the table.'],
    ]);
  });

  it('a misspelt directive is reported with the one it meant, and suppresses nothing; a comment that only names the tool is prose', async () => {
    const result = await lint(
      md(
        '<!-- support-table-lint: generated from hack/levels.json -->',
        '<!-- support-table-lint disable-file unique-key -->',
        '<!-- support-table-lint:disable allowed-values -->',
        '',
        ...table('| Zed <!-- support-table-lint-disabel-line --> | Supported | | |'),
      ),
    );
    expect(result.violations.filter((v) => v.rule === 'unused-suppression').map((v) => [v.line, v.message.replace(/;.*/, '')])).toEqual([
      [2, '"support-table-lint disable-file" is not a support-table-lint directive (did you mean "support-table-lint-disable-file"?), so it suppresses nothing'],
      [3, '"support-table-lint:disable" is not a support-table-lint directive (did you mean "support-table-lint-disable"?), so it suppresses nothing'],
      [9, '"support-table-lint-disabel-line" is not a support-table-lint directive (did you mean "support-table-lint-disable-line"?), so it suppresses nothing'],
    ]);
    // Nothing was suppressed, and the comment in the cell is not part of the key.
    expect(result.suppressed).toEqual([]);
    expect(summary(result).reported).toEqual(expect.arrayContaining(['unique-key@8', 'allowed-values@8']));
    expect(result.violations.some((v) => v.rule === 'sort-order' || /Zed </.test(v.message))).toBe(false);
  });

  it('a misspelt directive of several words is read as one kind (never as the region directive its first word is); a colon after the kind is the kind', async () => {
    const comments = ['support-table-lint disable line', 'support-table-lint_disable_next table', 'support-table-lint disable next line', 'support-table-lint-disable-next-line'];
    const result = await lint(md(...comments.map((text) => `<!-- ${text} -->`), '', ...table('| Zed <!-- support-table-lint-disable-line: unique-key --> | Supported | | |')));
    expect(result.violations.filter((v) => v.rule === 'unused-suppression').map((v) => [v.line, v.message.replace(/, so it suppresses nothing;.*/, '')])).toEqual([
      [1, '"support-table-lint disable line" is not a support-table-lint directive (did you mean "support-table-lint-disable-line"?)'],
      [2, '"support-table-lint_disable_next table" is not a support-table-lint directive (did you mean "support-table-lint-disable-next-table"?)'],
      [3, '"support-table-lint disable next line" is not a support-table-lint directive'],
      [4, '"support-table-lint-disable-next-line" is not a support-table-lint directive'],
      // `disable-line:` is read, names a rule that finds nothing on its row: unused, not unknown.
      [10, 'This comment suppresses nothing for "unique-key": remove it.'],
    ]);
  });

  it('disable-next-table reaches the next table of its own section only, and not from inside a table', async () => {
    const next = '<!-- support-table-lint-disable-next-table unique-key -->';
    const result = await lint(
      md(
        '## Old section',
        '',
        next,
        '',
        '```sh',
        '# a comment in code is no heading',
        '```',
        '',
        '## New section',
        '',
        ...table(),
        '',
        'Another',
        '-------',
        '',
        ...table().map((line, i) => (i === 2 ? line.replace('| Unifi |', `| Unifi ${next} |`) : line)),
        '',
        '## Kept',
        '',
        next,
        '',
        ...table(),
      ),
    );
    expect(result.violations.filter((v) => v.rule === 'unused-suppression').map((v) => [v.line, v.message])).toEqual([
      [3, 'No table follows this "support-table-lint-disable-next-table" comment in its section: the next one (line 11) is under another heading, so the comment suppresses nothing. Move it to just before the table it is for, or remove it.'],
      [21, 'This "support-table-lint-disable-next-table" comment is inside a table, so it suppresses nothing: for this row write "support-table-lint-disable-line"; for a table, put the comment on a line of its own just before it.'],
    ]);
    // The two tables it did not reach keep their duplicate; the one right under it does not.
    expect(result.violations.filter((v) => v.rule === 'unique-key').map((v) => v.line)).toEqual([14, 22]);
    expect(result.suppressed.map((v) => `${v.rule}@${v.line}`)).toEqual(['unique-key@31']);
  });

  it('a heading commented out, or a rule under a list item, is no heading: disable-next-table still reaches its table', async () => {
    const next = '<!-- support-table-lint-disable-next-table unique-key -->';
    const result = await lint(md(next, '', '<!--', '## Old heading', '-->', '', '- a list item', '---', '', ...table()));
    expect(result.violations.filter((v) => v.rule === 'unused-suppression')).toEqual([]);
    expect(result.suppressed.map((v) => `${v.rule}@${v.line}`)).toEqual(['unique-key@13']);
  });

  it('a disable-next-table before a table with rows cut off by a blank line is not called unused: the fix makes them its rows', async () => {
    const source = md('<!-- support-table-lint-disable-next-table unique-key -->', ...table().slice(0, 3), '', table()[3]!);
    const result = await lint(source);
    expect(result.violations.filter((v) => v.rule === 'unused-suppression')).toEqual([]);
    expect(result.violations.map((v) => v.rule)).toContain('detached-rows');
    const fixed = await fixText(source, async (text) => (await lint(text)).violations);
    const after = await lint(fixed.output);
    expect(after.suppressed.map((v) => v.rule)).toEqual(['unique-key']);
  });

  it("a directive's text inside a tag's attribute (a tooltip) is no directive", async () => {
    const result = await lint(md('See the <a href="https://example.com" title="<!-- support-table-lint-disable-file -->">status page</a>.', '', ...table()));
    expect(summary(result).suppressed).toEqual([]);
    expect(result.violations.map((v) => v.rule)).toEqual(expect.arrayContaining(['unique-key']));
  });

  it('a disable-line on a line of its own says where it belongs', async () => {
    const result = await lint(md('<!-- support-table-lint-disable-line unique-key -->', ...table()));
    expect(result.violations.filter((v) => v.rule === 'unused-suppression').map((v) => [v.line, v.message])).toEqual([
      [1, 'This "support-table-lint-disable-line" comment is on no table row, so it suppresses nothing: put it inside the cell of the row it is for, or use "support-table-lint-disable-next-table" before a table.'],
    ]);
  });

  it('a suppression cannot hide the unused-suppression findings, but severities can turn them off', async () => {
    const source = md('<!-- support-table-lint-disable-file -->', '<!-- support-table-lint-disable-line sort-order -->', '', ...table());
    expect((await lint(source)).violations.map((v) => `${v.rule}@${v.line}`)).toEqual(['unused-suppression@2']);
    const off = await loadConfig({ file: 'c.yml', read: async () => 'severities: { unused-suppression: off }\ntables:\n  - preset: kata-support-levels\n' });
    expect((await lintText('doc.md', source, off)).violations).toEqual([]);
  });
});

describe('parseDirective', () => {
  const span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
  it.each([
    ['<!-- support-table-lint-disable -->', { kind: 'disable', rules: [], justification: '' }],
    ['<!--support-table-lint-disable-line a,b  c -- why -- really -->', { kind: 'disable-line', rules: ['a', 'b', 'c'], justification: 'why -- really' }],
    ['<!-- support-table-lint-disable-file\n  unique-key\n-->', { kind: 'disable-file', rules: ['unique-key'], justification: '' }],
    ['<!-- support-table-lint-enable -- back on -->', { kind: 'enable', rules: [], justification: 'back on' }],
  ])('%j', (text, expected) => {
    expect(parseDirective({ text, span })).toEqual({ ...expected, span });
  });
});

describe('config ignore entries', () => {
  const config = (yaml: string) => loadConfig({ file: '.github/support-table-lint.yml', read: async () => yaml });

  it('an entry ignores a rule on some rows, with the reason; unused ones are reported on their config line', async () => {
    const yaml = [
      'tables:',
      '  - preset: kata-support-levels',
      '    ignore:',
      '      - rule: unique-key',
      '        rows: [unifi]',
      '        reason: a provider spells itself so',
      '      - { rule: sort-order, rows: [nothing] }',
    ].join('\n');
    const result = await lintSources([{ file: 'doc.md', head: textLoader(md(...table())) }], await config(yaml));
    const [doc, configFile] = result.files;
    expect(summary(doc!)).toEqual({
      reported: ['required-cell@3', 'allowed-values@4'],
      suppressed: ['unique-key@4: config "a provider spells itself so"'],
    });
    expect(configFile!.isConfig).toBe(true);
    expect(configFile!.violations.map((v) => [v.file, v.line, v.rule, v.message])).toEqual([
      ['.github/support-table-lint.yml', 7, 'unused-suppression', 'This ignore entry suppresses nothing: remove it.'],
    ]);
  });

  it('an entry names a row as unique-key compares keys: an invisible character or a look-alike letter in the key is the same row', async () => {
    const yaml = ['tables:', '  - preset: kata-support-levels', '    ignore:', '      - { rule: unique-key, rows: [virtio-fs] }'].join('\n');
    const page = md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| virtio-fs | Supported | @o/t | |', '| virtio\u200b-fs | Supported | @o/t | |', '| vіrtio-fs | Supported | @o/t | |');
    const result = await lintSources([{ file: 'doc.md', head: textLoader(page) }], await config(yaml));
    const [doc, configFile] = result.files;
    expect(doc!.violations.filter((v) => v.rule === 'unique-key')).toEqual([]);
    expect(doc!.suppressed.map((v) => `${v.rule}@${v.line}`)).toEqual(['unique-key@4', 'unique-key@5']);
    expect(configFile?.violations ?? []).toEqual([]);
  });

  it('a top-level ignore suppresses rules in matching files only; an entry for files not linted is not reported', async () => {
    const yaml = [
      'ignore:',
      '  - files: ["legacy/**"]',
      '    rules: [allowed-values]',
      '    reason: frozen',
      '  - files: ["elsewhere/**"]',
      'tables:',
      '  - preset: kata-support-levels',
    ].join('\n');
    const result = await lintSources(
      [
        { file: 'legacy/a.md', head: textLoader(md(...table())) },
        { file: 'b.md', head: textLoader(md(...table())) },
      ],
      await config(yaml),
    );
    expect(result.files.map(summary)).toEqual([
      { reported: ['required-cell@3', 'unique-key@4'], suppressed: ['allowed-values@4: config "frozen"'] },
      { reported: ['required-cell@3', 'unique-key@4', 'allowed-values@4'], suppressed: [] },
    ]);
  });

  it('an ignore entry naming an unknown rule is reported as a comment would be, and suppresses nothing by it (not every rule)', async () => {
    const yaml = [
      'ignore:',
      '  - files: ["doc.md"]',
      '    rules: [alowed-values]',
      'tables:',
      '  - preset: kata-support-levels',
      '    ignore:',
      '      - { rule: unique-keys, rows: [UniFi] }',
    ].join('\n');
    const result = await lintSources([{ file: 'doc.md', head: textLoader(md(...table())) }], await config(yaml));
    const [doc, configFile] = result.files;
    expect(summary(doc!)).toEqual({ reported: ['required-cell@3', 'unique-key@4', 'allowed-values@4'], suppressed: [] });
    expect(configFile!.violations.map((v) => [v.line, v.rule, v.severity, v.message.replace(/; rule ids are listed at .*$/, '')])).toEqual([
      [2, 'unused-suppression', 'warning', 'This ignore entry names the unknown rule "alowed-values" (did you mean "allowed-values"?)'],
      [7, 'unused-suppression', 'warning', 'This ignore entry names the unknown rule "unique-keys" (did you mean "unique-key"?)'],
    ]);
  });

  it('a top-level ignore suppresses the findings of a file that could not be read, and one that suppressed nothing there is reported', async () => {
    const yaml = [
      'budgets:',
      '  maxFileBytes: 100',
      'ignore:',
      '  - files: ["generated/**"]',
      '    reason: built by a script',
      '  - files: ["big.md"]',
      '    rules: [unique-key]',
      'tables:',
      '  - preset: kata-support-levels',
    ].join('\n');
    const result = await lintSources(
      [
        { file: 'generated/huge.md', head: textLoader('x'.repeat(200)) },
        { file: 'big.md', head: textLoader('y'.repeat(200)) },
      ],
      await config(yaml),
    );
    const [huge, big, configFile] = result.files;
    expect(summary(huge!)).toEqual({ reported: [], suppressed: ['file-too-large@1: config "built by a script"'] });
    expect(summary(big!).reported).toEqual(['file-too-large@1']);
    expect(configFile!.violations.map((v) => [v.line, v.rule])).toEqual([[6, 'unused-suppression']]);
  });

  it('a top-level ignore whose files match no file of the repository at all suppresses nothing in any run: reported, in line order with the rest', async () => {
    const yaml = [
      'tables:',
      '  - preset: kata-support-levels',
      '    ignore:',
      '      - { rule: sort-order, rows: [nothing] }',
      'ignore:',
      '  - files: ["elsewhere/**"]',
      '  - files: ["legcay/**"]',
    ].join('\n');
    const anyFile = async (globs: string[]) => globs.some((glob) => glob.startsWith('elsewhere/'));
    const result = await lintSources([{ file: 'b.md', head: textLoader(md(...table())) }], await config(yaml), undefined, { anyFile });
    expect(result.files[1]!.violations.map((v) => `${v.line} ${v.message}`)).toEqual([
      '4 This ignore entry suppresses nothing: remove it.',
      '7 This ignore entry suppresses nothing: its files: legcay/** match no file (they are relative to the working directory). Fix the glob, or remove the entry.',
    ]);
  });
});

describe('the README', () => {
  it("Suppressions example works as the README says: the duplicate is suppressed by both comments, neither is unused", async () => {
    const readme = (await import('node:fs')).readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('<!-- section: suppressions -->'), readme.indexOf('<!-- /section: suppressions -->'));
    const example = /```markdown\n([^]*?)```/.exec(section)![1]!;
    const schema = '{ "properties": { "Provider": {}, "Status": {} }, "x-support-table-lint": { "unique": { "scope": "table" } } }';
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: s.json\n' : schema) });
    const result = await lintText('doc.md', example, config);
    expect(result.violations.filter((v) => v.rule !== 'unused-suppression' || !/disable-file|disable allowed|enable/.test(v.excerpt ?? ''))).toEqual([]);
    expect(result.suppressed.map((v) => [v.rule, v.rowKey, v.suppressions.map((s) => s.justification)])).toEqual([
      ['unique-key', 'UniFi', ['providers spell their own names', 'intentional: provider name']],
    ]);
  });
});

describe('the sort-order fix', () => {
  it('spans only the rows that move, so a row added out of order at the end is fixed within the lines around it', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: s.json\n    order: { scope: table }\n' : '{"type": "object"}') });
    const source = md('| Provider | Status |', '| - | - |', '| Akamai | x |', '| Azure | x |', '| Cloudflare | x |', '| Dyn | x |', '| Wasm | x |', '| Volume | x |');
    const [finding] = (await lintText('p.md', source, config)).violations;
    expect([finding!.rowKey, finding!.fixSpan!.line, finding!.fixSpan!.endLine]).toEqual(['Volume', 7, 8]);
    const fixed = await fixText(source, async (text) => (await lintText('p.md', text, config)).violations);
    expect(fixed.output).toBe(source.replace('| Wasm | x |\n| Volume | x |', '| Volume | x |\n| Wasm | x |'));
  });

  it('leaves rows that open or close a disable region where they are: moving them would move (or invert) the region', async () => {
    const config = await loadConfig({ file: 'c.yml', read: async (path) => (path === 'c.yml' ? 'tables:\n  - schema: s.json\n    order: { scope: table }\n' : '{"type": "object"}') });
    const source = md('| Provider | Status |', '| - | - |', '| Cgate <!-- support-table-lint-disable allowed-values --> | x |', '| Bgate | x |', '| Agate <!-- support-table-lint-enable allowed-values --> | x |');
    const findings = (await lintText('p.md', source, config)).violations.filter((v) => v.rule === 'sort-order');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((v) => v.fix === undefined && v.fixAlone === undefined)).toBe(true);
    const fixed = await fixText(source, async (text) => (await lintText('p.md', text, config)).violations);
    expect(fixed.output).toBe(source);
  });
});
