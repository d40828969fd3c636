/**
 * The reference rules through the real pipeline: a KubeVirt-style gate table
 * checked against a registry export that disagrees with it in each of the
 * three ways.
 */
import { testRule } from './rule-tester.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';
const REGISTRY = JSON.stringify({
  gates: [
    { name: 'ExpandDisks', const: 'ExpandDisksGate', state: 'General Availability' },
    { name: 'NetworkBindingPlugins', const: 'NetworkBindingPluginsGate', state: 'Beta' },
    { name: 'VSOCK', const: 'VSOCKGate', state: 'Beta' },
    { name: 'ImageVolume', const: 'ImageVolumeGate', state: 'Alpha' },
  ],
});
const base = {
  files: { 'gates.json': REGISTRY },
  sources: { gates: { file: 'gates.json', items: '/gates', key: ['const', 'name'] } },
  preset: 'kubevirt-feature-gates',
};
const entry = (agree = false) => ({
  order: false as const,
  references: [
    {
      source: 'gates',
      ...(agree ? { agree: { GRADUATION: { field: 'state', map: { 'General Availability': 'GA' } } } } : {}),
    },
  ],
});
const table = (...rows: string[]) => md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...rows);
const ALL = ['ExpandDisksGate | GA | SUPPORTED', 'NetworkBindingPluginsGate | Beta | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED', 'ImageVolumeGate | Alpha | SUPPORTED'];

/** The finding on line 4's misspelt gate, which the source spells NetworkBindingPluginsGate. */
const MISSPELT_GATE = {
  at: '4:1-27',
  field: 'FEATURE GATE',
  rowKey: 'NetworkBindingPlugingsGate',
  suggestion: 'NetworkBindingPluginsGate',
  message: 'FEATURE GATE "NetworkBindingPlugingsGate" is not in gates: no item has const or name "NetworkBindingPlugingsGate". Did you mean "NetworkBindingPluginsGate"?',
};

testRule('reference-unknown', {
  valid: [{ name: 'every row names an item, by const or by name', markdown: table(...ALL.slice(0, 3), 'ImageVolume | Alpha | SUPPORTED'), entry: entry(), ...base }],
  invalid: [
    {
      name: 'a name in another case is matched, and spelt as the source spells it (a warning, with a fix)',
      markdown: table(...ALL.slice(0, 3), 'imagevolume | Alpha | SUPPORTED'),
      entry: entry(),
      ...base,
      errors: [
        {
          at: '6:1-12',
          field: 'FEATURE GATE',
          rowKey: 'imagevolume',
          severity: 'warning',
          suggestion: 'ImageVolume',
          message: 'FEATURE GATE "imagevolume" is spelt "ImageVolume" in gates: write it as the source does (a name is matched exactly).',
        },
      ],
      output: table(...ALL.slice(0, 3), 'ImageVolume | Alpha | SUPPORTED'),
    },
    {
      // The fixed page must have no finding it had not: not note-required on the row, nor note-unknown-key on its notes.
      name: "a renamed gate takes all its notes along, in whatever case they name it",
      markdown: md(
        'FEATURE GATE | GRADUATION | STATUS',
        '-- | -- | --',
        'ExpandDisksGate | GA | SUPPORTED',
        'NetworkBindingPlugingsGate | Beta | UNSUPPORTED',
        'VSOCKGate | Beta | SUPPORTED',
        'ImageVolumeGate | Alpha | SUPPORTED',
        '',
        '## Notes',
        '',
        '- **NetworkBindingPlugingsGate**: no plugin on this arch',
        '- **networkbindingplugingsgate**: and a second note',
      ),
      entry: entry(),
      ...base,
      errors: [MISSPELT_GATE],
      output: md(
        'FEATURE GATE | GRADUATION | STATUS',
        '-- | -- | --',
        'ExpandDisksGate | GA | SUPPORTED',
        'NetworkBindingPluginsGate | Beta | UNSUPPORTED',
        'VSOCKGate | Beta | SUPPORTED',
        'ImageVolumeGate | Alpha | SUPPORTED',
        '',
        '## Notes',
        '',
        '- **NetworkBindingPluginsGate**: no plugin on this arch',
        '- **NetworkBindingPluginsGate**: and a second note',
      ),
    },
    {
      name: 'a renamed gate gets a suggestion and a fix; a gone one does not',
      markdown: table('ExpandDisksGate | GA | SUPPORTED', 'NetworkBindingPlugingsGate | Beta | SUPPORTED', 'OldGate | GA | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED', 'ImageVolumeGate | Alpha | SUPPORTED'),
      entry: entry(),
      ...base,
      errors: [
        MISSPELT_GATE,
        {
          at: '5:1-8',
          field: 'FEATURE GATE',
          rowKey: 'OldGate',
          message: 'FEATURE GATE "OldGate" is not in gates: no item has const or name "OldGate". Fix the name, or remove the row if it is gone.',
        },
      ],
      output: table('ExpandDisksGate | GA | SUPPORTED', 'NetworkBindingPluginsGate | Beta | SUPPORTED', 'OldGate | GA | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED', 'ImageVolumeGate | Alpha | SUPPORTED'),
    },
    {
      // KubeVirt names a gate with and without its Gate suffix; a registry keyed by its constants has only one.
      name: 'a name a short piece away from one key (the Gate suffix) gets that key as a suggestion and a fix',
      markdown: table('ExpandDisksGate | GA | SUPPORTED', 'VSOCK | Beta | SUPPORTED'),
      entry: entry(),
      ...base,
      sources: { gates: { file: 'gates.json', items: '/gates', key: ['const'] } },
      errors: [
        {
          at: '4:1-6',
          field: 'FEATURE GATE',
          rowKey: 'VSOCK',
          suggestion: 'VSOCKGate',
          message: 'FEATURE GATE "VSOCK" is not in gates: no item has const "VSOCK". Did you mean "VSOCKGate"?',
        },
      ],
      output: table('ExpandDisksGate | GA | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED'),
    },
    {
      name: 'no suggestion or fix names an item another row already names (the fix would make two rows one key)',
      markdown: table('ExpandDisksGate | GA | SUPPORTED', 'VSOCKGat | Beta | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED'),
      entry: entry(),
      ...base,
      errors: [
        {
          at: '4:1-9',
          field: 'FEATURE GATE',
          rowKey: 'VSOCKGat',
          message: 'FEATURE GATE "VSOCKGat" is not in gates: no item has const or name "VSOCKGat". Fix the name, or remove the row if it is gone.',
        },
      ],
    },
  ],
});

describe('a table none of whose rows names an item (the source keyed by another field than the rows write)', () => {
  // The page writes gate names; the source is keyed by the Go constants. With unknown: off, agree: would check nothing.
  const byConst = { ...base, sources: { gates: { file: 'gates.json', items: '/gates', key: 'const' } } };
  const off = { order: false as const, references: [{ source: 'gates', unknown: 'off' as const, unlisted: 'off' as const, agree: { GRADUATION: { field: 'state' } } }] };
  // A name that is also a state (Beta) does not make state the field the rows write.
  const names = table('ExpandDisks | Alpha | SUPPORTED', 'VSOCK | GA | SUPPORTED', 'Beta | GA | SUPPORTED', '| | Beta | SUPPORTED |');
  const noName = JSON.stringify({ gates: JSON.parse(REGISTRY).gates.map(({ const: name, state }: { const: string; state: string }) => ({ const: name, state })) });
  testRule('reference-unknown', {
    valid: [
      { name: 'one row that names an item is enough: the others may be gone from the code', markdown: table('ExpandDisksGate | GA | SUPPORTED', 'OldGate | GA | SUPPORTED'), entry: off, ...byConst },
      { name: 'a table with no filled key cell names nothing to check', markdown: table('| | Beta | SUPPORTED |'), entry: off, ...byConst },
    ],
    invalid: [
      {
        name: 'is said once on the header, even with unknown: off, naming the field of the items that the rows write',
        markdown: names,
        entry: off,
        ...byConst,
        errors: [
          {
            at: '1:1-35',
            severity: 'warning',
            message:
              'No FEATURE GATE row names an item of gates: none of its 3 values, such as "ExpandDisks", is the const of an item, such as "ExpandDisksGate", so nothing in the table is checked against gates. The rows write the items\' name ("ExpandDisks" is the name of "ExpandDisksGate"): add name to the source\'s key:.',
          },
        ],
      },
      {
        name: 'without such a field, it asks for the field the rows write; with unknown: error, the rows are reported too',
        markdown: table('ExpandDisks | Alpha | SUPPORTED', 'ImageVolume | Alpha | SUPPORTED', 'VSOCK | Beta | SUPPORTED'),
        entry: { order: false as const, references: [{ source: 'gates', unknown: 'error' as const }] },
        ...byConst,
        files: { 'gates.json': noName },
        errors: [
          {
            at: '1:1-35',
            message:
              'No FEATURE GATE row names an item of gates: none of its 3 values, such as "ExpandDisks", is the const of an item, such as "ExpandDisksGate", so nothing in the table is checked against gates. Do the rows write another name of the items? Key the source (its key:) by the field that holds it.',
          },
          ...[
            ['3:1-12', 'ExpandDisks'],
            ['4:1-12', 'ImageVolume'],
            ['5:1-6', 'VSOCK'],
          ].map(([at, key]) => ({ at: at!, field: 'FEATURE GATE', rowKey: key!, suggestion: `${key}Gate`, message: `FEATURE GATE "${key}" is not in gates: no item has const "${key}". Did you mean "${key}Gate"?` })),
        ],
        output: table('ExpandDisksGate | Alpha | SUPPORTED', 'ImageVolumeGate | Alpha | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED'),
      },
      {
        name: 'on a table of a row or two, with unknown: error, the rows say it: no finding on the header',
        markdown: table('ExpandDisks | Alpha | SUPPORTED'),
        entry: { order: false as const, references: [{ source: 'gates', unknown: 'error' as const }] },
        ...byConst,
        files: { 'gates.json': noName },
        errors: [{ at: '3:1-12', field: 'FEATURE GATE', rowKey: 'ExpandDisks', suggestion: 'ExpandDisksGate', message: 'FEATURE GATE "ExpandDisks" is not in gates: no item has const "ExpandDisks". Did you mean "ExpandDisksGate"?' }],
        output: table('ExpandDisksGate | Alpha | SUPPORTED'),
      },
    ],
  });
});

/** A registry with an item per stage of each gate, as Kubernetes keeps them. */
const staged = (pick?: 'first' | 'last') => ({
  files: {
    'gates.json': JSON.stringify([
      { name: 'AGate', stage: 'Alpha' },
      { name: 'AGate', stage: 'Beta' },
      { name: 'BGate', stage: 'Alpha' },
      { name: 'BGate', stage: 'Beta' },
      { name: 'CGate', stage: 'Alpha' },
      { name: 'CGate', stage: 'Beta' },
    ]),
  },
  sources: { gates: { file: 'gates.json', key: 'name' } },
  preset: 'kubevirt-feature-gates',
  entry: { order: false as const, references: [{ source: 'gates', agree: { GRADUATION: { field: 'stage' } }, ...(pick ? { pick } : {}) }] },
});

describe('a name far longer than any name in code', () => {
  const long = 'L'.repeat(250);
  testRule('reference-unknown', {
    valid: [{ name: 'the other rows name their items', markdown: table(...ALL), entry: entry(), ...base }],
    invalid: [
      {
        name: 'is reported without a close key looked for (the look is bounded, and no registry name is that long)',
        markdown: table(...ALL, `${long}x | GA | SUPPORTED`),
        entry: entry(),
        ...base,
        files: { 'gates.json': JSON.stringify({ gates: [...JSON.parse(REGISTRY).gates, { name: `${long}y`, const: `${long}y`, state: 'GA' }] }) },
        errors: [{ at: '7:1-252', field: 'FEATURE GATE', rowKey: `${long}x`, message: `FEATURE GATE "${long}x" is not in gates: no item has const or name "${long}x". Fix the name, or remove the row if it is gone.` }],
      },
    ],
  });
});

testRule('reference-unlisted', {
  valid: [
    { name: 'every item has a row', markdown: table(...ALL), entry: entry(), ...base },
    // reference-unknown names the item in its "did you mean" and fixes the row: one finding for the rename.
    { name: 'an item a row names with a typo is not listed again', markdown: table(ALL[0]!, 'NetworkBindingPlugingsGate | Beta | SUPPORTED', ALL[2]!, ALL[3]!), entry: entry(), ...base },
  ],
  invalid: [
    {
      name: 'two registered gates without a row, on the header, in the registry\'s order',
      markdown: table(ALL[0]!, ALL[2]!),
      entry: entry(),
      ...base,
      errors: [
        { at: '1:1-35', field: 'FEATURE GATE', rowKey: 'NetworkBindingPluginsGate', message: 'gates has "NetworkBindingPluginsGate" (name NetworkBindingPlugins), but no FEATURE GATE row names it: add a row for it.' },
        { at: '1:1-35', field: 'FEATURE GATE', rowKey: 'ImageVolumeGate', message: 'gates has "ImageVolumeGate" (name ImageVolume), but no FEATURE GATE row names it: add a row for it.' },
      ],
    },
    {
      name: 'a page whose tables split the gates: by default each table lacks the other\'s, and says another table lists them',
      markdown: table(ALL[0]!, ALL[1]!) + '\n## Graduated\n\n' + table(ALL[2]!, ALL[3]!),
      entry: entry(),
      ...base,
      errors: ['VSOCKGate (name VSOCK)', 'ImageVolumeGate (name ImageVolume)', 'ExpandDisksGate (name ExpandDisks)', 'NetworkBindingPluginsGate (name NetworkBindingPlugins)'].map((gate, i) => ({
        at: i < 2 ? '1:1-35' : '8:1-35',
        field: 'FEATURE GATE',
        rowKey: gate.split(' ')[0]!,
        message: `gates has "${gate.replace(' (', '" (')}, but no FEATURE GATE row of this table names it (another table of the page does): add a row for it, or set scope: page on the reference if the page's tables list the items together.`,
      })),
    },
    {
      name: 'scope: page: the page\'s tables list the gates together; one missing from all of them is reported once, on the first table',
      markdown: table(ALL[0]!, ALL[1]!) + '\n## Graduated\n\n' + table(ALL[2]!),
      entry: { order: false as const, references: [{ source: 'gates', scope: 'page' as const }] },
      ...base,
      errors: [{ at: '1:1-35', field: 'FEATURE GATE', rowKey: 'ImageVolumeGate', message: 'gates has "ImageVolumeGate" (name ImageVolume), but no FEATURE GATE row names it: add a row for it.' }],
    },
    {
      name: 'a gate with an item per stage and no row is listed once; the other stages of a listed gate are not listed',
      markdown: table('AGate | Beta | SUPPORTED', 'BGate | Beta | SUPPORTED'),
      ...staged('last'),
      errors: [{ at: '1:1-35', field: 'FEATURE GATE', rowKey: 'CGate', message: 'gates has "CGate", but no FEATURE GATE row names it: add a row for it.' }],
    },
  ],
});

testRule('reference-disagree', {
  valid: [{ name: 'graduations agree through the map', markdown: table(...ALL), entry: entry(true), ...base }],
  invalid: [
    {
      name: 'a wrong graduation, mapped and plain, fixed to the registry\'s value',
      markdown: table('ExpandDisksGate | Alpha | SUPPORTED', 'NetworkBindingPluginsGate | Beta | SUPPORTED', 'VSOCKGate | GA | SUPPORTED', 'ImageVolumeGate | Alpha | SUPPORTED'),
      entry: entry(true),
      ...base,
      errors: [
        { at: '3:19-24', field: 'GRADUATION', rowKey: 'ExpandDisksGate', suggestion: 'GA', message: 'GRADUATION "Alpha" of "ExpandDisksGate" disagrees with gates (ExpandDisks: state "General Availability" → GA).' },
        { at: '5:13-15', field: 'GRADUATION', rowKey: 'VSOCKGate', suggestion: 'Beta', message: 'GRADUATION "GA" of "VSOCKGate" disagrees with gates (VSOCK: state "Beta").' },
      ],
      output: table(...ALL),
    },
    {
      name: 'items that share a key and disagree among themselves (a stage each) are a warning without a fix, until pick: says which one counts',
      markdown: table('AGate | Beta | SUPPORTED', 'BGate | Alpha | SUPPORTED', 'CGate | Beta | SUPPORTED'),
      ...staged(),
      errors: ['AGate | Beta', 'BGate | Alpha', 'CGate | Beta'].map((row, i) => {
        const [gate, stage] = row.split(' | ') as [string, string];
        return {
          at: `${i + 3}:${gate.length + 4}-${gate.length + 4 + stage.length}`,
          severity: 'warning' as const,
          field: 'GRADUATION',
          rowKey: gate,
          message: `GRADUATION "${stage}" of "${gate}" cannot be checked: gates has 2 items named "${gate}" that disagree on stage ("Alpha" and "Beta"): set pick: last (or first) on this reference to say which one the row follows.`,
        };
      }),
    },
    {
      name: 'pick: last checks each row against the last item with its key, pick: first against the first',
      markdown: table('AGate | Beta | SUPPORTED', 'BGate | Alpha | SUPPORTED', 'CGate | Beta | SUPPORTED'),
      ...staged('last'),
      errors: [{ at: '4:9-14', field: 'GRADUATION', rowKey: 'BGate', suggestion: 'Beta', message: 'GRADUATION "Alpha" of "BGate" disagrees with gates (BGate: stage "Beta").' }],
      output: table('AGate | Beta | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | Beta | SUPPORTED'),
    },
    {
      name: 'pick: first',
      markdown: table('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | Alpha | SUPPORTED'),
      ...staged('first'),
      errors: [{ at: '4:9-13', field: 'GRADUATION', rowKey: 'BGate', suggestion: 'Alpha', message: 'GRADUATION "Beta" of "BGate" disagrees with gates (BGate: stage "Alpha").' }],
      output: table('AGate | Alpha | SUPPORTED', 'BGate | Alpha | SUPPORTED', 'CGate | Alpha | SUPPORTED'),
    },
    {
      name: 'an item that cannot say (null, a list) is a warning, and a value the map lacks and the column does not allow says so, without a fix',
      markdown: table('ExpandDisksGate | GA | SUPPORTED', 'NetworkBindingPluginsGate | Beta | SUPPORTED', 'VSOCKGate | Beta | SUPPORTED'),
      entry: entry(true),
      ...base,
      files: {
        'gates.json': JSON.stringify({
          gates: [
            { const: 'ExpandDisksGate', state: '' },
            { const: 'NetworkBindingPluginsGate', state: ['Beta'] },
            { const: 'VSOCKGate', state: 'Graduated' },
          ],
        }),
      },
      errors: [
        {
          at: '3:19-21',
          severity: 'warning',
          field: 'GRADUATION',
          rowKey: 'ExpandDisksGate',
          message: 'GRADUATION "GA" of "ExpandDisksGate" cannot be checked: ExpandDisksGate in gates has no state (or an empty one, or not as text, a number or true/false): give the item its state.',
        },
        {
          at: '4:29-33',
          severity: 'warning',
          field: 'GRADUATION',
          rowKey: 'NetworkBindingPluginsGate',
          message: 'GRADUATION "Beta" of "NetworkBindingPluginsGate" cannot be checked: NetworkBindingPluginsGate in gates has no state (or an empty one, or not as text, a number or true/false): give the item its state.',
        },
        {
          at: '5:13-17',
          field: 'GRADUATION',
          rowKey: 'VSOCKGate',
          message: 'GRADUATION "Beta" of "VSOCKGate" cannot be checked: gates says state "Graduated" (VSOCKGate), which GRADUATION does not allow, and the config\'s map does not translate: add it to agree → GRADUATION → map (or, if the source misread it, mend the source\'s pattern or field).',
        },
      ],
    },
  ],
});

describe('a cell of several values (pattern:)', () => {
  const teams = {
    files: { 'teams.json': JSON.stringify([{ team: 'arch-amd64' }, { team: 'arch-s390x' }, { team: 'runtime' }]) },
    sources: { teams: { file: 'teams.json', key: ['team'] } },
    preset: 'kata-support-levels',
  };
  const kata = (...rows: string[]) => md('| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', ...rows);
  const link = (team: string) => `[@acme/${team}](https://github.com/orgs/acme/teams/${team})`;
  const entry = { order: false as const, references: [{ source: 'teams', column: 'Maintainers', pattern: '@[a-z0-9-]+/(?<value>[a-z0-9-]+)' }] };

  testRule('reference-unknown', {
    valid: [{ name: 'every team link of a cell names a team, a trailing * and the comma aside; no unlisted warning for a column that is not the key', markdown: kata(`| amd64 | Supported | ${link('arch-amd64')}, ${link('arch-s390x')}* | |`), entry, ...teams }],
    invalid: [
      {
        name: 'one unknown team among two is reported alone, with a suggestion (no fix: the name is in both the text and the URL)',
        markdown: kata(`| amd64 | Supported | ${link('arch-amd64')}, ${link('runtme')} | |`),
        entry,
        ...teams,
        errors: [{ at: '3:97-103', field: 'Maintainers', rowKey: 'amd64', suggestion: 'runtime', message: 'Maintainers "runtme" of "amd64" is not in teams: no item has team "runtme". Did you mean "runtime"?' }],
      },
      {
        name: 'a team far from every known one: take it out of the cell, not the row',
        markdown: kata(`| amd64 | Supported | ${link('arch-amd64')}, ${link('storage-x')} | |`),
        entry,
        ...teams,
        errors: [
          {
            at: '3:97-106',
            field: 'Maintainers',
            rowKey: 'amd64',
            message: 'Maintainers "storage-x" of "amd64" is not in teams: no item has team "storage-x". Fix the name, or take it out of the cell if it is gone.',
          },
        ],
      },
      {
        name: 'an unknown team is underlined where it stands, not inside a longer name before it',
        markdown: kata(`| amd64 | Supported | ${link('arch-amd64')}, ${link('arch')} | |`),
        entry,
        ...teams,
        errors: [{ at: '3:97-101', field: 'Maintainers', rowKey: 'amd64', message: 'Maintainers "arch" of "amd64" is not in teams: no item has team "arch". Fix the name, or take it out of the cell if it is gone.' }],
      },
      {
        name: 'a filled cell in which the pattern finds no value is said, not passed unchecked',
        markdown: kata(`| amd64 | Supported | ${link('arch-amd64')} | |`, '| s390x | Supported | @acme on Slack | |'),
        entry,
        ...teams,
        errors: [
          {
            at: '4:23-37',
            field: 'Maintainers',
            rowKey: 's390x',
            severity: 'warning',
            message: 'Maintainers of "s390x" holds nothing the pattern @[a-z0-9-]+/(?<value>[a-z0-9-]+) reads as a value, so it is not checked against teams: write the value as the other rows do, or widen the pattern.',
          },
        ],
      },
      {
        name: 'a pattern that finds a value in no cell checks nothing: said once, on the header',
        markdown: kata(`| amd64 | Supported | ${link('arch-amd64')} | |`),
        entry: { ...entry, references: [{ ...entry.references[0]!, pattern: '@kata/(?<value>[a-z0-9-]+)' }] },
        ...teams,
        errors: [
          {
            at: '1:3-48',
            message:
              'The reference to teams reads Maintainers with the pattern @kata/(?<value>[a-z0-9-]+), which finds a value in none of its 1 filled cells, so nothing there is checked against teams: fix the pattern (its group "value" is one value of a cell).',
          },
        ],
      },
    ],
  });

  testRule('reference-unlisted', {
    valid: [{ name: 'off by default for a column that is not the key', markdown: kata(`| amd64 | Supported | ${link('arch-amd64')} | |`), entry, ...teams }],
    invalid: [
      {
        name: 'asked for, an unnamed team is to be named in a cell, not given a row',
        markdown: kata(`| amd64 | Supported | ${link('arch-amd64')}, ${link('arch-s390x')} | |`),
        entry: { ...entry, references: [{ ...entry.references[0]!, unlisted: 'warning' as const }] },
        ...teams,
        errors: [{ at: '1:3-48', field: 'Maintainers', rowKey: 'runtime', message: 'teams has "runtime", but no Maintainers cell names it: name it where it belongs, or set unlisted: off for this reference.' }],
      },
    ],
  });
});

/**
 * Kubernetes' feature-gate page: a row per gate and stage, checked against a
 * registry that keeps each gate's stages in a list (versioned_feature_list.yaml).
 * `each:` makes an item of every stage, `with:` makes the Stage column part of
 * what a row names.
 */
describe('a row per gate and stage (with:, each:)', () => {
  const registry = [
    '- name: APIResponseCompression',
    '  versionedSpecs:',
    '  - { default: false, lockToDefault: false, preRelease: Alpha, version: "1.7" }',
    '  - { default: true, lockToDefault: false, preRelease: Beta, version: "1.16" }',
    '- name: AnyVolumeDataSource',
    '  versionedSpecs:',
    '  - { default: false, lockToDefault: false, preRelease: Alpha, version: "1.18" }',
    '  - { default: true, lockToDefault: false, preRelease: Beta, version: "1.24" }',
    '  - { default: true, lockToDefault: true, preRelease: GA, version: "1.33" }',
    '',
  ].join('\n');
  const k8s = {
    files: { 'versioned_feature_list.yaml': registry },
    sources: { gates: { file: 'versioned_feature_list.yaml', each: 'versionedSpecs', key: 'name' } },
    entry: {
      order: false as const,
      unique: { scope: 'table' as const, by: ['Feature', 'Stage'] },
      references: [{ source: 'gates', column: 'Feature', with: { Stage: { field: 'preRelease' } }, agree: { Since: { field: 'version' }, Default: { field: 'default' } } }],
    },
  };
  const page = (...rows: string[]) => md('| Feature | Default | Stage | Since | Until |', '|---------|---------|-------|-------|-------|', ...rows);
  const ROWS = [
    '| APIResponseCompression | false | Alpha | 1.7 | 1.15 |',
    '| APIResponseCompression | true | Beta | 1.16 | |',
    '| AnyVolumeDataSource | false | Alpha | 1.18 | 1.23 |',
    '| AnyVolumeDataSource | true | Beta | 1.24 | 1.32 |',
    '| AnyVolumeDataSource | true | GA | 1.33 | |',
  ];

  testRule('reference-unknown', {
    valid: [
      { name: 'each row names the stage it is about', markdown: page(...ROWS), ...k8s },
      {
        // Neither "unknown with Stage Alpha" on the row nor "has NewThing with Stage \"\"" on the header.
        name: 'a gate with no versioned specs yet is named by its row, whatever stage the row gives it',
        markdown: page(...ROWS, '| NewThing | false | Alpha | 1.33 | |'),
        ...k8s,
        files: { 'versioned_feature_list.yaml': `${registry}- name: NewThing\n` },
        entry: { ...k8s.entry, references: [{ ...k8s.entry.references[0]!, unlisted: 'warning' as const, agree: {} }] },
      },
    ],
    invalid: [
      {
        name: 'a stage the gate never had is named on the Stage cell, with the stages it had',
        markdown: page(ROWS[0]!, '| APIResponseCompression | true | GA | 1.16 | |', ...ROWS.slice(2)),
        ...k8s,
        errors: [
          {
            at: '4:35-37',
            field: 'Stage',
            rowKey: 'APIResponseCompression',
            message: 'Feature "APIResponseCompression" with Stage "GA" is not in gates: its items "APIResponseCompression" have Stage "Alpha" and "Beta". Fix the row, or remove it if it is gone.',
          },
        ],
      },
    ],
  });

  testRule('option-column', {
    valid: [{ name: 'the table has every column the reference reads', markdown: page(...ROWS), ...k8s }],
    invalid: [
      {
        name: 'a with: column the table lacks is said on the header, naming the option to fix',
        markdown: page(...ROWS).replace('| Stage |', '| Phase |'),
        ...k8s,
        errors: ['unique.by', 'references[0].with'].map((option) => ({
          at: '1:3-44',
          message: `The option ${option} names the column "Stage", which this table does not have, so that check does nothing here: fix the name in the config or schema, or add the column.`,
        })),
      },
    ],
  });

  testRule('reference-unlisted', {
    valid: [{ name: 'every stage of every gate has its row', markdown: page(...ROWS), ...k8s }],
    invalid: [
      {
        name: 'a stage without its row is listed, the gate\'s other stages are not',
        markdown: page(...ROWS.slice(0, 4)),
        ...k8s,
        errors: [{ at: '1:3-44', field: 'Feature', rowKey: 'AnyVolumeDataSource', message: 'gates has "AnyVolumeDataSource" with Stage "GA", but no Feature row names it: add a row for it.' }],
      },
    ],
  });

  testRule('reference-disagree', {
    valid: [{ name: 'each row agrees with its own stage, not with the gate\'s last', markdown: page(...ROWS), ...k8s }],
    invalid: [
      {
        name: 'a Since and a Default that are not the stage\'s, fixed to it',
        markdown: page(ROWS[0]!, '| APIResponseCompression | false | Beta | 1.15 | |', ...ROWS.slice(2)),
        ...k8s,
        errors: [
          { at: '4:28-33', field: 'Default', rowKey: 'APIResponseCompression', suggestion: 'true', message: 'Default "false" of "APIResponseCompression" disagrees with gates (APIResponseCompression: default "true").' },
          { at: '4:43-47', field: 'Since', rowKey: 'APIResponseCompression', suggestion: '1.16', message: 'Since "1.15" of "APIResponseCompression" disagrees with gates (APIResponseCompression: version "1.16").' },
        ],
        output: page(...ROWS),
      },
    ],
  });
});

testRule('option-column', {
  valid: [{ name: 'a reference column the table has', markdown: table(...ALL), entry: { order: false as const, references: [{ source: 'gates', column: 'FEATURE GATE' }] }, ...base }],
  invalid: [
    {
      name: 'a misspelt reference column is reported on the header with the closest column, not passed',
      markdown: table(...ALL),
      entry: { order: false as const, references: [{ source: 'gates', column: 'FEATURE GATES' }] },
      ...base,
      errors: [{ at: '1:1-35', message: 'The option references[0].column names the column "FEATURE GATES", which this table does not have, so that check does nothing here. Did you mean "FEATURE GATE"?' }],
    },
  ],
});

describe('keys in other Unicode forms', () => {
  const unicode = {
    files: { 'gates.json': JSON.stringify([{ const: 'Caf\u00e9Gate', state: 'Alpha' }, { const: 'KelvinGate', state: 'Alpha' }]) },
    sources: { gates: { file: 'gates.json', key: 'const' } },
    preset: 'kubevirt-feature-gates',
  };
  const decomposed = table('Cafe\u0301Gate | Alpha | SUPPORTED', 'KelvinGate | Alpha | SUPPORTED');
  // é typed as e + a combining accent is the same text (NFC): no finding, and the item is listed.
  testRule('reference-unknown', {
    valid: [{ name: 'a name in decomposed form (e + combining accent) is the same name', markdown: decomposed, entry: { order: false as const, references: [{ source: 'gates', unknown: 'error' as const }] }, ...unicode }],
    invalid: [
      {
        name: 'a name with a compatibility look-alike (a full-width K) is spelt as the source does, and the message says which character differs',
        markdown: table('Caf\u00e9Gate | Alpha | SUPPORTED', '\uFF2BelvinGate | Alpha | SUPPORTED'),
        entry: { order: false as const, references: [{ source: 'gates', unknown: 'error' as const }] },
        ...unicode,
        errors: [
          {
            at: '4:1-11',
            field: 'FEATURE GATE',
            rowKey: '\uFF2BelvinGate',
            severity: 'warning',
            suggestion: 'KelvinGate',
            message: 'FEATURE GATE "\uFF2BelvinGate" is spelt "KelvinGate" in gates: the row writes U+FF2B (read as "K"), which only looks like the source\'s letters; type the name as the source does (a name is matched exactly).',
          },
        ],
        output: table('Caf\u00e9Gate | Alpha | SUPPORTED', 'KelvinGate | Alpha | SUPPORTED'),
      },
    ],
  });
  it('reference-unlisted: an item named in decomposed form, or with the Kelvin sign (canonically K), is listed', async () => {
    const { lintCase } = await import('./rule-tester.js');
    const found = await lintCase('reference-unlisted', { name: '', markdown: decomposed.replace('KelvinGate', '\u212AelvinGate'), entry: { order: false as const, references: [{ source: 'gates', unlisted: 'error' as const }] }, ...unicode });
    expect(found).toEqual([]);
  });
});

describe('two items whose names differ only in case', () => {
  const twins = {
    files: { 'gates.json': JSON.stringify([{ const: 'AGate', state: 'Alpha' }, { const: 'Agate', state: 'GA' }]) },
    sources: { gates: { file: 'gates.json', key: 'const' } },
    preset: 'kubevirt-feature-gates',
  };
  const entry = { order: false as const, references: [{ source: 'gates', unknown: 'error' as const, agree: { GRADUATION: { field: 'state' } } }] };
  testRule('reference-unknown', {
    valid: [{ name: 'each written as the source does', markdown: table('AGate | Alpha | SUPPORTED', 'Agate | GA | SUPPORTED'), entry, ...twins }],
    invalid: [
      {
        name: 'a row in a third case names neither: said, with no fix and no pick',
        markdown: table('AGate | Alpha | SUPPORTED', 'agate | Beta | SUPPORTED'),
        entry,
        ...twins,
        errors: [{ at: '4:1-6', field: 'FEATURE GATE', rowKey: 'agate', message: 'FEATURE GATE "agate" is not in gates as written, which has "AGate" and "Agate", names that differ only in case: write the one the row means.' }],
      },
    ],
  });
  testRule('reference-disagree', {
    valid: [{ name: 'a row that names neither is checked against neither', markdown: table('AGate | Alpha | SUPPORTED', 'agate | Beta | SUPPORTED'), entry, ...twins }],
    invalid: [],
  });
});
