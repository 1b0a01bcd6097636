/** A place in a JSON document: property names and array indexes from the root. */
export type JsonPath = (string | number)[];

export interface JsonScan {
  /** True when a container opens deeper than the limit; `path` is then where it opens. */
  tooDeep: boolean;
  /** The value open at the end of the scan (or where the scan stopped). */
  path: JsonPath;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

interface Frame {
  kind: 'object' | 'array';
  /** The property (object) or index (array) of the value being read; undefined before the first key. */
  key: string | number | undefined;
  /** In an object: the next string is a property name. */
  expectsKey: boolean;
}

function decodeKey(bytes: Uint8Array, start: number, end: number): string {
  const literal = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/**
 * Follows the nesting of a JSON text byte by byte, without building any value and without
 * recursion, so that a text nested thousands deep is refused before `JSON.parse` recurses into
 * it (which ends in "Maximum call stack size exceeded"). It stops at the first container deeper
 * than `maxDepth`, or at byte `end`, and says which value is open there — the field to name in the
 * answer. Structural characters are ASCII, so it works on the raw bytes of any UTF-8 text; it does
 * not check the syntax (JSON.parse does that next) and never fails on malformed input.
 */
export function scanJson(bytes: Uint8Array, maxDepth: number, end = bytes.length): JsonScan {
  const frames: Frame[] = [];
  const path = (): JsonPath =>
    frames.filter((frame) => frame.key !== undefined).map((frame) => frame.key!);
  let at = 0;
  while (at < end) {
    const byte = bytes[at];
    const frame = frames.at(-1);
    if (byte === QUOTE) {
      const start = at;
      at += 1;
      while (at < end && bytes[at] !== QUOTE) at += bytes[at] === BACKSLASH ? 2 : 1;
      if (at >= end) break;
      if (frame?.kind === 'object' && frame.expectsKey) {
        frame.key = decodeKey(bytes, start, at + 1);
        frame.expectsKey = false;
      }
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (frames.length >= maxDepth) return { tooDeep: true, path: path() };
      frames.push(
        byte === OPEN_OBJECT
          ? { kind: 'object', key: undefined, expectsKey: true }
          : { kind: 'array', key: 0, expectsKey: false },
      );
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      frames.pop();
    } else if (byte === COMMA && frame) {
      if (frame.kind === 'array') {
        frame.key = (frame.key as number) + 1;
      } else {
        frame.key = undefined;
        frame.expectsKey = true;
      }
    }
    at += 1;
  }
  return { tooDeep: false, path: path() };
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8, or -1. Decoding replaces
 * each bad sequence with U+FFFD, and a well-formed prefix encodes back to the same bytes, so the
 * first byte where the round trip differs is where the bad sequence starts.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const roundTrip = Buffer.from(buffer.toString('utf8'), 'utf8');
  if (roundTrip.equals(buffer)) return -1;
  let at = 0;
  while (at < buffer.length && buffer[at] === roundTrip[at]) at += 1;
  return at;
}
