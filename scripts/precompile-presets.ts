/**
 * Build step (rollup.config.js runs it): the built-in presets' validators as
 * Ajv standalone code, so that the bundles validate preset tables without
 * loading or running Ajv (about 40 ms of a small run's start-up). The code
 * is generated from the same Ajv set-up as at run time (schema/ajv.ts), so
 * it reports the same errors; the `linkAgreement` keyword, which Ajv compiles
 * to a closure, is re-created by calling its compile function from
 * link-agreement.ts with the same schema. Nothing generated is committed:
 * the module only exists inside dist/.
 */
import standaloneModule from 'ajv/dist/standalone/index.js';
import { _Code, type Name } from 'ajv/dist/compile/codegen/code.js';
import { createAjv } from '../src/schema/ajv.js';
import { LINK_AGREEMENT_KEYWORD, MADE_FROM } from '../src/schema/link-agreement.js';
import { CONFIG_SCHEMA_ID, PRESET_SCHEMAS } from '../src/schema/preset-schemas.js';

type Standalone = (ajv: unknown, exports: Record<string, string>) => string;
// CommonJS with `exports.default`: the default import is the module under NodeNext.
const standaloneCode = ((standaloneModule as unknown as { default?: Standalone }).default ?? standaloneModule) as unknown as Standalone;

/**
 * An ES module exporting `PRECOMPILED_PRESETS` (see src/schema/precompiled.ts)
 * or, with `which: 'config'`, `PRECOMPILED_CONFIG` (src/schema/precompiled-config.ts:
 * a chunk of its own, loaded only with a config file, since its 128 KB are
 * most of the start-up's compile time otherwise); `linkAgreementModule` and
 * `regexModule` are where its imports point. The generated code calls
 * `compilePattern` (regex.ts) for every `pattern`, as Ajv's `code.regExp`
 * option names it, so presets match with RE2 too.
 */
export function presetValidatorsModule(linkAgreementModule: string, regexModule: string, which: 'presets' | 'config' = 'presets'): string {
  const ajv = createAjv();
  ajv.opts.code.source = true;
  ajv.opts.code.esm = true;
  const exports: Record<string, string> = {};
  const names = Object.keys(PRESET_SCHEMAS);
  if (which === 'presets') {
    names.forEach((name, i) => {
      ajv.compile(PRESET_SCHEMAS[name]!);
      exports[`preset${i}`] = (PRESET_SCHEMAS[name] as { $id: string }).$id;
    });
  } else {
    // A config of presets only then needs no Ajv at run time.
    ajv.getSchema(CONFIG_SCHEMA_ID);
    exports['configValidator'] = CONFIG_SCHEMA_ID;
  }
  // Ajv keeps compiled keyword closures as scope values without code; give them code.
  const scope = (ajv as unknown as { scope: { _values: Record<string, Map<unknown, Name & { value?: { ref: unknown; code?: unknown } }>> } }).scope;
  for (const name of scope._values['keyword']?.values() ?? []) {
    const made = (name.value?.ref as { [MADE_FROM]?: { schema: unknown; parentSchema: unknown } } | undefined)?.[MADE_FROM];
    if (made === undefined) throw new Error(`keyword closure ${String(name)} is not a ${LINK_AGREEMENT_KEYWORD} check`);
    name.value!.code = new _Code(`compileLinkAgreement(${JSON.stringify(made.schema)}, ${JSON.stringify(made.parentSchema)})`);
  }
  // Ajv's runtime helpers come as `require("...").default`; a bundle of ES modules imports them instead.
  const imports: string[] = [];
  const code = standaloneCode(ajv, exports).replace(/require\(("[^"]+")\)\.default/g, (_whole, path: string) => {
    imports.push(`import * as runtime${imports.length} from ${path};`);
    return `runtime${imports.length - 1}.default`;
  });
  if (/require\(/.test(code)) throw new Error('the generated validators require a module in an unexpected way');
  return [
    `import { compileLinkAgreement } from ${JSON.stringify(linkAgreementModule)};`,
    `import { compilePattern } from ${JSON.stringify(regexModule)};`,
    ...imports,
    // Keyword closures are called with the Ajv instance as \`this\`; linkAgreement's does not use it.
    'const self = undefined;',
    code,
    which === 'presets'
      ? `export const PRECOMPILED_PRESETS = { ${names.map((name, i) => `${JSON.stringify(name)}: preset${i}`).join(', ')} };`
      : 'export const PRECOMPILED_CONFIG = configValidator;',
  ].join('\n');
}
