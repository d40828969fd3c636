/**
 * Ajv skips meta-schema validation at run time (it is the slowest part of a
 * small run), so the schemas we ship are held to the meta-schema here.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CONFIG_SCHEMA, PRESET_SCHEMAS } from '../../src/schema/preset-schemas.js';

const metaValidator = new Ajv2020({ strict: false });

it.each([...Object.entries(PRESET_SCHEMAS), ['config', CONFIG_SCHEMA] as const])('%s is a valid draft 2020-12 schema', (_, schema) => {
  expect(metaValidator.validateSchema(schema)).toBe(true);
  expect(metaValidator.errors).toBeNull();
});

it.each(Object.entries(PRESET_SCHEMAS))('%s carries valid table options', (_, schema) => {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(CONFIG_SCHEMA);
  const validate = ajv.getSchema(`${(CONFIG_SCHEMA as { $id: string }).$id}#/$defs/tableOptionsOnly`)!;
  const options = (schema as Record<string, unknown>)['x-support-table-lint'];
  expect(options).toBeDefined();
  expect(validate(options)).toBe(true);
});
