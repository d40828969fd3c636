import { chooseConfig, configFile, loadAsync, type Read } from '../../src/action/config-source.js';

// A stand-in for loadConfig: the config names one schema file, both are read through `read`.
const load = (file: string | null, read: Read): string => {
  if (file === null) return 'presets';
  const text = read(file);
  if (text === undefined) throw new Error(`cannot read ${file}`);
  if (text.includes('BROKEN')) throw new Error(`${file}: tables/0: must have "files"`);
  const schema = /schema: (\S+)/.exec(text)?.[1];
  const schemaText = schema === undefined ? '' : read(schema);
  if (schema !== undefined && schemaText === undefined) throw new Error(`schema ${schema} not found`);
  return `${text} + ${schemaText}`;
};

const files = (map: Record<string, string>) => ({
  read: ((p: string) => map[p]) as Read,
  fetch: async (p: string) => map[p],
});

const CONFIG = '.github/support-table-lint.yml';

describe('trusted config', () => {
  const base = files({ [CONFIG]: 'schema: s.json', 's.json': 'strict' });

  it('finds the config file, the alternate name, or none', () => {
    expect(configFile(CONFIG, (p) => p === CONFIG)).toBe(CONFIG);
    expect(configFile(CONFIG, (p) => p === '.support-table-lint.yml')).toBe('.support-table-lint.yml');
    expect(configFile(CONFIG, () => false)).toBeNull();
    expect(() => configFile('lint.yml', () => false)).toThrow('The config file "lint.yml" (input `config`) does not exist.');
    expect(configFile('lint.yml', () => false, true)).toBeNull();
  });

  it('loads a synchronous loader over an asynchronous source', async () => {
    const { value, files: read } = await loadAsync((r) => load(CONFIG, r), base.fetch);
    expect(value).toBe('schema: s.json + strict');
    expect([...read.keys()]).toEqual([CONFIG, 's.json']);
  });

  it('judges a PR that loosens the schema with the base version, and says so', async () => {
    const head = files({ [CONFIG]: 'schema: s.json', 's.json': 'loose' });
    const chosen = await chooseConfig({ input: CONFIG, load, head: head.read, base: base.fetch });
    expect(chosen).toEqual({
      config: 'schema: s.json + strict',
      notices: [
        'This pull request changes s.json; it is judged with the config of its base commit (trusted-config: base). The new rules apply once it is merged.',
      ],
    });
  });

  it('notices a schema the PR newly points to', async () => {
    const head = files({ [CONFIG]: 'schema: t.json', 's.json': 'strict', 't.json': 'anything' });
    const chosen = await chooseConfig({ input: CONFIG, load, head: head.read, base: base.fetch });
    expect(chosen.config).toBe('schema: s.json + strict');
    expect(chosen.notices[0]).toMatch(/^This pull request changes \.github\/support-table-lint\.yml, t\.json;/);
  });

  it('still validates the head config and reports it when broken', async () => {
    const head = files({ [CONFIG]: 'BROKEN', 's.json': 'strict' });
    const chosen = await chooseConfig({ input: CONFIG, load, head: head.read, base: base.fetch });
    expect(chosen.config).toBe('schema: s.json + strict');
    expect(chosen.headError).toBe(
      "This pull request's config is broken and will fail once merged: .github/support-table-lint.yml: tables/0: must have \"files\"",
    );
  });

  it('judges a PR that adds the config with the presets the base had', async () => {
    const head = files({ [CONFIG]: 'schema: s.json', 's.json': 'x' });
    const chosen = await chooseConfig({ input: CONFIG, load, head: head.read, base: files({}).fetch });
    expect(chosen.config).toBe('presets');
    expect(chosen.notices[0]).toMatch(/changes \.github\/support-table-lint\.yml, s\.json; it is judged with the built-in presets of its base commit/);
  });

  it('says nothing when the PR leaves the config alone, and reads the head without a base', async () => {
    expect(await chooseConfig({ input: CONFIG, load, head: base.read, base: base.fetch })).toEqual({ config: 'schema: s.json + strict', notices: [] });
    expect(await chooseConfig({ input: CONFIG, load, head: base.read })).toEqual({ config: 'schema: s.json + strict', notices: [] });
  });
});
