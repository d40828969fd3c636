import { suggest } from '../../src/schema/suggest.js';

const KATA = ['Supported', 'Best-effort', 'Not maintained', 'Experimental', 'Deprecated', 'Obsolete'];
const STATUS = ['SUPPORTED', 'PENDING', 'UNSUPPORTED', 'UNVERIFIED'];
const GRADUATION = ['Alpha', 'Beta', 'GA', 'Deprecated', 'Discontinued'];

describe('suggest', () => {
  test.each([
    ['Best effort', KATA, 'Best-effort'],
    ['best-effort', KATA, 'Best-effort'],
    ['Best effort?', KATA, 'Best-effort'],
    ['Deprecated?', KATA, 'Deprecated'],
    ['Obsolete?', KATA, 'Obsolete'],
    ['*Supported*', KATA, 'Supported'],
    ['not-maintained', KATA, 'Not maintained'],
    ['Suported', KATA, 'Supported'],
    ['Experimantal', KATA, 'Experimental'],
    ['supported', STATUS, 'SUPPORTED'],
    ['Unverifed', STATUS, 'UNVERIFIED'],
    ['ga', GRADUATION, 'GA'],
    // Two neighbouring letters swapped are one slip, also in short values.
    ['Beat', GRADUATION, 'Beta'],
    ['End of Lfie', ['Active', 'End of Life'], 'End of Life'],
    ['Yse', ['Yes', 'No'], 'Yes'],
  ])('%j among %j -> %j', (value, allowed, expected) => {
    expect(suggest(value, allowed)).toBe(expected);
  });

  test.each([
    ['Deprecated and remove before 4.0?', KATA],
    ['No maintainers', KATA],
    ['verified', STATUS],
    ['Yez', ['Yes', 'No']],
    ['GB', GRADUATION],
    ['', KATA],
    ['???', KATA],
  ])('no suggestion for the distant %j', (value, allowed) => {
    expect(suggest(value, allowed)).toBeUndefined();
  });

  test('no suggestion when two values are equally close', () => {
    expect(suggest('cart', ['care', 'cars'])).toBeUndefined();
    expect(suggest('Best Effort', ['best-effort', 'BEST EFFORT'])).toBeUndefined();
  });
});
