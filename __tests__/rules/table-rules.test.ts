import { columnCount } from '../../src/rules/column-count.js';
import { noteRequired } from '../../src/rules/note-required.js';
import { noteUnknownKey } from '../../src/rules/note-unknown-key.js';
import { requiredColumn } from '../../src/rules/required-column.js';
import { sortOrder } from '../../src/rules/sort-order.js';
import { uniqueKey } from '../../src/rules/unique-key.js';
import { unknownColumn } from '../../src/rules/unknown-column.js';
import { testRule } from './rule-tester.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';

testRule(columnCount, {
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
    },
    {
      name: 'an extra cell',
      markdown: md('A | B', '-- | --', 'x | y | z'),
      errors: [{ at: '3:1-10', rowKey: 'x', message: 'A "x": row has 3 cells, the header has 2: remove the extra cells, or escape a `|` inside a cell as `\\|`.' }],
    },
  ],
});

testRule(uniqueKey, {
  valid: [
    { name: 'distinct keys', markdown: md('| K |', '| - |', '| a |', '| b |'), options: { unique: { scope: 'table' } } },
    { name: 'rule off', markdown: md('| K |', '| - |', '| a |', '| a |'), options: { unique: false } },
    {
      name: 'same key in two groups, group scope',
      markdown: md('| K | V |', '| - | - |', '| **G1** | |', '| a | 1 |', '| **G2** | |', '| a | 2 |'),
      options: { unique: { scope: 'group' } },
    },
  ],
  invalid: [
    {
      name: 'same key, other case',
      markdown: md('| K | V |', '| - | - |', '| genpolicy | 1 |', '| Genpolicy | 2 |'),
      options: { unique: { scope: 'table' } },
      errors: [{ at: '4:3-12', field: 'K', rowKey: 'Genpolicy', message: 'K "Genpolicy" is listed twice: it is already on line 3 as "genpolicy". Merge the two rows or remove one.' }],
    },
    {
      name: 'same key in two groups, table scope',
      markdown: md('| K | V |', '| - | - |', '| **G1** | |', '| a | 1 |', '| **G2** | |', '| a | 2 |'),
      options: { unique: { scope: 'table' } },
      errors: [{ at: '6:3-4', field: 'K', rowKey: 'a', message: 'K "a" is listed twice: it is already on line 4. Merge the two rows or remove one.' }],
    },
  ],
});

testRule(sortOrder, {
  valid: [
    { name: 'ascending, case-insensitive', markdown: md('K | V', '-- | --', 'alpha | 1', 'Beta | 2', 'gamma | 3'), options: { order: { scope: 'table' } } },
    { name: 'rule off', markdown: md('| K |', '| - |', '| b |', '| a |'), options: { order: false } },
    {
      name: 'each group sorted on its own',
      markdown: md('| K |', '| - |', '| **G1** |', '| b |', '| c |', '| **G2** |', '| a |'),
      options: { order: { scope: 'group' } },
    },
  ],
  invalid: [
    {
      name: 'one row out of place',
      markdown: md('K | V', '-- | --', 'VMLiveUpdateFeaturesGate | GA', 'VMExportGate | Beta', 'VSOCKGate | Alpha'),
      options: { order: { scope: 'table' } },
      errors: [
        {
          at: '4:1-13',
          field: 'K',
          rowKey: 'VMExportGate',
          message: 'K "VMExportGate" is out of order: it sorts before "VMLiveUpdateFeaturesGate" above it. Move it before "VMLiveUpdateFeaturesGate" (line 3).',
        },
      ],
    },
  ],
});

testRule(requiredColumn, {
  valid: [{ name: 'all there, any case', markdown: md('| feature | State |', '| - | - |'), expectedColumns: { required: ['Feature', 'State'], known: null } }],
  invalid: [
    {
      name: 'one missing',
      markdown: md('| Feature | Notes |', '| - | - |', '| a | b |'),
      expectedColumns: { required: ['Feature', 'Support State'], known: null },
      errors: [{ at: '1:3-18', message: 'The table has no "Support State" column: add it to the header (expected "Feature" and "Support State").' }],
    },
  ],
});

testRule(unknownColumn, {
  valid: [
    { name: 'all known', markdown: md('| A | b |', '| - | - |'), expectedColumns: { required: [], known: ['a', 'B'] } },
    { name: 'any allowed', markdown: md('| A | Z |', '| - | - |'), expectedColumns: { required: [], known: null } },
  ],
  invalid: [
    {
      name: 'an extra column',
      markdown: md('| A | Z |', '| - | - |'),
      expectedColumns: { required: [], known: ['A', 'B', 'C'] },
      errors: [{ at: '1:7-8', field: 'Z', message: 'Column "Z" is not one of the table\'s known columns ("A", "B" and "C"): rename it or remove it.' }],
    },
  ],
});

const gates = (...rows: string[]) => ['GATE | STATUS', '-- | --', ...rows];
const notesOptions = { notes: { heading: 'Notes', requiredWhen: { STATUS: ['UNSUPPORTED', 'PENDING'] } } };

testRule(noteRequired, {
  valid: [
    {
      name: 'note in a subsection of Notes',
      markdown: md(...gates('A | UNSUPPORTED', 'B | SUPPORTED'), '', '## Notes', '', '### Limits', '', '- **A**: x86 only'),
      options: notesOptions,
    },
    { name: 'no rule configured', markdown: md(...gates('A | UNSUPPORTED')) },
  ],
  invalid: [
    {
      name: 'note missing',
      markdown: md(...gates('A | PENDING'), '', '## Notes', '', '- **B**: other'),
      options: notesOptions,
      errors: [{ at: '3:5-12', field: 'STATUS', rowKey: 'A', message: '"A" is PENDING but has no note explaining why: add "- **A**: <reason>" under the "Notes" heading.' }],
    },
    {
      name: 'bold list item outside the Notes section does not count',
      markdown: md('## Other', '', '- **A**: not here', '', ...gates('A | UNSUPPORTED')),
      options: notesOptions,
      errors: [
        {
          at: '7:5-16',
          field: 'STATUS',
          rowKey: 'A',
          message: '"A" is UNSUPPORTED but has no note explaining why: add "- **A**: <reason>" in a "## Notes" section (the document has none yet).',
        },
      ],
    },
  ],
});

testRule(noteUnknownKey, {
  valid: [
    { name: 'every note names a row', markdown: md(...gates('A | PENDING'), '', '## Notes', '- **a**: lower case still matches'), options: notesOptions },
    { name: 'plain list items are not notes', markdown: md(...gates('A | PENDING'), '', '## Notes', '- some text'), options: notesOptions },
  ],
  invalid: [
    {
      name: 'a note for a gate the table lacks',
      markdown: md(...gates('A | PENDING'), '', '## Notes', '', '- **Gone**: removed gate'),
      options: notesOptions,
      errors: [{ at: '7:3-11', rowKey: 'Gone', message: 'The note "**Gone**" under "Notes" names no GATE in the table on line 1: fix the name or remove the note.' }],
    },
  ],
});
