import fc from 'fast-check';

/**
 * A value to put into a request, and whether no field of the API can accept it. The fuzzer fails
 * when a request holding a certainly invalid value is answered 2xx.
 */
export interface BadValue {
  value: unknown;
  label: string;
  certainlyInvalid: boolean;
}

const LONE_SURROGATE = /\p{Surrogate}/gu;
/** Text that encodeURIComponent can take: lone surrogates become U+FFFD. */
const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd');

const invalid = (label: string) => (value: unknown) => ({ value, label, certainlyInvalid: true });
const odd = (label: string) => (value: unknown) => ({ value, label, certainlyInvalid: false });

/** Characters that no text field holds (see apps/api/src/http/text-rules.ts). */
const FORBIDDEN_CHARS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ufffe',
  '\uffff',
];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Ordinary text with a forbidden character or a lone surrogate somewhere in it. */
export const forbiddenText: fc.Arbitrary<BadValue> = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...FORBIDDEN_CHARS, ...LONE_SURROGATES),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => invalid('forbidden character')(`${before}${bad}${after}`));

/** Strings a field may or may not accept: what matters is that none of them gives a 5xx. */
export const oddText: fc.Arbitrary<BadValue> = fc.oneof(
  fc
    .constantFrom(
      '',
      ' ',
      '\t',
      'a\r\nBcc: victim@example.org',
      '%',
      '_',
      '\\',
      'a\\',
      "'; DROP TABLE startups; --",
      '<script>alert(1)</script>',
      '../../etc/passwd',
      '💥🚀',
      '\u202e\u200b\u2028',
      'ﬃ İ ß',
      '2026-02-30',
      '0000-00-00',
      '+275760-09-13',
      'NaN',
      'Infinity',
      '-0',
      '1e999',
      '0x10',
      'true',
      'null',
      '__proto__',
    )
    .map((text) => odd('odd text')(text)),
  fc.string({ unit: 'binary', maxLength: 40 }).map(odd('random text')),
  fc
    .tuple(fc.constantFrom('a', 'ü', '💥', ' '), fc.integer({ min: 300, max: 120_000 }))
    .map(([char, length]) => odd('long text')(char.repeat(length))),
);

/** Numbers at and beyond every edge a field may have. */
export const oddNumber: fc.Arbitrary<BadValue> = fc.oneof(
  fc
    .constantFrom(
      -1,
      0,
      0.5,
      -0.5,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53 + 2,
      -(2 ** 53) - 2,
      1e21,
      1e308,
      -1e308,
      5e-324,
      Number.MAX_SAFE_INTEGER,
    )
    .map(odd('edge number')),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(odd('random number')),
);

/** A value of another JSON type than the field expects. */
export const otherType: fc.Arbitrary<BadValue> = fc.oneof(
  fc
    .constantFrom(null, true, false, 0, '', [], {}, [null], [[]], [{}], { a: 1 })
    .map(odd('other type')),
  fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }).map(odd('array')),
);

/** A query or path value, already percent-encoded. */
export interface EncodedValue {
  encoded: string;
  label: string;
  certainlyInvalid: boolean;
}

/** Percent-encoded text with a character no field holds. */
export const encodedForbidden: fc.Arbitrary<EncodedValue> = fc.oneof(
  forbiddenText
    .filter((bad) => wellFormed(bad.value as string) === bad.value)
    .map((bad) => ({ ...bad, encoded: encodeURIComponent(bad.value as string) })),
  fc.constant({ encoded: '%00', label: 'raw NUL', certainlyInvalid: true }),
);

/** Percent-encoded odd text, and escapes that do not decode (`%zz`, bytes that are not UTF-8). */
export const encodedOdd: fc.Arbitrary<EncodedValue> = fc.oneof(
  oddText.map((text) => ({
    ...text,
    encoded: encodeURIComponent(wellFormed(text.value as string)),
  })),
  fc
    .constantFrom('%zz', '%', '%ED%A0%80', '%FF%FE', '%C0%AF')
    .map((encoded) => ({ encoded, label: 'undecodable', certainlyInvalid: true })),
  fc
    .constantFrom('-1', '99999999999999999999', '+', '%2B')
    .map((encoded) => ({ encoded, label: 'raw encoding', certainlyInvalid: false })),
);

/** A path parameter's value, percent-encoded, and whether it is certainly no valid value. */
export const pathValue: fc.Arbitrary<EncodedValue> = fc.oneof(
  encodedForbidden,
  encodedOdd,
  fc
    .constantFrom(
      '00000000-0000-0000-0000-00000000000g',
      '00000000000000000000000000000000',
      '{00000000-0000-0000-0000-000000000000}',
      '00000000-0000-0000-0000-0000000000000',
      'x'.repeat(5000),
      '..',
      '%2E%2E',
      '%2F',
      'null',
      'undefined',
      '0',
      '-1',
      '1e999',
      '2026-13',
      '9999-99',
    )
    .map((encoded) => ({ encoded, label: 'malformed id', certainlyInvalid: false })),
);

/** A JSON value nested deeper than the API allows, as text (building it would recurse). */
export const deepJson: fc.Arbitrary<BadValue> = fc
  .tuple(fc.constantFrom('[', '{"a":'), fc.integer({ min: 33, max: 30_000 }))
  .map(([open, depth]) => {
    const close = open === '[' ? ']' : '}';
    return invalid(`nested ${depth} deep`)(`${open.repeat(depth)}1${close.repeat(depth)}`);
  });
