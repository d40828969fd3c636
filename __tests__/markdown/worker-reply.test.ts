/**
 * How a worker sends a parsed document back: as JSON (one string to copy),
 * or, when the JSON would pass V8's longest string, as the object itself for
 * the structured clone. Both must give the main thread the same document.
 * (A document that long takes gigabytes to build, so the RangeError is
 * injected here.)
 */
import { readFileSync } from 'node:fs';
import { readMarkdownFast } from '../../src/markdown/fast.js';
import { loadParser } from '../../src/markdown/read.js';
import { asJsonOrClone } from '../../src/markdown/worker.js';

await loadParser();

const source = [
  '# Gates',
  '',
  '| Gate | State | Notes |',
  '| --- | --- | --- |',
  '| `AGate` | **Alpha** | [docs](https://example.com/a) \\| more |',
  '| BGate | Beta |',
  '',
  '> | In | Quote |',
  '> | --- | --- |',
  '> | x | y |',
  '',
].join('\n');

describe('a worker reply', () => {
  it('is JSON when it fits in a string', () => {
    const document = readMarkdownFast(source);
    const reply = asJsonOrClone(document);
    expect('json' in reply && JSON.parse(reply.json)).toEqual(document);
  });

  it('is the document, for the structured clone, when the JSON would pass the longest string; the clone equals what JSON gives', () => {
    const tooLong = (): string => {
      throw new RangeError('Invalid string length');
    };
    for (const text of [source, readFileSync(new URL('../../examples/support-levels.md', import.meta.url), 'utf8')]) {
      const document = readMarkdownFast(text);
      const reply = asJsonOrClone(document, tooLong);
      expect('document' in reply).toBe(true);
      // What crosses the thread boundary: the clone, against the JSON path's result.
      expect(structuredClone((reply as { document: unknown }).document)).toEqual(JSON.parse(JSON.stringify(document)));
    }
  });

  it('lets any other error through: it is the file\'s failure, said by the pool', () => {
    const broken = (): string => {
      throw new TypeError('Converting circular structure to JSON');
    };
    expect(() => asJsonOrClone(readMarkdownFast(source), broken)).toThrow(TypeError);
  });
});
