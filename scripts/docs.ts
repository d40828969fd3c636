// Rewrites the README's generated rule table from the rule registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../src/rules/docs.js';

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- rules:start -->\n[\s\S]*?<!-- rules:end -->/, `<!-- rules:start -->\n${rulesMarkdown()}\n<!-- rules:end -->`);
writeFileSync('README.md', updated);
