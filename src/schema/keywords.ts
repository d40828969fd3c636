/** The custom schema keywords' names (see ajv.ts), apart from Ajv so that reading them does not load it. */
export const SEVERITY_KEYWORD = 'x-severity';
export const OPTIONS_KEYWORD = 'x-support-table-lint';
