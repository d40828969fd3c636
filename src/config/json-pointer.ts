/**
 * RFC 6901: the value at `/gates/0` in `data` (`data.gates[0]`), or undefined
 * when there is none. `''` and `'/'` are the whole document. With
 * `uriFragment`, each segment is percent-decoded first, as in a `$ref`'s
 * `#/$defs/a%20b` (one that is not valid percent-encoding names nothing).
 */
export function atPointer(data: unknown, pointer: string, { uriFragment = false } = {}): unknown {
  if (pointer === '' || pointer === '/') return data;
  if (!pointer.startsWith('/')) return undefined;
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    let segment = raw;
    if (uriFragment) {
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    }
    segment = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
