/**
 * Generated support tables in the four forms of issue 11, for the
 * differential tests: KubeVirt's pipe-less rows, Kata cells with team links,
 * inline code, emphasis and escaped pipes, rows with blanks after the
 * closing pipe, and rows with fewer or more cells than the header.
 */
const KATA = '| Feature | Support State | Maintainers | Notes |\n|---|---|---|---|\n';
export const FORMS: Record<string, { head: string; row: (i: number) => string }> = {
  'KubeVirt pipe-less': {
    head: '# Gates\n\nFEATURE GATE | GRADUATION | STATUS\n-- | -- | --\n',
    row: (i) => `Gate${i} | ${['Alpha', 'Beta', 'GA'][i % 3]} | ${i % 7 ? 'UNVERIFIED' : 'UNSUPPORTED'}`,
  },
  'Kata links, code, emphasis, escaped pipes': {
    head: '# Support\n\n' + KATA,
    row: (i) =>
      `| f${i} | ${i % 5 ? 'Supported' : '**Best-effort**'} | [@org/t-${i % 9}](https://github.com/orgs/org/teams/t-${i % 9})${i % 3 ? '*' : ''} | \`o_${i} \\| x\` and **care** \\| _see_ ${i % 4 ? '*this*' : '__that__'} |`,
  },
  'trailing blanks': { head: '# Support\n\n' + KATA, row: (i) => `| f${i} | Best-effort | | fine |${' '.repeat(1 + (i % 4))}${i % 5 ? '' : '\t'}` },
  'fewer or more cells': { head: '# Support\n\n' + KATA, row: (i) => ['| a |', `| f${i} | S | m |`, `| f${i} | S | m | n | extra |`, `f${i} | S`, '|', '||'][i % 6]! },
};

