/** Bytes as text, for every file the tool reads: documents, configs, schemas, sources. */
import { Buffer, isUtf8 } from 'node:buffer';

/**
 * The text of a UTF-8 file without its byte-order mark, or undefined when
 * the bytes are not UTF-8. Checked, then decoded by V8's own decoder: a
 * fatal `TextDecoder` goes through ICU, whose first call costs more than a
 * small file's whole lint.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? utf8Text(bytes) : undefined;
}

/** Whether the bytes begin with UTF-8's byte-order mark, which decoding drops and a file written back keeps. */
export const startsWithBom = (bytes: Uint8Array): boolean => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** `decodeUtf8` of bytes already known to be UTF-8. */
export function utf8Text(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A leading BOM is dropped, so positions count from the first real character, as editors show them.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
