import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { decodeText, detectEncoding } from './text-encoding';

const TABLE =
  'Name;Stadt;Notiz\r\nJürgen Weiß;Görlitz;Öko – „fair“\r\nAnne Schäfer;Straße;Preis 5 €\r\n';

describe('text encodings', () => {
  it.each([
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TABLE)]),
      'UTF-8',
    ],
    ['UTF-8', Buffer.from(TABLE), 'UTF-8'],
    [
      'UTF-16 LE with a mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TABLE, 'utf16le')]),
      'UTF-16LE',
    ],
    [
      'UTF-16 BE with a mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TABLE, 'utf16be')]),
      'UTF-16BE',
    ],
    ['UTF-16 LE without a mark', iconv.encode(TABLE, 'utf16le'), 'UTF-16LE'],
    ['Windows-1252', iconv.encode(TABLE, 'windows-1252'), 'windows-1252'],
  ] as const)('reads %s with its umlauts and signs', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes, encoding)).toBe(TABLE);
  });

  it('reads a one-byte file with ¤ at the euro’s place as ISO-8859-15', () => {
    const text = 'Name;Preis\r\nAnne Schäfer;5 €\r\n';
    const bytes = iconv.encode(text, 'iso-8859-15');
    expect(detectEncoding(bytes)).toBe('ISO-8859-15');
    expect(decodeText(bytes, 'ISO-8859-15')).toBe(text);
  });
});
