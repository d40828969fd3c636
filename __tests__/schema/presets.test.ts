import { loadConfig } from '../../src/config/load.js';
import { lintText } from '../../src/engine/pipeline.js';
import { schemaRules } from '../../src/rules/index.js';
import { createAjv } from '../../src/schema/ajv.js';
import { CONFIG_SCHEMA } from '../../src/schema/preset-schemas.js';
import { compilePresets, PRESET_NAMES, PRESET_SCHEMAS } from '../../src/schema/presets.js';
import { team, teams, type CellSpec } from './helpers.js';

/** What a schema rule reports on a row, as these tables list it. */
interface SchemaFinding {
  rule: string;
  field?: string;
  message: string;
  suggestion?: string;
  severity?: string;
}

const SCHEMA_RULES = new Set(schemaRules.map((rule) => rule.meta.id));
const noConfig = loadConfig({ file: null, read: async () => undefined });

/** One row through the real pipeline (the presets apply by header), the schema rules' findings. */
async function lintRow(header: string[], cells: (string | CellSpec)[], group?: string): Promise<SchemaFinding[]> {
  const raw = cells.map((cell) => (typeof cell === 'string' ? cell : cell.raw).replace(/\|/g, '\\|'));
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' - |').join('')}`];
  if (group) lines.push(`| **${group}** |${header.slice(1).map(() => ' |').join('')}`);
  lines.push(`| ${raw.join(' | ')} |`);
  const result = await lintText('t.md', lines.join('\n') + '\n', await noConfig);
  return result.violations
    .filter((v) => SCHEMA_RULES.has(v.rule))
    .map((v) => ({
      rule: v.rule,
      ...(v.field !== undefined ? { field: v.field } : {}),
      message: v.message,
      ...(v.suggestion !== undefined ? { suggestion: v.suggestion } : {}),
      ...(v.severity !== 'error' ? { severity: v.severity } : {}),
    }));
}

const presets = new Map(compilePresets(createAjv()).map(({ name, schema }) => [name, schema]));
const kubevirt = presets.get('kubevirt-feature-gates')!;
const kata = presets.get('kata-support-levels')!;

const LEVELS = 'Supported, Best-effort, Not maintained, Experimental, Deprecated, Obsolete';
const TEAM_LIST =
  'is not a list of team links; use [@org/team](https://github.com/orgs/org/teams/team), each optionally followed by *, separated by commas (org and team in lowercase letters, digits and hyphens), or leave the cell empty.';

describe('built-in presets', () => {
  test('names, stable $ids and table options', () => {
    expect(PRESET_NAMES).toEqual(['kubevirt-feature-gates', 'kata-support-levels']);
    for (const name of PRESET_NAMES) {
      expect((PRESET_SCHEMAS[name] as { $id: string }).$id).toBe(
        `https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/${name}.schema.json`,
      );
    }
    const config = CONFIG_SCHEMA as { $defs: { tableEntry: { properties: { preset: { enum: string[] } } } } };
    expect(config.$defs.tableEntry.properties.preset.enum).toEqual(PRESET_NAMES);
    expect(kubevirt.required).toEqual(['FEATURE GATE', 'GRADUATION', 'STATUS']);
    expect(kubevirt.options).toEqual({
      key: 'FEATURE GATE',
      unique: { scope: 'table' },
      order: { scope: 'table' },
      groups: false,
      notes: { heading: 'Notes', requiredWhen: { STATUS: ['UNSUPPORTED', 'PENDING'] }, reportUnknown: true },
      transitions: {
        GRADUATION: { Alpha: ['Beta', 'GA', 'Deprecated'], Beta: ['GA', 'Deprecated'], GA: ['Deprecated'], Deprecated: ['Discontinued'], Discontinued: [] },
        removed: { when: { GRADUATION: ['GA', 'Deprecated', 'Discontinued'] } },
      },
    });
    expect(kata.required).toEqual(['Feature', 'Support State', 'Maintainers', 'Notes']);
    expect(kata.properties).toEqual(['Feature', 'Support State', 'Maintainers', 'Notes']);
    expect(kata.options).toEqual({
      key: 'Feature',
      unique: { scope: 'table' },
      order: false,
      groups: true,
      legend: { heading: 'Levels of Support', column: 'Support State', optional: true },
      transitions: { removed: { when: { 'Support State': ['Deprecated', 'Obsolete'] } } },
      severities: { transition: 'warning' },
    });
  });
});

describe('kubevirt-feature-gates rows', () => {
  const gate = (name: string, graduation: string, status: string) => lintRow(['FEATURE GATE', 'GRADUATION', 'STATUS'], [name, graduation, status]);

  test.each([
    ['CPUManager', 'GA', 'SUPPORTED'],
    ['HostDisk', 'Beta', 'PENDING'],
    ['Gate2', 'Alpha', 'UNSUPPORTED'],
    ['x', 'Deprecated', 'UNVERIFIED'],
    ['OldGate', 'Discontinued', 'SUPPORTED'],
  ])('valid: %s | %s | %s', async (name, graduation, status) => {
    expect(await gate(name, graduation, status)).toEqual([]);
  });

  test.each<[string, string, string, SchemaFinding[]]>([
    [
      'Host-Disk',
      'GA',
      'SUPPORTED',
      [
        {
          rule: 'cell-format',
          field: 'FEATURE GATE',
          message: 'FEATURE GATE "Host-Disk" is not an identifier; use a letter followed by letters and digits only (^[A-Za-z][A-Za-z0-9]*$).',
        },
      ],
    ],
    [
      '2ndGate',
      'GA',
      'SUPPORTED',
      [
        {
          rule: 'cell-format',
          field: 'FEATURE GATE',
          message: 'FEATURE GATE "2ndGate" is not an identifier; use a letter followed by letters and digits only (^[A-Za-z][A-Za-z0-9]*$).',
        },
      ],
    ],
    ['', 'GA', 'SUPPORTED', [{ rule: 'required-cell', field: 'FEATURE GATE', message: 'FEATURE GATE of this row is empty; a value is required.' }]],
    [
      'Gate',
      'Stable',
      'SUPPORTED',
      [{ rule: 'allowed-values', field: 'GRADUATION', message: 'GRADUATION "Stable" of "Gate" is not one of Alpha, Beta, GA, Deprecated, Discontinued.' }],
    ],
    [
      'Gate',
      'beta',
      'supported',
      [
        {
          rule: 'allowed-values',
          field: 'GRADUATION',
          message: 'GRADUATION "beta" of "Gate" is not one of Alpha, Beta, GA, Deprecated, Discontinued. Did you mean "Beta"?',
          suggestion: 'Beta',
        },
        {
          rule: 'allowed-values',
          field: 'STATUS',
          message: 'STATUS "supported" of "Gate" is not one of SUPPORTED, PENDING, UNSUPPORTED, UNVERIFIED. Did you mean "SUPPORTED"?',
          suggestion: 'SUPPORTED',
        },
      ],
    ],
    [
      'Gate',
      'GA',
      'verified',
      [{ rule: 'allowed-values', field: 'STATUS', message: 'STATUS "verified" of "Gate" is not one of SUPPORTED, PENDING, UNSUPPORTED, UNVERIFIED.' }],
    ],
    [
      'Gate',
      '',
      'Not supported yet',
      [
        { rule: 'allowed-values', field: 'GRADUATION', message: 'GRADUATION of "Gate" is empty; expected one of Alpha, Beta, GA, Deprecated, Discontinued.' },
        {
          rule: 'allowed-values',
          field: 'STATUS',
          message: 'STATUS "Not supported yet" of "Gate" is not one of SUPPORTED, PENDING, UNSUPPORTED, UNVERIFIED.',
        },
      ],
    ],
  ])('invalid: %j | %j | %j', async (name, graduation, status, expected) => {
    expect(await gate(name, graduation, status)).toEqual(expected);
  });
});

describe('kata-support-levels rows', () => {
  const feature = (name: string, state: string, maintainers: string | CellSpec, notes: string) =>
    lintRow(['Feature', 'Support State', 'Maintainers', 'Notes'], [name, state, maintainers, notes], 'Architectures');

  test.each<[string, string, string | CellSpec, string]>([
    ['amd64', 'Supported', teams(team('kata-containers', 'arch-amd64')), ''],
    ['storage', 'Supported', teams(team('kata-containers', 'storage', true)), 'team to be created'],
    ['two teams', 'Best-effort', teams(team('acme', 'a1'), team('acme', 'b-2', true)), 'shared'],
    ['nobody', 'Not maintained', '', 'No maintainers'],
    ['new', 'Experimental', '', 'WIP'],
    ['old', 'Deprecated', '', 'Move away'],
    ['older', 'Obsolete', '', 'To be removed'],
    ['nbsp', 'Obsolete', { raw: '&nbsp;', text: '' }, 'An entity-only cell is empty'],
  ])('valid: %s | %s', async (name, state, maintainers, notes) => {
    expect(await feature(name, state, maintainers, notes)).toEqual([]);
  });

  test.each<[string, string, string | CellSpec, string, SchemaFinding[]]>([
    [
      'AMD SEV-SNP',
      'Best effort',
      teams(team('kata-containers', 'amd-snp')),
      'CI only',
      [
        {
          rule: 'allowed-values',
          field: 'Support State',
          message: `Support State "Best effort" of "AMD SEV-SNP" is not one of ${LEVELS}. Did you mean "Best-effort"?`,
          suggestion: 'Best-effort',
        },
      ],
    ],
    [
      'darwin',
      'Deprecated?',
      '',
      'Limited testing',
      [
        {
          rule: 'allowed-values',
          field: 'Support State',
          message: `Support State "Deprecated?" of "darwin" is not one of ${LEVELS}. Did you mean "Deprecated"?`,
          suggestion: 'Deprecated',
        },
      ],
    ],
    [
      'nydus',
      'best-effort',
      '',
      'CI on some platforms',
      [
        {
          rule: 'allowed-values',
          field: 'Support State',
          message: `Support State "best-effort" of "nydus" is not one of ${LEVELS}. Did you mean "Best-effort"?`,
          suggestion: 'Best-effort',
        },
      ],
    ],
    [
      'kata-ctl',
      'Deprecated and remove before 4.0?',
      '',
      'No CI',
      [{ rule: 'allowed-values', field: 'Support State', message: `Support State "Deprecated and remove before 4.0?" of "kata-ctl" is not one of ${LEVELS}.` }],
    ],
    [
      'qemu',
      'Supported',
      teams({ text: '@kata-containers/qemu', url: 'https://github.com/orgs/kata-containers/teams/qemu-team' }),
      '',
      [
        {
          rule: 'link-text-url',
          field: 'Maintainers',
          message:
            'Maintainers of "qemu" has a link [@kata-containers/qemu](https://github.com/orgs/kata-containers/teams/qemu-team) whose text names team "qemu" but whose URL names team "qemu-team"; the text and URL must agree. The URL is taken as right: [@kata-containers/qemu-team](https://github.com/orgs/kata-containers/teams/qemu-team).',
        },
      ],
    ],
    [
      'qemu',
      'Supported',
      teams({ text: '@kata-containers/qemu', url: 'https://github.com/orgs/confidential-containers/teams/qemu', star: true }),
      '',
      [
        {
          rule: 'link-text-url',
          field: 'Maintainers',
          message:
            'Maintainers of "qemu" has a link [@kata-containers/qemu](https://github.com/orgs/confidential-containers/teams/qemu) whose text names org "kata-containers" but whose URL names org "confidential-containers"; the text and URL must agree. The URL is taken as right: [@confidential-containers/qemu](https://github.com/orgs/confidential-containers/teams/qemu).',
        },
      ],
    ],
    [
      'peer pods',
      'Supported',
      '@bpradipt, @Amulyam24',
      '',
      [{ rule: 'cell-format', field: 'Maintainers', message: `Maintainers "@bpradipt, @Amulyam24" of "peer pods" ${TEAM_LIST}` }],
    ],
    [
      'peer pods',
      'Supported',
      { raw: '[@bpradipt](https://github.com/bpradipt)', text: '@bpradipt', links: [{ text: '@bpradipt', url: 'https://github.com/bpradipt' }] },
      '',
      [
        {
          rule: 'link-text-url',
          field: 'Maintainers',
          message:
            'Maintainers of "peer pods" has a link [@bpradipt](https://github.com/bpradipt) whose text does not match ^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$.',
        },
      ],
    ],
    [
      'upper',
      'Supported',
      teams(team('Kata', 'QEMU')),
      '',
      [
        {
          rule: 'link-text-url',
          field: 'Maintainers',
          message:
            'Maintainers of "upper" has a link [@Kata/QEMU](https://github.com/orgs/Kata/teams/QEMU) whose text does not match ^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$.',
        },
      ],
    ],
    [
      'no comma',
      'Supported',
      { raw: '[@a/b](https://github.com/orgs/a/teams/b) [@a/c](https://github.com/orgs/a/teams/c)', text: '@a/b @a/c', links: [team('a', 'b'), team('a', 'c')].map(({ text, url }) => ({ text, url })) },
      '',
      [
        {
          rule: 'cell-format',
          field: 'Maintainers',
          message: `Maintainers "[@a/b](https://github.com/orgs/a/teams/b) [@a/c](https://github.com/orgs/a/teams/c)" of "no comma" ${TEAM_LIST}`,
        },
      ],
    ],
    [
      'ubuntu',
      'Supported',
      '',
      'Tested in CI',
      [
        {
          rule: 'required-cell',
          field: 'Maintainers',
          message: 'Maintainers of "ubuntu" is empty; a Supported feature should name its maintainer team.',
          severity: 'warning',
        },
      ],
    ],
    [
      'risc-v',
      'Experimental',
      teams(team('kata-containers', 'arch-riscv')),
      '',
      [{ rule: 'required-cell', field: 'Notes', message: 'Notes of "risc-v" is empty; a note is required unless Support State is Supported.' }],
    ],
    [
      '',
      'Best-effort',
      '',
      'n/a',
      [{ rule: 'required-cell', field: 'Feature', message: 'Feature of this row is empty; a value is required.' }],
    ],
    [
      'blank',
      '',
      '',
      '',
      [
        // One finding per cell, in column order.
        { rule: 'allowed-values', field: 'Support State', message: `Support State of "blank" is empty; expected one of ${LEVELS}.` },
        { rule: 'required-cell', field: 'Notes', message: 'Notes of "blank" is empty; a note is required unless Support State is Supported.' },
      ],
    ],
  ])('invalid: %j | %j', async (name, state, maintainers, notes, expected) => {
    expect(await feature(name, state, maintainers, notes)).toEqual(expected);
  });
});
