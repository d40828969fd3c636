/**
 * Every package the source imports at run time is justified in one line of
 * the README's design section ("Runtime dependencies"), and is declared in
 * package.json: the table is tested against the imports, not kept by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'src';

/** Bare specifiers of value imports (`import type` is erased), as package names. */
function importedPackages(): Set<string> {
  const packages = new Set<string>();
  const files = readdirSync(SOURCE, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), 'utf8');
    for (const match of text.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'|import\('([^'.][^']*)'\)/gm)) {
      const specifier = (match[1] ?? match[2])!;
      // node's own modules, and modules the build makes (rollup.config.js)
      if (specifier.startsWith('node:') || specifier.startsWith('virtual:')) continue;
      const parts = specifier.split('/');
      packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return packages;
}

function designTable(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('### Runtime dependencies');
  const end = readme.indexOf('<!-- /section: design -->', start);
  expect(start).toBeGreaterThan(-1);
  return readme.slice(start, end);
}

describe('runtime dependencies', () => {
  const packages = importedPackages();
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const declared = { ...manifest.dependencies, ...manifest.devDependencies };

  it('finds the imports it checks', () => {
    expect(packages.has('ajv')).toBe(true);
    expect(packages.has('mdast-util-from-markdown')).toBe(true);
  });

  it('justifies every imported package in the README design section', () => {
    const table = designTable();
    expect([...packages].filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });

  it('declares every imported package in package.json', () => {
    expect([...packages].filter((name) => declared[name] === undefined)).toEqual([]);
  });
});
