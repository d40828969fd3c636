import { atPointer } from '../../src/config/json-pointer.js';

describe('atPointer (RFC 6901)', () => {
  const data = { gates: [{ name: 'A' }], 'a/b': { '~x': 1 }, 'a b': 2 };

  it('walks objects and arrays, with ~1 and ~0 escapes', () => {
    expect(atPointer(data, '/gates/0/name')).toBe('A');
    expect(atPointer(data, '/a~1b/~0x')).toBe(1);
    expect(atPointer(data, '')).toBe(data);
    expect(atPointer(data, '/')).toBe(data);
  });

  it('names nothing for a missing member, a pointer without its leading /, or (in a URI fragment) bad percent-encoding', () => {
    expect(atPointer(data, '/gates/1')).toBeUndefined();
    expect(atPointer(data, 'gates')).toBeUndefined();
    expect(atPointer(data, '/a%20b')).toBeUndefined();
    expect(atPointer(data, '/a%20b', { uriFragment: true })).toBe(2);
    expect(atPointer(data, '/%zz', { uriFragment: true })).toBeUndefined();
  });
});
