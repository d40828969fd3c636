import { testRule } from './rule-tester.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';

testRule('detached-rows', {
  valid: [
    { name: 'a table of its own after a blank line', markdown: md('| A | B |', '| - | - |', '| x | y |', '', '| C | D |', '| - | - |', '| z | w |') },
    { name: 'prose after the table', markdown: md('| A | B |', '| - | - |', '| x | y |', '', 'Text with a | pipe.') },
    { name: 'three blank lines: a gap on purpose', markdown: md('| A | B |', '| - | - |', '| x | y |', '', '', '', '| z | w |') },
    { name: 'indented code after the table', markdown: md('| A | B |', '| - | - |', '| x | y |', '', '    | z | w |') },
    { name: 'a pipe-less line after a piped table', markdown: md('| A | B |', '| - | - |', '| x | y |', '', 'z | w') },
    ...['Run `kubectl get kv -o yaml | grep` to see | them.', '- a | b | c', '> a | b | c', '## Linux | Windows | Mac', '1. a | b | c'].map((line) => ({
      name: `after a table without outer pipes, a line that is no row: ${line}`,
      markdown: md('Gate | State | Status', '-- | -- | --', 'A | GA | x', '', line),
    })),
    { name: 'a pipe-less line of another width after a table without outer pipes', markdown: md('Gate | State | Status', '-- | -- | --', 'A | GA | x', '', 'B | Beta') },
    { name: 'a row outside the list the table is in', markdown: md('- item', '', '  | A | B |', '  | - | - |', '  | x | y |', '', '| z | w |') },
  ],
  invalid: [
    {
      name: 'a blank line left inside the table: the rows below it are fixed back into it, and checked',
      markdown: md('| A | B |', '| - | - |', '| x | y |', '', '| z | w |', '| v | u |', '', '## Next'),
      errors: [{ at: '5:1-6:10', message: 'The 2 rows on lines 5–6 are cut off from the table above by a blank line (line 4): GitHub shows them as text, not as rows of the table, and nothing checks them. Remove the blank line to make them rows again.' }],
      output: md('| A | B |', '| - | - |', '| x | y |', '| z | w |', '| v | u |', '', '## Next'),
    },
    {
      name: 'a row appended after the blank line that ends a table in a block quote, and in a list item',
      markdown: md('> | A | B |', '> | - | - |', '> | x | y |', '>', '> | z | w |', '', '- item', '', '  | A | B |', '  | - | - |', '  | x | y |', '', '  | z | w |'),
      errors: [
        { at: '5:3-12', message: 'The row on line 5 is cut off from the table above by a blank line (line 4): GitHub shows it as text, not as a row of the table, and nothing checks it. Remove the blank line to make it a row again.' },
        { at: '13:3-12', message: 'The row on line 13 is cut off from the table above by a blank line (line 12): GitHub shows it as text, not as a row of the table, and nothing checks it. Remove the blank line to make it a row again.' },
      ],
      output: md('> | A | B |', '> | - | - |', '> | x | y |', '> | z | w |', '', '- item', '', '  | A | B |', '  | - | - |', '  | x | y |', '  | z | w |'),
    },
    {
      name: 'KubeVirt form (no outer pipes), CRLF, two blank lines',
      markdown: md('Gate | State', '-- | --', 'A | GA', '', '', 'B | Beta').replace(/\n/g, '\r\n'),
      errors: [{ at: '6:1-9', message: 'The row on line 6 is cut off from the table above by 2 blank lines (lines 4 and 5): GitHub shows it as text, not as a row of the table, and nothing checks it. Remove the blank lines to make it a row again.' }],
      output: md('Gate | State', '-- | --', 'A | GA', 'B | Beta').replace(/\n/g, '\r\n'),
    },
    {
      name: 'rows followed by prose with no blank line: reported, with no fix (joining would make the prose a row)',
      markdown: md('| A | B |', '| - | - |', '| x | y |', '', '| z | w |', 'Some text.'),
      errors: [{ at: '5:1-10', message: 'The row on line 5 is cut off from the table above by a blank line (line 4): GitHub shows it as text, not as a row of the table, and nothing checks it. Remove the blank line to make it a row again.' }],
    },
  ],
});

testRule('column-count', {
  valid: [
    { name: 'every row full', markdown: md('| A | B |', '| - | - |', '| x | y |') },
    { name: 'empty cells still count', markdown: md('| A | B |', '| - | - |', '| x | |') },
    { name: 'escaped pipe is not a cell boundary', markdown: md('| A | B |', '| - | - |', '| x \\| z | y |') },
    { name: 'no outer pipes', markdown: md('A | B', '-- | --', 'x | y') },
  ],
  invalid: [
    {
      name: 'a missing cell',
      markdown: md('| A | B | C |', '| - | - | - |', '| x | y |'),
      errors: [{ at: '3:1-10', rowKey: 'x', message: 'A "x": row has 2 cells, the header has 3: add the missing cells (an empty cell is `| |`).' }],
      output: md('| A | B | C |', '| - | - | - |', '| x | y | |'),
    },
    {
      name: 'a comment after the last pipe (the markdownlint habit) is a cell of its own: said so, and moved into the last cell',
      markdown: md('| A | B |', '| - | - |', '| x | y | <!-- support-table-lint-disable-line unique-key -- on purpose -->'),
      errors: [
        {
          at: '3:1-76',
          rowKey: 'x',
          message: 'A "x": the comment after the row\'s last `|` is a cell of its own, so the row has 3 cells and the header 2: move the comment into the last cell, before its closing `|` (`| … <!-- … --> |`).',
        },
      ],
      output: md('| A | B |', '| - | - |', '| x | y <!-- support-table-lint-disable-line unique-key -- on purpose --> |'),
    },
    {
      name: 'a line with no pipe after the table (a Hugo shortcode) is named as such, and gets no pipes added',
      markdown: md('| A | B | C |', '| - | - | - |', '| x | y | z |', '{{< /table >}}'),
      errors: [{ at: '4:1-15', message: 'The line "{{< /table >}}" has no `|`, but it follows the table with no blank line, so it is read (and shown on GitHub) as a row of it: put a blank line before it, or write it as a row.' }],
      output: md('| A | B | C |', '| - | - | - |', '| x | y | z |', '{{< /table >}}'),
    },
    {
      name: 'a missing cell under a key column with an empty header: the row is named by its key',
      markdown: md('| | B | C |', '| - | - | - |', '| scheduled Pod | no |'),
      errors: [{ at: '3:1-23', rowKey: 'scheduled Pod', message: 'Row "scheduled Pod": row has 2 cells, the header has 3: add the missing cells (an empty cell is `| |`).' }],
      output: md('| | B | C |', '| - | - | - |', '| scheduled Pod | no | |'),
    },
    {
      name: 'two missing cells in a row without outer pipes, trailing blanks kept',
      markdown: md('A | B | C', '-- | -- | --', 'x  ', 'y | z'),
      errors: [
        { at: '3:1-4', rowKey: 'x', message: 'A "x": row has 1 cell, the header has 3: add the missing cells (an empty cell is `| |`).' },
        { at: '4:1-6', rowKey: 'y', message: 'A "y": row has 2 cells, the header has 3: add the missing cells (an empty cell is `| |`).' },
      ],
      output: md('A | B | C', '-- | -- | --', 'x | | |  ', 'y | z | |'),
    },
    {
      name: 'a short row inside a block quote, with CRLF line endings',
      markdown: md('> | A | B |', '> | - | - |', '> | x |').replace(/\n/g, '\r\n'),
      errors: [{ at: '3:3-8', rowKey: 'x', message: 'A "x": row has 1 cell, the header has 2: add the missing cells (an empty cell is `| |`).' }],
      output: md('> | A | B |', '> | - | - |', '> | x | |').replace(/\n/g, '\r\n'),
    },
    {
      name: 'an extra cell',
      markdown: md('A | B', '-- | --', 'x | y | z'),
      errors: [{ at: '3:1-10', rowKey: 'x', message: 'A "x": row has 3 cells, the header has 2: remove the extra cells, or escape a `|` inside a cell as `\\|`.' }],
    },
  ],
});

testRule('unique-key', {
  valid: [
    { name: 'distinct keys', markdown: md('| K |', '| - |', '| a |', '| b |'), entry: { unique: { scope: 'table' } } },
    { name: 'rule off', markdown: md('| K |', '| - |', '| a |', '| a |'), entry: { unique: false } },
    {
      name: 'same key in two groups, group scope',
      markdown: md('| K | V |', '| - | - |', '| **G1** | |', '| a | 1 |', '| **G2** | |', '| a | 2 |'),
      entry: { unique: { scope: 'group' } },
    },
  ],
  invalid: [
    {
      name: 'same key, other case',
      markdown: md('| K | V |', '| - | - |', '| genpolicy | 1 |', '| Genpolicy | 2 |'),
      entry: { unique: { scope: 'table' } },
      errors: [{ at: '4:3-12', field: 'K', rowKey: 'Genpolicy', message: 'K "Genpolicy" is listed twice: it is already on line 3 as "genpolicy". Merge the two rows or remove one.' }],
    },
    {
      name: 'same key in two groups, table scope',
      markdown: md('| K | V |', '| - | - |', '| **G1** | |', '| a | 1 |', '| **G2** | |', '| a | 2 |'),
      entry: { unique: { scope: 'table' } },
      errors: [{ at: '6:3-4', field: 'K', rowKey: 'a', message: 'K "a" is listed twice: it is already on line 4. Merge the two rows or remove one.' }],
    },
    {
      name: 'with groups: false a bold row is data, not a group: a group scope is the whole table',
      markdown: md('| K | V |', '| - | - |', '| **G1** | |', '| a | 1 |', '| **G2** | |', '| a | 2 |'),
      entry: { unique: { scope: 'group' }, groups: false },
      errors: [{ at: '6:3-4', field: 'K', rowKey: 'a', message: 'K "a" is listed twice: it is already on line 4. Merge the two rows or remove one.' }],
    },
  ],
});

testRule('sort-order', {
  valid: [
    { name: 'ascending, case-insensitive', markdown: md('K | V', '-- | --', 'alpha | 1', 'Beta | 2', 'gamma | 3'), entry: { order: { scope: 'table' } } },
    { name: 'rule off', markdown: md('| K |', '| - |', '| b |', '| a |'), entry: { order: false } },
    { name: 'no scope: the table, across groups', markdown: md('| K |', '| - |', '| **G1** |', '| a |', '| b |', '| **G2** |', '| c |'), entry: { order: { direction: 'asc' } } },
    {
      name: 'semver reads release lines, a v or not, and a mark or a note after the version',
      markdown: md('| Release |', '| - |', '| v1.10.0 |', '| 1.9.x |', '| 1.8.* (LTS) |', '| v1.7* |', '| 1.6 |', '| 1.6.0-rc.1 |'),
      entry: { order: { scope: 'table', direction: 'desc', compare: 'semver' } },
    },
    {
      name: 'semver reads a word after the version (1.32<sup>EOL</sup> reads 1.32EOL) as a note',
      markdown: md('| Release |', '| - |', '| 1.34 |', '| 1.33 |', '| 1.32<sup>EOL</sup> |', '| 1.31 EOL |', '| 1.30 End of life |'),
      entry: { order: { scope: 'table', direction: 'desc', compare: 'semver' } },
    },
    { name: 'ascii: capitals first, as Kubernetes sorts its gates', markdown: md('| K |', '| - |', '| APIServerTracing |', '| AllAlpha |', '| CSIMigration |', '| CloudDualStack |'), entry: { order: { scope: 'table', compare: 'ascii' } } },
    {
      name: 'each group sorted on its own',
      markdown: md('| K |', '| - |', '| **G1** |', '| b |', '| c |', '| **G2** |', '| a |'),
      entry: { order: { scope: 'group' } },
    },
  ],
  invalid: [
    {
      name: 'one row out of place',
      markdown: md('K | V', '-- | --', 'VMLiveUpdateFeaturesGate | GA', 'VMExportGate | Beta', 'VSOCKGate | Alpha'),
      entry: { order: { scope: 'table' } },
      errors: [
        {
          at: '4:1-13',
          field: 'K',
          rowKey: 'VMExportGate',
          message: 'K "VMExportGate" is out of order: it sorts before "VMLiveUpdateFeaturesGate" above it. Move it before "VMLiveUpdateFeaturesGate" (line 3).',
        },
      ],
      output: md('K | V', '-- | --', 'VMExportGate | Beta', 'VMLiveUpdateFeaturesGate | GA', 'VSOCKGate | Alpha'),
    },
    {
      name: 'a key column with an empty header (a matrix): the message names the row',
      markdown: md('| | linux |', '| - | - |', '| b | x |', '| a | y |'),
      entry: { order: { scope: 'table' } },
      errors: [{ at: '4:3-4', field: '', rowKey: 'a', message: 'Row "a" is out of order: it sorts before "b" above it. Move it before "b" (line 3).' }],
      output: md('| | linux |', '| - | - |', '| a | y |', '| b | x |'),
    },
    {
      name: 'two rows moved up a long ordered table: only they are reported, each told where it goes among the others',
      markdown: md('| Release | Status |', '| - | - |', '| 2.4 | next |', '| 0.1 | EOL |', '| 1.7 | LTS |', '| 0.2 | EOL |', '| 1.0 | EOL |', '| 1.6 | EOL |', '| 2.0 | Active |', '| 2.1 | Active |'),
      entry: { order: { scope: 'table', compare: 'natural' } },
      errors: [
        { at: '3:3-6', field: 'Release', rowKey: '2.4', message: 'Release "2.4" is out of order: it sorts after "2.1" below it. Move it after "2.1" (line 10).' },
        { at: '5:3-6', field: 'Release', rowKey: '1.7', message: 'Release "1.7" is out of order: it sorts after "1.6" below it. Move it before "2.0" (line 9).' },
      ],
      output: md('| Release | Status |', '| - | - |', '| 0.1 | EOL |', '| 0.2 | EOL |', '| 1.0 | EOL |', '| 1.6 | EOL |', '| 1.7 | LTS |', '| 2.0 | Active |', '| 2.1 | Active |', '| 2.4 | next |'),
    },
    {
      name: 'each group sorted in place; group and spacer rows stay, each row line unchanged',
      markdown: md('| K | V |', '| - | - |', '| **G1** | |', '| c | `3` |', '| | |', '| a |  1 |', '| **G2** | |', '| z | 9 |', '| y | **8** |'),
      entry: { order: { scope: 'group' } },
      errors: [
        { at: '6:3-4', field: 'K', rowKey: 'a', message: 'K "a" is out of order: it sorts before "c" above it. Move it before "c" (line 4).' },
        { at: '9:3-4', field: 'K', rowKey: 'y', message: 'K "y" is out of order: it sorts before "z" above it. Move it before "z" (line 8).' },
      ],
      output: md('| K | V |', '| - | - |', '| **G1** | |', '| a |  1 |', '| | |', '| c | `3` |', '| **G2** | |', '| y | **8** |', '| z | 9 |'),
    },
    {
      name: 'descending semver by another column',
      markdown: md('| Name | Version |', '| - | - |', '| old | v1.9.0 |', '| new | v1.10.0 |'),
      entry: { order: { scope: 'table', direction: 'desc', compare: 'semver', by: 'Version' } },
      errors: [
        {
          at: '4:9-16',
          field: 'Version',
          rowKey: 'new',
          message: 'Version "v1.10.0" of "new" is out of order: in descending order it comes before "v1.9.0" above it. Move it before "v1.9.0" (line 3).',
        },
      ],
      output: md('| Name | Version |', '| - | - |', '| new | v1.10.0 |', '| old | v1.9.0 |'),
    },
    {
      name: 'a table-scoped order over several groups is not fixed (rows would change group)',
      markdown: md('| K |', '| - |', '| **G1** |', '| b |', '| **G2** |', '| a |'),
      entry: { order: { scope: 'table' } },
      errors: [{ at: '6:3-4', field: 'K', rowKey: 'a', message: 'K "a" is out of order: it sorts before "b" above it. Move it before "b" (line 4).' }],
    },
  ],
});

testRule('required-column', {
  valid: [{ name: 'all there, any case', markdown: md('| feature | State |', '| - | - |'), schema: { required: ['Feature', 'State'] } }],
  invalid: [
    {
      name: 'one missing',
      markdown: md('| Feature | Notes |', '| - | - |', '| a | b |'),
      schema: { required: ['Feature', 'Support State'] },
      entry: { match: { columns: ['Feature'] } },
      errors: [{ at: '1:3-18', message: 'The table has no "Support State" column: add it to the header (expected "Feature" and "Support State").' }],
    },
    {
      // A 3-column entry judges a table with all but one of its columns: near-match, for tables left alone, cannot say it.
      name: 'one missing and a header cell a slip away from it: said on that cell, and the fix renames it',
      markdown: md('FEATURE GATE | GRADUATION | STATE', '-- | -- | --', 'AGate | GA | UNVERIFIED'),
      preset: 'kubevirt-feature-gates',
      schema: {},
      entry: { files: ['*.md'] },
      errors: [
        {
          at: '1:29-34',
          field: 'STATUS',
          suggestion: 'STATUS',
          message: 'The table has no "STATUS" column. Did you mean "STATUS" for "STATE"? Rename the column (expected "FEATURE GATE", "GRADUATION" and "STATUS").',
        },
      ],
      output: md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | GA | UNVERIFIED'),
    },
    {
      name: 'a close header cell with emphasis is named, and left for a person to rename (the fix would drop the emphasis)',
      markdown: md('FEATURE GATE | GRADUATION | **STATE**', '-- | -- | --', 'AGate | GA | UNVERIFIED'),
      preset: 'kubevirt-feature-gates',
      schema: {},
      entry: { files: ['*.md'] },
      errors: [
        {
          at: '1:29-38',
          field: 'STATUS',
          suggestion: 'STATUS',
          message: 'The table has no "STATUS" column. Did you mean "STATUS" for "STATE"? Rename the column (expected "FEATURE GATE", "GRADUATION" and "STATUS").',
        },
      ],
    },
    {
      name: 'a close header cell an option names (order.by) is not renamed',
      markdown: md('| Feature | Stage | Notes |', '| - | - | - |', '| a | b | c |'),
      schema: { required: ['Feature', 'State', 'Notes'] },
      entry: { order: { by: 'Stage' } },
      errors: [{ at: '1:3-26', message: 'The table has no "State" column: add it to the header (expected "Feature", "State" and "Notes").' }],
    },
    {
      name: 'a close header cell the schema names otherwise is not renamed',
      markdown: md('| Feature | Stage | Notes |', '| - | - | - |', '| a | b | c |'),
      schema: { required: ['Feature', 'State', 'Notes'], properties: { Stage: {} } },
      errors: [{ at: '1:3-26', message: 'The table has no "State" column: add it to the header (expected "Feature", "State" and "Notes").' }],
    },
    {
      // The page may be right and the config wrong (required: [Stauts] beside a page's Status): --fix leaves the page
      // alone. A two-column entry takes the table with its second column renamed a slip away, so it stays checked.
      name: 'a two-column table whose second column is one slip from the name the user wrote: judged, said both ways, and not fixed',
      entry: { match: { columns: ['Component', 'Status'] } },
      schema: { properties: { Status: { enum: ['Supported'] } } },
      markdown: md('| Component | State |', '| - | - |', '| a | Supported |'),
      errors: [
        {
          at: '1:15-20',
          field: 'Status',
          suggestion: 'Status',
          message: 'The table has no "Status" column, and "State" is close to it. Rename the column, or, if the slip is in the config or schema, correct "Status" there (expected "Component" and "Status").',
        },
      ],
    },
  ],
});

testRule('unknown-column', {
  valid: [
    { name: 'all known', markdown: md('| A | b |', '| - | - |'), schema: { properties: { a: {}, B: {} }, additionalProperties: false } },
    { name: 'any allowed', markdown: md('| A | Z |', '| - | - |'), schema: { properties: { A: {} } } },
    {
      name: 'a column named only in a then, under unevaluatedProperties: false, is known',
      markdown: md('| Release | Status | Owners |', '| - | - | - |', '| 1.7 | LTS | x |'),
      schema: {
        properties: { Release: {}, Status: { enum: ['LTS', 'Active'] } },
        if: { properties: { Status: { const: 'LTS' } } },
        then: { properties: { Owners: { minLength: 1 } } },
        else: { properties: { Owners: {} } },
        unevaluatedProperties: false,
      },
    },
    {
      name: 'columns a patternProperties matches are known',
      markdown: md('| Release | 1.33 | 1.34 |', '| - | - | - |'),
      schema: { properties: { Release: {} }, patternProperties: { '^\\d+\\.\\d+$': {} }, additionalProperties: false },
    },
  ],
  invalid: [
    {
      name: 'an extra column',
      markdown: md('| A | Z |', '| - | - |'),
      schema: { properties: { A: {}, B: {}, C: {} }, additionalProperties: false },
      errors: [{ at: '1:7-8', field: 'Z', message: 'Column "Z" is not one of the table\'s known columns ("A", "B" and "C"): rename it or remove it.' }],
    },
    {
      name: 'an extra column beside columns a pattern admits: the message names the pattern too',
      markdown: md('| Release | 1.33 | Notes |', '| - | - | - |'),
      schema: { properties: { Release: {} }, patternProperties: { '^\\d+\\.\\d+$': {} }, additionalProperties: false },
      errors: [{ at: '1:20-25', field: 'Notes', message: 'Column "Notes" is not one of the table\'s known columns ("Release", or a name matching /^\\d+\\.\\d+$/): rename it or remove it.' }],
    },
  ],
});

const gates = (...rows: string[]) => ['GATE | STATUS', '-- | --', ...rows];
const notesOptions = { notes: { heading: 'Notes', requiredWhen: { STATUS: ['UNSUPPORTED', 'PENDING'] } } };

testRule('note-required', {
  valid: [
    {
      name: 'note in a subsection of Notes',
      markdown: md(...gates('A | UNSUPPORTED', 'B | SUPPORTED'), '', '## Notes', '', '### Limits', '', '- **A**: x86 only'),
      entry: notesOptions,
    },
    { name: 'no rule configured', markdown: md(...gates('A | UNSUPPORTED')) },
    {
      name: 'a reason in a code block or an HTML block under the key',
      markdown: md(...gates('A | UNSUPPORTED', 'B | UNSUPPORTED'), '', '## Notes', '', '- **A**:', '', '  ```', '  needs /dev/kvm', '  ```', '', '- **B**:', '', '  <details><summary>Why</summary>No KVM.</details>'),
      entry: notesOptions,
    },
    {
      name: 'a reason in the next paragraph of the note, and an empty note beside a full one',
      markdown: md(...gates('A | UNSUPPORTED', 'B | UNSUPPORTED'), '', '## Notes', '', '- **A**:', '', '  Needs KVM on the host.', '', '- **B**:', '- **B**: x86 only'),
      entry: notesOptions,
    },
  ],
  invalid: [
    {
      name: 'note missing',
      markdown: md(...gates('A | PENDING'), '', '## Notes', '', '- **B**: other'),
      entry: notesOptions,
      errors: [{ at: '3:5-12', field: 'STATUS', rowKey: 'A', message: '"A" is PENDING but has no note explaining why: add "- **A**: <reason>" under the "Notes" heading.' }],
    },
    {
      name: 'a note that shows nothing (nothing after the key, a comment, an invisible character) is no reason',
      markdown: md(...gates('A | UNSUPPORTED', 'B | UNSUPPORTED', 'C | UNSUPPORTED'), '', '## Notes', '', '- **A**:', '- **B**: <!-- TODO -->', '- **C**: \u200b&#8203;'),
      entry: notesOptions,
      errors: [
        { at: '3:5-16', field: 'STATUS', rowKey: 'A', message: '"A" is UNSUPPORTED but its note (line 9) says nothing: write the reason after "- **A**:".' },
        { at: '4:5-16', field: 'STATUS', rowKey: 'B', message: '"B" is UNSUPPORTED but its note (line 10) says nothing: write the reason after "- **B**:".' },
        { at: '5:5-16', field: 'STATUS', rowKey: 'C', message: '"C" is UNSUPPORTED but its note (line 11) says nothing: write the reason after "- **C**:".' },
      ],
    },
    {
      name: 'bold list item outside the Notes section does not count',
      markdown: md('## Other', '', '- **A**: not here', '', ...gates('A | UNSUPPORTED')),
      entry: notesOptions,
      errors: [
        {
          at: '7:5-16',
          field: 'STATUS',
          rowKey: 'A',
          message: '"A" is UNSUPPORTED but has no note explaining why: add "- **A**: <reason>" in a "## Notes" section (the document has none yet).',
        },
      ],
    },
    {
      name: 'notes.heading a letter off the heading the page has: did you mean, not "add a section"',
      markdown: md(...gates('A | UNSUPPORTED'), '', '## Notes', '', '- **A**: explained'),
      entry: { ...notesOptions, notes: { ...notesOptions.notes, heading: 'Notse' } },
      errors: [
        {
          at: '3:5-16',
          field: 'STATUS',
          rowKey: 'A',
          message: '"A" is UNSUPPORTED but has no note read for it: the document has no "Notse" heading (notes.heading); did you mean "Notes" (line 5)? Its notes are read once notes.heading names it.',
        },
      ],
    },
  ],
});

testRule('note-unknown-key', {
  valid: [
    { name: 'every note names a row', markdown: md(...gates('A | PENDING'), '', '## Notes', '- **a**: lower case still matches'), entry: notesOptions },
    { name: 'plain list items are not notes', markdown: md(...gates('A | PENDING'), '', '## Notes', '- some text'), entry: notesOptions },
    {
      name: "a page of many tables shares its notes: a note naming another table's row is known to every table",
      markdown: md(...Array.from({ length: 300 }, (_, i) => [...gates(`G${i} | PENDING`), '']).flat(), '## Notes', '', ...Array.from({ length: 300 }, (_, i) => `- **G${i}**: why`)),
      entry: notesOptions,
    },
  ],
  invalid: [
    {
      name: 'a note for a gate the table lacks',
      markdown: md(...gates('A | PENDING'), '', '## Notes', '', '- **Gone**: removed gate'),
      entry: notesOptions,
      errors: [{ at: '7:3-11', rowKey: 'Gone', message: 'The note "**Gone**" under "Notes" names no GATE in the table on line 1, nor in another table of the page: fix the name or remove the note.' }],
    },
    {
      name: 'a note one slip from a row that has no note: suggested, not fixed (CPUGate and GPUGate are as often two rows as a rename)',
      markdown: md(...gates('GPUGate | PENDING', 'OtherGate | PENDING'), '', '## Notes', '', '- **CPUGate**: removed upstream', '- **OtherGate**: why'),
      entry: notesOptions,
      errors: [
        {
          at: '8:3-14',
          rowKey: 'CPUGate',
          suggestion: 'GPUGate',
          message:
            'The note "**CPUGate**" under "Notes" names no GATE in the table on line 1, nor in another table of the page. Did you mean "GPUGate", a row with no note? (Rename it only if it is that row\'s note.)',
        },
      ],
    },
    {
      name: 'a note close to a row that has its own note is no rename: no fix',
      markdown: md(...gates('AlphaGate | PENDING'), '', '## Notes', '', '- **AlphaGate**: why', '- **AlphaGat**: stale'),
      entry: notesOptions,
      errors: [{ at: '8:3-15', rowKey: 'AlphaGat', message: 'The note "**AlphaGat**" under "Notes" names no GATE in the table on line 1, nor in another table of the page: fix the name or remove the note.' }],
    },
    {
      name: 'a note naming no row of any table is reported once, not once per table',
      markdown: md(...gates('A | PENDING'), '', ...gates('B | PENDING'), '', '## Notes', '', '- **Gone**: removed gate'),
      entry: notesOptions,
      errors: [{ at: '11:3-11', rowKey: 'Gone', message: 'The note "**Gone**" under "Notes" names no GATE in the table on line 1, nor in another table of the page: fix the name or remove the note.' }],
    },
  ],
});

testRule('reserved-column', {
  valid: [{ name: 'ordinary names, constructor included', markdown: md('| Name | constructor |', '| - | - |', '| a | b |') }],
  invalid: [
    {
      name: 'a row-model property as a header',
      markdown: md('| Name | $raw |', '| - | - |', '| a | b |'),
      errors: [{ at: '1:10-14', field: '$raw', message: 'Column "$raw" has a name the row object reserves ($group, $raw, $links, __proto__), so its cells cannot be validated: rename the column.' }],
    },
  ],
});

testRule('duplicate-column', {
  valid: [
    { name: 'blank header cells (a key/value table)', markdown: md('| | |', '| - | - |', '| Meaning | x |') },
    { name: 'two spellings no schema property takes: each is its own property of the row', markdown: md('| Name | Status | status |', '| - | - | - |', '| a | b | c |') },
    { name: 'a name twice that the schema does not check (neither column is validated)', markdown: md('| Version | Linux | Version |', '| - | - | - |', '| 1.0 | yes | 2.0 |') },
  ],
  invalid: [
    {
      name: 'a name twice',
      markdown: md('| Version | Linux | Version |', '| - | - | - |', '| 1.0 | yes | 2.0 |'),
      schema: { type: 'object', properties: { Version: { pattern: '^\\d' } } },
      errors: [{ at: '1:21-28', field: 'Version', message: 'Column 3 is named "Version" like column 1: rows hold column 1\'s cells under that name, so the cells of column 3 are not checked. Rename one of the two columns.' }],
    },
    {
      name: "two spellings the schema's one property takes",
      markdown: md('| Name | Status | STATUS |', '| - | - | - |', '| a | b | c |'),
      schema: { type: 'object', properties: { Name: { type: 'string' }, Status: { enum: ['b'] } } },
      errors: [{ at: '1:19-25', field: 'Status', message: 'Column 3 is named "Status" like column 2: rows hold column 2\'s cells under that name, so the cells of column 3 are not checked. Rename one of the two columns.' }],
    },
  ],
});

testRule('header-invisible', {
  valid: [
    { name: 'plain headers', markdown: md('| A | B |', '| - | - |', '| a | b |') },
    { name: 'an emoji with its presentation selector', markdown: md('| A | \u2714\ufe0f |', '| - | - |', '| a | b |') },
    { name: 'emoji made of several characters: joined by U+200D, and a keycap', markdown: md('| 👩\u200d💻 Owner | 🏳\ufe0f\u200d🌈 Flag | 1\ufe0f\u20e3 Tier |', '| - | - | - |', '| a | b | c |') },
    { name: 'words in one script each, Cyrillic and Greek included', markdown: md('| Статус | Έκδοση | Kubernetes Версия |', '| - | - | - |', '| a | b | c |') },
  ],
  invalid: [
    {
      name: 'invisible characters outside the format category: a combining grapheme joiner and a Hangul filler',
      markdown: md('FEA\u034fTURE GATE | GRADUATION\u3164 | STATUS', '-- | -- | --', 'AGate | GA | SUPPORTED'),
      errors: [
        { at: '1:1-14', field: 'FEATURE GATE', message: 'Header cell "FEATURE GATE" holds 1 invisible character (U+034F): delete it; the column is read as "FEATURE GATE".' },
        { at: '1:17-28', field: 'GRADUATION', message: 'Header cell "GRADUATION" holds 1 invisible character (U+3164): delete it; the column is read as "GRADUATION".' },
      ],
      output: md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | GA | SUPPORTED'),
    },
    {
      name: 'control characters (BEL, DEL, a C1 control) show as nothing too',
      markdown: md('FEATURE GATE | STA\u0007TUS | NO\u007fT\u0085ES', '-- | -- | --', 'AGate | x | y'),
      errors: [
        { at: '1:16-23', field: 'STATUS', message: 'Header cell "STATUS" holds 1 invisible character (U+0007): delete it; the column is read as "STATUS".' },
        { at: '1:26-33', field: 'NOTES', message: 'Header cell "NOTES" holds 2 invisible characters (U+007F, U+0085): delete them; the column is read as "NOTES".' },
      ],
      output: md('FEATURE GATE | STATUS | NOTES', '-- | -- | --', 'AGate | x | y'),
    },
    {
      name: 'a zero-width space and a word joiner, removed by the fix',
      markdown: md('FEATURE GATE | STA\u200bTUS | \u2060NOTES', '-- | -- | --', 'AGate | x | y'),
      errors: [
        { at: '1:16-23', field: 'STATUS', message: 'Header cell "STATUS" holds 1 invisible character (U+200B): delete it; the column is read as "STATUS".' },
        { at: '1:26-32', field: 'NOTES', message: 'Header cell "NOTES" holds 1 invisible character (U+2060): delete it; the column is read as "NOTES".' },
      ],
      output: md('FEATURE GATE | STATUS | NOTES', '-- | -- | --', 'AGate | x | y'),
    },
    {
      name: 'invisible characters written as character references, named or numeric: reported, and removed by the fix',
      markdown: md('FEATURE GATE | GRA&shy;DUATION | STA&#8203;TUS&#x2060;', '-- | -- | --', 'AGate | GA | SUPPORTED'),
      errors: [
        { at: '1:16-31', field: 'GRADUATION', message: 'Header cell "GRADUATION" holds 1 invisible character (U+00AD): delete it; the column is read as "GRADUATION".' },
        { at: '1:34-55', field: 'STATUS', message: 'Header cell "STATUS" holds 2 invisible characters (U+200B, U+2060): delete them; the column is read as "STATUS".' },
      ],
      output: md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | GA | SUPPORTED'),
    },
    {
      name: 'Cyrillic and Greek letters that look like the Latin ones around them: read as Latin, retyped by the fix',
      markdown: md('FEATURE GATE | GR\u0410DUATION | S\u03a4\u0410TUS', '-- | -- | --', 'AGate | GA | SUPPORTED'),
      errors: [
        { at: '1:16-26', field: 'GRADUATION', message: 'Header cell "GRADUATION" holds 1 letter of another script that looks like Latin (\u0410 U+0410): type it as Latin letters; the column is read as "GRADUATION".' },
        { at: '1:29-35', field: 'STATUS', message: 'Header cell "STATUS" holds 2 letters of another script that look like Latin (\u03a4 U+03A4, \u0410 U+0410): type them as Latin letters; the column is read as "STATUS".' },
      ],
      output: md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | GA | SUPPORTED'),
    },
  ],
});

testRule('unique-key', {
  valid: [
    {
      name: 'keys a reader tells apart stay apart: a superscript, a Roman numeral, a Turkish dotless i',
      markdown: md('| Key | V |', '| - | - |', '| x\u00b2 | a |', '| x2 | b |', '| \u216b | c |', '| XII | d |', '| k\u0131r | e |', '| kir | f |'),
      entry: { unique: { scope: 'table' } },
    },
    {
      name: 'a composite key: the same release on two platforms',
      markdown: md('| Release | Platform |', '| - | - |', '| 1.7 | amd64 |', '| 1.7 | arm64 |'),
      entry: { unique: { scope: 'table', by: ['Release', 'Platform'] } },
    },
  ],
  invalid: [
    {
      name: "the issue's own form, { by: [...] }: the scope is the table unless it says group, so a repeat in another group counts",
      markdown: md('| Release | Platform |', '| - | - |', '| **Current** | |', '| 1.7 | amd64 |', '| **Older** | |', '| 1.7 | amd64 |'),
      entry: { unique: { by: ['Release', 'Platform'] } },
      errors: [
        {
          at: '6:3-6',
          field: 'Release',
          rowKey: '1.7',
          message: 'Release + Platform "1.7 + amd64" is listed twice: it is already on line 4. Merge the two rows or remove one.',
        },
      ],
    },
    {
      name: 'a composite key repeated, in another case',
      markdown: md('| Release | Platform |', '| - | - |', '| 1.7 | amd64 |', '| 1.7 | AMD64 |'),
      entry: { unique: { scope: 'table', by: ['Release', 'Platform'] } },
      errors: [
        {
          at: '4:3-6',
          field: 'Release',
          rowKey: '1.7',
          message: 'Release + Platform "1.7 + AMD64" is listed twice: it is already on line 3 as "1.7 + amd64". Merge the two rows or remove one.',
        },
      ],
    },
    {
      name: 'keys that differ only by an invisible character, a look-alike letter, a dash or full-width letters are the same key',
      markdown: md('| Component | Level |', '| - | - |', '| virtio-fs | a |', '| virtio\u200b-fs | b |', '| v\u0456rtio-fs | c |', '| virtio\u2010fs | d |', '| \uff56\uff49\uff52\uff54\uff49\uff4f-fs | e |', '| virtio-blk | f |'),
      entry: { unique: { scope: 'table' } },
      errors: [4, 5, 6, 7].map((line, i) => {
        const key = ['virtio\u200b-fs', 'v\u0456rtio-fs', 'virtio\u2010fs', '\uff56\uff49\uff52\uff54\uff49\uff4f-fs'][i]!;
        return { at: `${line}:3-${3 + key.length}`, field: 'Component', rowKey: key, message: `Component "${key.replace('\u200b', '<U+200B>')}" is listed twice: it is already on line 3 as "virtio-fs". Merge the two rows or remove one.` };
      }),
    },
    {
      name: 'a key column whose header cell is empty (a matrix): the message names the row, not a column',
      markdown: md('| | v1.30 |', '| - | - |', '| a | x |', '| A | y |'),
      entry: { unique: { scope: 'table' } },
      errors: [
        {
          at: '4:3-4',
          field: '',
          rowKey: 'A',
          message: 'Row "A" is listed twice: it is already on line 3 as "a". Merge the two rows or remove one.',
        },
      ],
    },
  ],
});

testRule('monotonic', {
  valid: [
    {
      name: 'dates fall as versions fall, in several date forms; empty and unparsable cells skipped',
      markdown: md('| Release | Date |', '| - | - |', '| 2.0 | 2025-03-01 |', '| 1.9 | January 2025 |', '| 1.8 | |', '| 1.7 | _tentative_ |', '| 1.6 | May 3, 2024 |'),
      entry: { monotonic: { column: 'Date' } },
    },
    {
      name: 'dates written year first (2023 January 23, 2020 Dec)',
      markdown: md('| Date | Title |', '| - | - |', '| 2023 January 23 | a |', '| 2020 December 10 | b |', '| 2020 Nov | c |'),
      entry: { monotonic: { column: 'Date' } },
    },
    {
      name: 'versions rise; prose and ranges are no version and are skipped (Kubernetes → Go: 1.7 - 1.7.5, TBD)',
      markdown: md('| K8s | Go |', '| - | - |', '| 1.5, 1.6 | 1.7 - 1.7.5 |', '| 1.7 | 1.8.1 |', '| 1.8 | TBD |', '| 1.9 | 1.8.3 |', '| 1.10 | 1.7+ |', '| 1.11 | 1.10.2 |'),
      entry: { monotonic: { column: 'Go', direction: 'asc', compare: 'semver' } },
    },
    {
      name: 'natural order skips cells without a number',
      markdown: md('| K | N |', '| - | - |', '| a | r2 |', '| b | none |', '| c | r10 |'),
      entry: { monotonic: { column: 'N', direction: 'asc', compare: 'natural' } },
    },
  ],
  invalid: [
    {
      name: 'one wrong date is blamed, not the right one below it; a wrong first date is said against the row below',
      markdown: md('| Release | Date |', '| - | - |', '| 1.33 | 2025-04-23 |', '| 1.32 | 2023-12-11 |', '| 1.31 | 2024-08-13 |', '| 1.30 | 2024-04-17 |', '', '| Release | Date |', '| - | - |', '| 2.2 | 2019-01-01 |', '| 2.1 | 2024-08-13 |', '| 2.0 | 2024-04-17 |'),
      entry: { monotonic: { column: 'Date', direction: 'desc' } },
      errors: [
        { at: '4:10-20', field: 'Date', rowKey: '1.32', message: 'Date "2023-12-11" of "1.32" is earlier than "2024-08-13" below it (row "1.31", line 5); Date must fall down the table.' },
        { at: '10:9-19', field: 'Date', rowKey: '2.2', message: 'Date "2019-01-01" of "2.2" is earlier than "2024-08-13" below it (row "2.1", line 11); Date must fall down the table.' },
      ],
    },
    {
      name: 'a column whose cells do not read as the kind compared says that nothing was compared, rather than pass',
      markdown: md('| Date | Title |', '| - | - |', '| 23/01/2023 | a |', '| 18.11.2020 | b |', '| 2020-12-10 | c |'),
      entry: { monotonic: { column: 'Date', direction: 'desc' } },
      errors: [
        {
          at: '1:3-15',
          field: 'Date',
          severity: 'warning',
          message:
            'Date must fall down the table, but only one of its 3 cells read as a date (such as "23/01/2023"), so nothing was compared: write dates such as 2024-05-01, 2024-05, May 1, 2024, 1 May 2024 or 2024 May 1, or change `compare:` in the monotonic option.',
        },
      ],
    },
    {
      name: 'none of the cells a version',
      markdown: md('| K | Go |', '| - | - |', '| a | Go one |', '| b | Go two |'),
      entry: { monotonic: { column: 'Go', direction: 'asc', compare: 'semver' } },
      errors: [
        {
          at: '1:3-9',
          field: 'Go',
          severity: 'warning',
          message: 'Go must rise down the table, but none of its 2 cells read as one version (such as "Go one"), so nothing was compared: write one version per cell, such as 1.33, v1.2.3 or 1.9.x, or change `compare:` in the monotonic option.',
        },
      ],
    },
    {
      name: 'a month or day that does not exist is no date (2025-15-07 is not March 2026, Jun 31 is not July 1): a typo, reported, and not compared',
      markdown: md('| Release | Date |', '| - | - |', '| 2.0 | 2025-08-28 |', '| 1.9 | 2025-15-07 |', '| 1.8 | Jun 31, 2025 |', '| 1.7 | 2025-01-01 |', '| 1.6 | TBD |'),
      entry: { monotonic: { column: 'Date' } },
      errors: [
        { at: '4:9-19', field: 'Date', rowKey: '1.9', message: 'Date "2025-15-07" of "1.9" is no date: that day does not exist. Fix the date.' },
        { at: '5:9-21', field: 'Date', rowKey: '1.8', message: 'Date "Jun 31, 2025" of "1.8" is no date: that day does not exist. Fix the date.' },
      ],
    },
    {
      name: "a cell the schema already calls wrong is not said again (the schema's wording wins); one it lets pass still is",
      markdown: md('| Release | Date |', '| - | - |', '| 2.0 | 2025-08-28 |', '| 1.9 | 2025-15-07 |', '| 1.8 | Jun 31, 2025 |', '| 1.7 | 2025-01-01 |'),
      schema: { properties: { Date: { pattern: '^\\d{4}-' } } },
      entry: { monotonic: { column: 'Date' } },
      errors: [{ at: '4:9-19', field: 'Date', rowKey: '1.9', message: 'Date "2025-15-07" of "1.9" is no date: that day does not exist. Fix the date.' }],
    },
    {
      name: 'a date later than the one above',
      markdown: md('| Release | Date |', '| - | - |', '| 2.0 | 2025-03-01 |', '| 1.9 | 2025-06-01 |'),
      entry: { monotonic: { column: 'Date' } },
      errors: [
        {
          at: '4:9-19',
          field: 'Date',
          rowKey: '1.9',
          message: 'Date "2025-06-01" of "1.9" is later than "2025-03-01" above it (row "2.0", line 3); Date must fall down the table.',
        },
      ],
    },
    {
      name: 'versions that must rise (semver, asc)',
      markdown: md('| Name | Since |', '| - | - |', '| a | v1.10.0 |', '| b | v1.9.0 |'),
      entry: { monotonic: [{ column: 'Since', direction: 'asc', compare: 'semver' }] },
      errors: [{ at: '4:7-13', field: 'Since', rowKey: 'b', message: 'Since "v1.9.0" of "b" is earlier than "v1.10.0" above it (row "a", line 3); Since must rise down the table.' }],
    },
  ],
});

const kataDoc = (...rows: string[]) =>
  md(
    '## Levels of Support',
    '',
    '1. Supported: Actively maintained, with CI',
    '1. Best-effort: Limited availability',
    '1. Deprecated: Likely to be removed',
    '',
    '## Support classification',
    '',
    '| Feature | Support State | Maintainers | Notes |',
    '| --- | --- | --- | --- |',
    ...rows,
  );

testRule('legend', {
  valid: [
    {
      name: 'terms with backslash escapes are the terms the page shows (N|A, Yes*)',
      markdown: md('## Legend', '', '- **N\\|A**: not applicable', '- **Yes\\***: works, with caveats', '- No - does not work', '', '## Table', '', '| Feature | Level |', '| --- | --- |', '| a | N\\|A |', '| b | Yes\\* |', '| c | No |'),
      entry: { legend: { heading: 'Legend', column: 'Level' } },
      schema: { type: 'object', required: ['Feature', 'Level'], properties: { Level: { enum: ['N|A', 'Yes*', 'No'] } } },
    },
    {
      // KubeVirt's user guide: a bold lead-in line, then `- **`vga`**: …` items, and cells that write `vga` as code.
      name: 'terms written as code define the values cells write as code; a bold lead-in line defines nothing',
      markdown: md('## Video', '', '**Supported video device types:**', '', '- **`virtio`**: fast', '- **`vga`**: standard', '', '| Architecture | Default Type |', '| --- | --- |', '| amd64 | `vga` |', '| arm64 | `virtio` |'),
      entry: { legend: { heading: 'Video', column: 'Default Type' } },
      schema: { type: 'object', required: ['Architecture', 'Default Type'], properties: { 'Default Type': { enum: ['virtio', 'vga'] } } },
    },
    {
      name: 'a list item whose term ends in a colon and whose definition is on the next line is a term, as is a bold paragraph that goes on',
      markdown: md('## Levels', '', '- **Supported:**', '  works', '- **Best effort:**', '  maybe', '', '**Deprecated:**', 'going away', '', '## Table', '', '| Feature | Level |', '| --- | --- |', '| a | Best effort |', '| b | Deprecated |'),
      entry: { legend: { heading: 'Levels', column: 'Level' } },
      schema: { type: 'object', required: ['Feature', 'Level'], properties: { Level: { enum: ['Supported', 'Best-effort', 'Deprecated'] } } },
    },
    {
      name: 'a numbered list legend (Kata) defines every value used',
      markdown: kataDoc('| a | Supported | [@k/a](https://github.com/orgs/k/teams/a) | x |', '| b | Deprecated | | y |'),
      preset: 'kata-support-levels',
      entry: { legend: { heading: 'Levels of Support', column: 'Support State' } },
      schema: {},
    },
    {
      name: 'bold terms in one paragraph (KubeVirt), and a legend table',
      markdown: md(
        '## Status Definitions',
        '',
        ' **SUPPORTED**: verified by CI',
        ' **PENDING**: pending',
        '',
        '| Term | Meaning |',
        '| - | - |',
        '| UNSUPPORTED | no |',
        '| UNVERIFIED | maybe |',
        '',
        '## Gates',
        '',
        'FEATURE GATE | GRADUATION | STATUS',
        '-- | -- | --',
        'AGate | GA | UNVERIFIED',
      ),
      preset: 'kubevirt-feature-gates',
      entry: { legend: { heading: 'Status Definitions', column: 'STATUS' } },
    },
    {
      name: "the heading named exactly wins over one that contains it, and the table is not its own legend",
      markdown: md(
        '# Feature Gate Status on Arm64',
        '',
        '**Note**: updated every month.',
        '',
        'FEATURE GATE | GRADUATION | STATUS',
        '-- | -- | --',
        'AGate | GA | UNVERIFIED',
        '**BGate** | GA | SUPPORTED',
        '',
        '## Status',
        '',
        '- **SUPPORTED**: verified by CI',
        '- **UNVERIFIED**: expected to work',
        '- **PENDING**: pending',
        '- **UNSUPPORTED**: does not work',
      ),
      preset: 'kubevirt-feature-gates',
      entry: { legend: { heading: 'status', column: 'STATUS' } },
    },
    {
      name: "a legend under the page's title reads the title's own text, not the tables of its subsections",
      markdown: md(
        '# Device',
        '',
        '**O**: optional',
        '**R**: required',
        '',
        '## Boot',
        '',
        '| Endpoint | keyboard |',
        '| - | - |',
        '| boot-source | O |',
        '| machine-config | R |',
        '',
        '## Notes',
        '',
        '- **boot-source**: set it first',
      ),
      schema: { type: 'object', properties: { Endpoint: {}, keyboard: { enum: ['O', 'R'] } } },
      entry: { legend: { heading: 'Device', column: 'keyboard' } },
    },
    {
      name: 'a legend in the table\'s own section, around the table',
      markdown: md(
        '## Gates',
        '',
        '**SUPPORTED**: verified by CI',
        '',
        'FEATURE GATE | GRADUATION | STATUS',
        '-- | -- | --',
        'AGate | GA | SUPPORTED',
        '**BGate** | GA | UNVERIFIED',
        '',
        '- **UNVERIFIED**: expected to work',
        '- **PENDING**: pending',
        '- **UNSUPPORTED**: does not work',
      ),
      preset: 'kubevirt-feature-gates',
      entry: { legend: { heading: 'Gates', column: 'STATUS' } },
    },
    {
      name: "the Kata preset reads the page's legend by itself, in the legend's spelling (Best effort for the schema's Best-effort)",
      markdown: kataDoc('| a | Best effort | | x |', '| b | Deprecated | | y |').replace('1. Best-effort:', '1. Best effort:'),
      preset: 'kata-support-levels',
    },
    {
      name: "the preset's optional legend is no legend when its section names none of the levels (subheadings, or notes on other things)",
      markdown: md('## Levels of Support', '', '### Supported', '', '- Maintainers: the team that owns it', '', '## Table', '', '| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| a | Deprecated | | x |'),
      preset: 'kata-support-levels',
    },
    {
      name: 'a legend read once for a page of many tables under it, same-shape tables being data, not legend tables',
      markdown: md('## Legend', '', '- **Best effort**: some', '- **Supported**: yes', '', ...Array.from({ length: 400 }, (_, i) => ['| Name | Level |', '| --- | --- |', `| a${i} | Best effort |`, '']).flat()),
      schema: { type: 'object', properties: { Name: {}, Level: { enum: ['Best-effort', 'Supported'] } } },
      entry: { legend: { heading: 'Legend', column: 'Level' } },
    },
    {
      name: 'a Kata table with no legend on its page is fine (the preset\'s legend is optional)',
      markdown: md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| a | Deprecated | | x |'),
      preset: 'kata-support-levels',
    },
  ],
  invalid: [
    {
      // The issue's own form: `legend: { heading: "Status Definitions" }`, with no column.
      name: 'without column, the legend defines the column whose cells use its terms most (not the key that happens to name one)',
      markdown: md('## Status Definitions', '', '- **Stable**: done', '- **Beta**: almost', '', '| Feature | Status |', '| - | - |', '| a | Stable |', '| Beta | Beta |', '| c | Gone |'),
      schema: { type: 'object', properties: { Feature: {}, Status: { enum: ['Stable', 'Beta', 'Gone'] } } },
      entry: { legend: { heading: 'Status Definitions' } },
      errors: [
        {
          at: '10:7-11',
          field: 'Status',
          rowKey: 'c',
          message: 'Status "Gone" of "c" is not defined under "Status Definitions" (line 1), which defines "Stable" and "Beta": define it there, or use a defined value.',
        },
      ],
    },
    {
      name: 'without column, and no cell using a term: the one column whose allowed values the legend names',
      markdown: md('## Levels', '', '- **Stable**: done', '- **Retired**: gone', '', '| Feature | Status |', '| - | - |', '| a | x |'),
      schema: { type: 'object', properties: { Feature: {}, Status: { enum: ['Stable', 'x'] } } },
      entry: { legend: { heading: 'Levels' } },
      errors: [
        { at: '4:5-12', field: 'Status', rowKey: 'Retired', message: 'The legend under "Levels" defines "Retired", which the schema does not allow for Status (Stable, x): allow it in the schema, or remove it from the legend.' },
        { at: '8:7-8', field: 'Status', rowKey: 'a', message: 'Status "x" of "a" is not defined under "Levels" (line 1), which defines "Stable" and "Retired": define it there, or use a defined value.' },
      ],
    },
    {
      name: 'without column, when nothing tells which column the legend defines, the header says to name it',
      markdown: md('## Levels', '', '- **Stable**: done', '', '| Feature | Status |', '| - | - |', '| a | x |'),
      schema: { type: 'object', properties: { Feature: {}, Status: {} } },
      entry: { legend: { heading: 'Levels' } },
      errors: [
        {
          at: '5:3-10',
          message: 'The legend under "Levels" (line 1) defines "Stable", and no column of the table uses them: set legend.column to the column whose values it defines, or use its terms.',
        },
      ],
    },
    {
      name: 'a value the schema allows in two spellings is written as the legend spells it',
      markdown: md('## Levels', '', '- Best effort: limited', '- Supported: yes', '', '| Feature | Level |', '| - | - |', '| a | Best-effort |', '| b | Best effort |'),
      schema: { type: 'object', properties: { Feature: {}, Level: { enum: ['Supported', 'Best-effort', 'Best effort'] } } },
      entry: { legend: { heading: 'Levels', column: 'Level' } },
      errors: [{ at: '8:7-18', field: 'Level', rowKey: 'a', suggestion: 'Best effort', message: 'Level "Best-effort" of "a" is spelt "Best effort" under "Levels" (line 1): write it as the legend does.' }],
      output: md('## Levels', '', '- Best effort: limited', '- Supported: yes', '', '| Feature | Level |', '| - | - |', '| a | Best effort |', '| b | Best effort |'),
    },
    {
      name: 'an allowed value the legend does not define, and legend terms the schema does not allow',
      markdown: kataDoc('| a | Experimental | | x |'),
      preset: 'kata-support-levels',
      entry: { legend: { heading: 'Levels of Support', column: 'Support State' } },
      errors: [
        {
          at: '11:7-19',
          field: 'Support State',
          rowKey: 'a',
          message: 'Support State "Experimental" of "a" is not defined under "Levels of Support" (line 1), which defines "Supported", "Best-effort" and "Deprecated": define it there, or use a defined value.',
        },
      ],
    },
    {
      name: 'a legend term the schema does not allow is reported on the legend',
      markdown: kataDoc('| a | Deprecated | | x |').replace('1. Deprecated:', '1. Retired:'),
      preset: 'kata-support-levels',
      entry: { legend: { heading: 'Levels of Support', column: 'Support State' } },
      errors: [
        {
          at: '5:4-11',
          field: 'Support State',
          rowKey: 'Retired',
          message: 'The legend under "Levels of Support" defines "Retired", which the schema does not allow for Support State (Supported, Best-effort, Not maintained, Experimental, Deprecated, Obsolete): allow it in the schema, or remove it from the legend.',
        },
        {
          at: '11:7-17',
          field: 'Support State',
          rowKey: 'a',
          message: 'Support State "Deprecated" of "a" is not defined under "Levels of Support" (line 1), which defines "Supported", "Best-effort" and "Retired": define it there, or use a defined value.',
        },
      ],
    },
    {
      name: 'a long legend is named by its first twenty terms in a message',
      markdown: md('## Levels', '', ...Array.from({ length: 25 }, (_, i) => `- T${i}: term`), '', '| Feature | Level |', '| - | - |', '| a | Other |'),
      schema: { type: 'object', properties: { Feature: {}, Level: { enum: ['Other', ...Array.from({ length: 25 }, (_, i) => `T${i}`)] } } },
      entry: { legend: { heading: 'Levels', column: 'Level' } },
      errors: [
        {
          at: '31:7-12',
          field: 'Level',
          rowKey: 'a',
          message: `Level "Other" of "a" is not defined under "Levels" (line 1), which defines ${Array.from({ length: 20 }, (_, i) => `"T${i}"`).join(', ')} and 5 more: define it there, or use a defined value.`,
        },
      ],
    },
    {
      name: 'a legend section that defines no terms says so',
      markdown: md('## Levels of Support', '', '### Supported', '', 'Maintained.', '', '| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| a | Deprecated | | x |'),
      preset: 'kata-support-levels',
      entry: { legend: { heading: 'Levels of Support', column: 'Support State' } },
      errors: [
        {
          at: '7:3-10',
          message: 'The section "Levels of Support" (line 1), where the config says the legend of Support State is, defines no terms (`**Term**: …`, `- Term: …` or `1. Term: …`): write them so, or fix legend.heading.',
        },
      ],
    },
    {
      name: 'the legend heading is missing',
      markdown: md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| a | Deprecated | | x |'),
      preset: 'kata-support-levels',
      entry: { legend: { heading: 'Levels of Support', column: 'Support State' } },
      errors: [{ at: '1:3-10', message: 'No heading contains "Levels of Support", where the config says the legend of Support State is: add the section, or fix legend.heading.' }],
    },
  ],
});

testRule('option-column', {
  valid: [
    {
      name: 'options naming columns the table has, in another case',
      markdown: md('| Release | Platform | Date |', '| - | - | - |', '| 1.8 | amd64 | 2025-01-01 |', '| 1.7 | arm64 | 2024-01-01 |'),
      entry: { key: 'release', unique: { scope: 'table', by: ['Release', 'platform'] }, monotonic: { column: 'Date' }, order: false },
    },
  ],
  invalid: [
    {
      name: 'a misspelt column turns the check off: reported, with the closest column',
      markdown: md('| Release | Platform | Start |', '| - | - | - |', '| 1.8 | amd64 | 2025-01-01 |', '| 1.7 | arm64 | 2026-01-01 |'),
      entry: { unique: { scope: 'table', by: ['Release', 'Platfrom'] }, monotonic: { column: 'Strat' }, order: { scope: 'table', by: 'Relase' }, legend: { heading: 'Levels', column: 'Stauts' } },
      errors: [
        { at: '1:3-29', message: 'The option unique.by names the column "Platfrom", which this table does not have, so that check does nothing here. Did you mean "Platform"?' },
        { at: '1:3-29', message: 'The option order.by names the column "Relase", which this table does not have, so that check does nothing here. Did you mean "Release"?' },
        { at: '1:3-29', message: 'The option monotonic names the column "Strat", which this table does not have, so that check does nothing here. Did you mean "Start"?' },
        { at: '1:3-29', message: 'The option legend.column names the column "Stauts", which this table does not have, so that check does nothing here: fix the name in the config or schema, or add the column.' },
      ],
    },
    {
      // Each of these checked nothing and said so nowhere; an optional column far from every header cell (Notes) is no slip.
      name: 'a schema property one slip from a column no property names, or from $links and $raw: reported, with the name',
      markdown: md('| Release | Status | Owners |', '| - | - | - |', '| 1.8 | LTS | [@a](https://github.com/a) |'),
      schema: {
        properties: {
          Release: { type: 'string' },
          Stauts: { enum: ['LTS'] },
          Notes: { type: 'string' },
          $link: { properties: { Owners: { items: { properties: { text: { pattern: '^@' } } } } } },
          raw: { properties: { Release: { pattern: '^1' } } },
        },
      },
      errors: [
        { at: '1:3-28', message: 'The schema\'s properties name "Stauts", which is no column of this table, so what they say of it checks nothing here. Did you mean "Status"?' },
        { at: '1:3-28', message: 'The schema\'s properties name "$link", which is no column of this table, so what they say of it checks nothing here. Did you mean "$links"?' },
        { at: '1:3-28', message: 'The schema\'s properties name "raw", which is no column of this table, so what they say of it checks nothing here. Did you mean "$raw"?' },
      ],
    },
    {
      name: 'a patternProperties pattern that misses a column only by case: said once, with what to write',
      markdown: md('| Feature | Go | JS |', '| - | - | - |', '| a | ✓ | ✗ |'),
      schema: { properties: { Feature: {} }, patternProperties: { '^(go|java|js)$': { enum: ['+', '-'] } } },
      errors: [
        {
          at: '1:3-20',
          message:
            'The schema\'s patternProperties pattern ^(go|java|js)$ matches the column "Go" only when case is ignored, and patterns are case-sensitive, so that column goes unchecked. Write it in the header\'s case, or allow both cases ([Gg]o).',
        },
      ],
    },
    {
      // `yes: []` over cells that say `Yes` would never hold a row back; the value is checked against the enum.
      name: 'a value the column does not allow turns a transition or a note rule off: reported, with the closest value',
      markdown: md('| Feature | Support |', '| - | - |', '| a | Yes |'),
      schema: { properties: { Support: { enum: ['Yes', 'No', 'Partly'] } } },
      entry: { transitions: { Support: { yes: [], No: ['Yes', 'Maybe'] }, removed: { when: { Support: ['No'] } } }, notes: { heading: 'Notes', requiredWhen: { support: ['Partli'] } } },
      errors: [
        { at: '1:3-20', message: 'The option transitions.Support names the value "yes", which the column "Support" does not allow, so no cell can match it and that part of the check does nothing. Did you mean "Yes"?' },
        { at: '1:3-20', message: 'The option transitions.Support names the value "Maybe", which the column "Support" does not allow ("Yes", "No" and "Partly"), so no cell can match it and that part of the check does nothing: fix the value in the config or schema.' },
        { at: '1:3-20', message: 'The option notes.requiredWhen names the value "Partli", which the column "Support" does not allow, so no cell can match it and that part of the check does nothing. Did you mean "Partly"?' },
      ],
    },
  ],
});

testRule('near-match', {
  valid: [
    { name: 'the columns as written', entry: { match: { columns: ['Component', 'Status'] } }, markdown: md('| Component | Status |', '| - | - |', '| a | Supported |') },
    { name: 'an unrelated table', entry: { match: { columns: ['Component', 'Status'] } }, markdown: md('| Option | Default |', '| - | - |', '| a | b |') },
  ],
  invalid: [
  ],
});
