// Rewrites the README's quick-start output block with what the bundled CLI prints on examples/ today.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const env = { ...process.env };
delete env.NO_COLOR;
const run = spawnSync(process.execPath, ['dist/cli.js', 'examples/'], { encoding: 'utf8', env });
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/(node dist\/cli\.js examples\/\n```\n[^`]*```text\n)[^`]*```/, (_, head) => `${head}${run.stdout}\`\`\``);
writeFileSync('README.md', updated);
