import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMarkdown } from '../../src/rules/docs.js';
import { allRuleMetas } from '../../src/rules/index.js';

it('the README lists every rule with its severity and description (run `npm run docs` to update)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
  expect(section?.[1]).toBe(rulesMarkdown());
});

it("the README's list of what --fix mends names every fixable rule, and only those", () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const fixing = /\nWhat is fixed:\n([\s\S]*?)\n\n(?!- |  )/.exec(readme)?.[1] ?? '';
  const listed = [...fixing.matchAll(/^- `([a-z-]+)`:/gm)].map((match) => match[1]).sort();
  expect(listed).toEqual(allRuleMetas.filter((meta) => meta.fixable).map((meta) => meta.id).sort());
});
