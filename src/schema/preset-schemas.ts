/**
 * The JSON files in schemas/, as data. Imported (not read from disk) so the
 * bundled CLI and Action carry them.
 */
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import kataSupportLevels from '../../schemas/kata-support-levels.schema.json' with { type: 'json' };
import kubevirtFeatureGates from '../../schemas/kubevirt-feature-gates.schema.json' with { type: 'json' };

export const PRESET_SCHEMAS: Readonly<Record<string, object>> = {
  'kubevirt-feature-gates': kubevirtFeatureGates,
  'kata-support-levels': kataSupportLevels,
};

export const CONFIG_SCHEMA: object = configSchema;
export const CONFIG_SCHEMA_ID: string = configSchema.$id;
