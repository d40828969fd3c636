import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMarkdown } from '../../src/rules/docs.js';

it('the README lists every rule with its severity and description (run `npm run docs` to update)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
  expect(section?.[1]).toBe(rulesMarkdown());
});
