import { chooseConfig, configFile, MAX_HEAD_CONFIG_CHARS } from '../../src/action/config-source.js';
import type { ReadText } from '../../src/config/load.js';

// A stand-in for loadConfig: the config names one schema file, both are read through `read`.
const load = async (file: string | null, read: ReadText): Promise<string> => {
  if (file === null) return 'presets';
  const text = await read(file);
  if (typeof text !== 'string') throw new Error(`cannot read ${file}`);
  if (text.includes('BROKEN')) throw new Error(`${file}: tables/0: must have "files"`);
  const schema = /schema: (\S+)/.exec(text)?.[1];
  const schemaText = schema === undefined ? '' : await read(schema);
  if (schema !== undefined && typeof schemaText !== 'string') throw new Error(`schema ${schema} not found`);
  return `${text} + ${schemaText}`;
};

const files = (map: Record<string, string>) => {
  const read: ReadText = async (p) => map[p];
  return { read, fetch: read };
};
const exists = (...paths: string[]) => async (p: string) => paths.includes(p);

const CONFIG = '.github/support-table-lint.yml';

describe('trusted config', () => {
  const base = files({ [CONFIG]: 'schema: s.json', 's.json': 'strict' });

  it('finds the config file, the alternate name, or none', async () => {
    expect(await configFile(CONFIG, exists(CONFIG))).toBe(CONFIG);
    expect(await configFile(CONFIG, exists('.support-table-lint.yml'))).toBe('.support-table-lint.yml');
    expect(await configFile(CONFIG, exists())).toBeNull();
    await expect(configFile('lint.yml', exists())).rejects.toThrow('The config file "lint.yml" (input `config`) does not exist.');
    expect(await configFile('lint.yml', exists(), true)).toBeNull();
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
    // Its error says it all: "the new rules apply once it is merged" would not be true.
    expect(chosen.notices).toEqual([]);
  });

  it('does not compile a head config whose schemas pass the bound: a notice, no failure, the base judges', async () => {
    const big = 'x'.repeat(MAX_HEAD_CONFIG_CHARS);
    let compiled = 0;
    const counting = async (file: string | null, read: ReadText): Promise<string> => {
      const config = await load(file, read);
      compiled++;
      return config;
    };
    const head = files({ [CONFIG]: 'schema: s.json', 's.json': big });
    const chosen = await chooseConfig({ input: CONFIG, load: counting, head: head.read, base: base.fetch });
    expect(compiled).toBe(1); // the base's, not the head's
    expect(chosen.config).toBe('schema: s.json + strict');
    expect(chosen.headError).toBeUndefined();
    expect(chosen.notices[0]).toBe(
      "This pull request's config was not checked: with its schemas it is more than 512 KiB of text, more than the Action compiles from a pull request (trusted-config: base). The pull request is judged with the config of its base commit; run support-table-lint on the branch to check its config.",
    );
  });

  it('says nothing of a big config the PR leaves as the base has it, and counts each file once', async () => {
    // The config is read to find it, then to load it: 300 KiB once, not 600.
    const config = `schema: s.json\n#${'x'.repeat(300 * 1024)}`;
    const same = files({ [CONFIG]: config, 's.json': 'strict' });
    const fine = await chooseConfig({ input: CONFIG, load, head: same.read, base: same.fetch });
    expect(fine).toEqual({ config: `${config} + strict`, notices: [] });
    const big = files({ [CONFIG]: 'schema: s.json', 's.json': 'x'.repeat(MAX_HEAD_CONFIG_CHARS + 1) });
    expect(await chooseConfig({ input: CONFIG, load, head: big.read, base: big.fetch })).toEqual({ config: `schema: s.json + ${'x'.repeat(MAX_HEAD_CONFIG_CHARS + 1)}`, notices: [] });
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
