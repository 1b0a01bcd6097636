import iconv from 'iconv-lite';
import type { ImportEncoding } from '@kohorte/contracts';

/**
 * The encoding a text file is written in, as spreadsheets save them: UTF-8 (with or without a
 * byte-order mark), UTF-16 (Excel's "Unicode text"), or a one-byte Western encoding (Excel's
 * "CSV" on Windows is Windows-1252). A byte-order mark decides; valid UTF-8 is UTF-8 (a
 * one-byte file with umlauts is almost never valid UTF-8); UTF-16 without a mark is recognised by
 * its zero bytes; anything else is read as a Western one-byte encoding.
 */
export function detectEncoding(bytes: Uint8Array): ImportEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const sample = bytes.subarray(0, 256 * 1024);
  // NUL bytes are valid UTF-8 but never in a text table: UTF-16 without a byte-order mark. Its
  // Latin letters have their zero byte second (LE) or first (BE).
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (evenZeros + oddZeros > 0) return oddZeros >= evenZeros ? 'UTF-16LE' : 'UTF-16BE';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'UTF-8';
  } catch {
    // Not UTF-8: a one-byte encoding.
  }
  // The Latin-1 family, whose members no statistics tell apart: bytes 0x80–0x9F are letters and
  // signs („“ – €) in Windows-1252 but unused control codes in ISO-8859-1/15, so Windows-1252 —
  // what Excel writes — reads every such file right; only `¤` (0xA4), rare in Latin-1 text, is
  // `€` in ISO-8859-15.
  const c1 = sample.some((byte) => byte >= 0x80 && byte <= 0x9f);
  if (!c1 && sample.includes(0xa4)) return 'ISO-8859-15';
  return 'windows-1252';
}

/** The file's text in the given encoding, without a byte-order mark. */
export function decodeText(bytes: Uint8Array, encoding: ImportEncoding): string {
  const text = iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    encoding,
  );
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
