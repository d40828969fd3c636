import { ruleDocs, type TableRule } from './types.js';

/**
 * A header that names one column twice (`| Version | Linux | Version |`, or
 * `Status` and `status` where the schema's `Status` property takes both): a
 * row object has one property per name and keeps the first column's cells,
 * so the other column is never validated, and a linter must say so rather
 * than pass its cells. Empty header cells are no names (a key/value table
 * with a blank header) and are left alone, and so are names the schema does
 * not check (neither column of such a name is validated).
 */
export const duplicateColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'duplicate-column',
    type: 'problem',
    description: 'No two columns of a checked table have the name of one column the schema checks: the cells of the second could not be validated.',
    severity: 'warning',
    docs: ruleDocs('duplicate-column'),
    messages: {
      duplicate:
        'Column {{index}} is named "{{column}}" like column {{first}}: rows hold column {{first}}\'s cells under that name, so the cells of column {{index}} are not checked. Rename one of the two columns.',
    },
  },
  check({ table, expectedColumns, report }) {
    // Only a column the schema would check loses anything: under a schema that names no such column
    // (`{"type": "object"}`), neither of the two is checked, and a repeat is no news.
    const { required, named, patterns } = expectedColumns;
    const listed = new Set([...named, ...required]);
    const checked = (name: string): boolean => listed.has(name) || patterns.some((pattern) => pattern.test(name));
    // The columns are spelled as the schema spells them: two header names one property takes are equal
    // here, as they are when the row object is made (schema/row-object.ts keeps the first).
    const firstOf = new Map<string, number>();
    table.columns.forEach((name, i) => {
      if (name.trim() === '' || !checked(name)) return;
      const first = firstOf.get(name);
      if (first === undefined) {
        firstOf.set(name, i);
        return;
      }
      report({ span: table.header[i]!.span, field: name, messageId: 'duplicate', data: { column: name, index: i + 1, first: first + 1 } });
    });
  },
};
