/**
 * Duplicate mapping keys, found in one pass.
 *
 * The yaml library's own `uniqueKeys` check compares each new key with every
 * key before it in the map: a JSON schema of 30,000 properties or a source of
 * 30,000 items spent 10 s there. Parse with `uniqueKeys: false` and ask this
 * instead: same rule (two scalar keys of equal value), one Set per map.
 */
import type { Document, Node } from 'yaml';

export const DUPLICATE_KEY = 'Map keys must be unique';

/** The first key node that repeats an earlier key of its map, in document order. */
export function duplicateKey(document: Document, yaml: Pick<typeof import('yaml'), 'visit' | 'isScalar'>): Node | undefined {
  let found: Node | undefined;
  yaml.visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = yaml.isScalar(key) ? key.value : key;
        if (seen.has(value)) {
          found = key as Node;
          return yaml.visit.BREAK;
        }
        seen.add(value);
      }
      return undefined;
    },
  });
  return found;
}
