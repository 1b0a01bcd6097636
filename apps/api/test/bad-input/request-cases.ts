import fc from 'fast-check';
import {
  type BadValue,
  deepJson,
  type EncodedValue,
  encodedForbidden,
  encodedOdd,
  forbiddenText,
  oddNumber,
  oddText,
  otherType,
  pathValue,
} from './bad-values';
import { type Operation, plausibleObject, type Schema } from './openapi-operations';
import { defined } from '@kohorte/server/testing';

export type RequestBody =
  | { kind: 'raw'; contentType: string; raw: string | Buffer }
  | { kind: 'multipart'; fields: Record<string, string>; file: Buffer };

/** One malformed request to an operation. */
export interface RequestCase {
  label: string;
  /** Path and query, percent-encoded. */
  url: string;
  body: RequestBody | null;
  /** No valid request looks like this: a 2xx answer is a bug. */
  certainlyInvalid: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const JSON_TYPE = 'application/json';

function decoded(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Values the path parameters take when another part of the request is the bad one. */
export type ValidPathValues = (operation: Operation, parameter: string) => string;

function urlOf(
  operation: Operation,
  pathValues: Record<string, string>,
  query: [string, string][],
): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    defined(pathValues[name], `a value for the path parameter ${name}`),
  );
  const search = query.map(([name, value]) => `${name}=${value}`).join('&');
  return search ? `${path}?${search}` : path;
}

function validPath(operation: Operation, valid: ValidPathValues): Record<string, string> {
  return Object.fromEntries(
    operation.pathParams.map((parameter) => [parameter.name, valid(operation, parameter.name)]),
  );
}

/** A part of an operation's input, with malformed requests that each break only that part. */
export interface CasePlan {
  part: string;
  cases: fc.Arbitrary<RequestCase>;
  runs: number;
}

function pathPlan(operation: Operation, valid: ValidPathValues, parameter: string): CasePlan {
  const pattern = parameter === 'month' ? MONTH : UUID;
  return {
    part: `path ${parameter}`,
    runs: 2,
    cases: pathValue.map((bad) => {
      const value = decoded(bad.encoded);
      return {
        label: `path ${parameter}: ${bad.label}`,
        url: urlOf(operation, { ...validPath(operation, valid), [parameter]: bad.encoded }, []),
        body: jsonBody(operation, plausibleObject(operation.body?.schema ?? {})),
        // An empty or dot segment leads to another route (`/startups/` is the list).
        certainlyInvalid:
          !/^(\.|%2e){0,2}$/i.test(bad.encoded) &&
          (bad.certainlyInvalid || value === null || !pattern.test(value)),
      };
    }),
  };
}

function queryPlans(operation: Operation, valid: ValidPathValues, parameter: string): CasePlan[] {
  const path = validPath(operation, valid);
  const single = (bad: EncodedValue): RequestCase => ({
    label: `query ${parameter}: ${bad.label}`,
    url: urlOf(operation, path, [[parameter, bad.encoded]]),
    body: null,
    certainlyInvalid: bad.certainlyInvalid,
  });
  return [
    { part: `query ${parameter}`, runs: 1, cases: encodedForbidden.map(single) },
    {
      part: `query ${parameter}`,
      runs: 1,
      cases: fc.oneof(
        encodedOdd.map(single),
        fc.tuple(encodedOdd, encodedOdd).map(([first, second]) => ({
          label: `query ${parameter} repeated`,
          url: urlOf(operation, path, [
            [parameter, first.encoded],
            [parameter, second.encoded],
          ]),
          body: null,
          certainlyInvalid: false,
        })),
        fc.integer({ min: 2, max: 60 }).map((depth) => ({
          label: `query ${parameter} nested ${depth} deep`,
          url: urlOf(operation, path, [[`${parameter}${'[a]'.repeat(depth)}`, '1']]),
          body: null,
          certainlyInvalid: false,
        })),
      ),
    },
  ];
}

function jsonBody(operation: Operation, value: unknown): RequestBody | null {
  if (!operation.body) return null;
  return { kind: 'raw', contentType: JSON_TYPE, raw: JSON.stringify(value) };
}

/** Values with a character no field holds, where this schema keeps its strings. */
function forbiddenFor(schema: Schema): fc.Arbitrary<BadValue> {
  if (schema.type === 'array') {
    return fc.array(forbiddenText, { minLength: 1, maxLength: 3 }).map((items) => ({
      value: items.map((item) => item.value),
      label: 'forbidden character in an item',
      certainlyInvalid: true,
    }));
  }
  if (schema.type === 'object') {
    return fc.tuple(forbiddenText, fc.boolean()).map(([bad, asKey]) => ({
      value: asKey ? { [bad.value as string]: 'x' } : { key: bad.value },
      label: `forbidden character in a ${asKey ? 'key' : 'value'}`,
      certainlyInvalid: true,
    }));
  }
  return forbiddenText;
}

/** Odd values for a property of this schema: other types, edge numbers, odd text, long lists. */
function oddFor(schema: Schema): fc.Arbitrary<BadValue> {
  const oversized =
    schema.type === 'array'
      ? [
          fc.integer({ min: (schema.maxItems ?? 100) + 1, max: 2000 }).map((length) => ({
            value: Array.from({ length }, (_item, index) => `item-${index}`),
            label: `${length} items`,
            certainlyInvalid: schema.maxItems !== undefined,
          })),
        ]
      : [];
  return fc.oneof(oddText, oddNumber, otherType, ...oversized);
}

/** Values that the schema itself says are wrong (beyond its limits, outside its enum). */
function schemaRefuses(schema: Schema, value: unknown): boolean {
  if (typeof value === 'number') {
    if (schema.type !== 'integer' && schema.type !== 'number') return false;
    return (
      (schema.type === 'integer' && !Number.isInteger(value)) ||
      (schema.minimum !== undefined && value < schema.minimum) ||
      (schema.maximum !== undefined && value > schema.maximum)
    );
  }
  if (typeof value === 'string') {
    if (schema.enum) return !schema.enum.includes(value);
    return schema.maxLength !== undefined && value.trim().length > schema.maxLength;
  }
  return false;
}

const INVALID_UTF8 = [
  Buffer.from([0xff]),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
];

/** The JSON text of `base` with `inner` (raw JSON) as the value of `property`. */
function withRawProperty(base: Record<string, unknown>, property: string, inner: string): string {
  // Last, so that the text can be cut right after it.
  const others = Object.fromEntries(Object.entries(base).filter(([name]) => name !== property));
  const rest = JSON.stringify({ ...others, [property]: 0 });
  return rest.replace(`${JSON.stringify(property)}:0`, `${JSON.stringify(property)}:${inner}`);
}

function bodyPlans(operation: Operation, url: string): CasePlan[] {
  const { schema, contentType } = operation.body!;
  const base = plausibleObject(schema);
  const properties = Object.keys(schema.properties ?? {});
  const raw = (label: string, body: string | Buffer, certainlyInvalid: boolean, type = JSON_TYPE) =>
    ({ label, body: { kind: 'raw', contentType: type, raw: body }, certainlyInvalid }) as const;
  const property = fc.constantFrom(...(properties.length ? properties : ['value']));

  const cases: fc.Arbitrary<Omit<RequestCase, 'url'>>[] = [
    fc
      .tuple(property, deepJson)
      .map(([name, deep]) =>
        raw(`body ${name}: ${deep.label}`, withRawProperty(base, name, deep.value as string), true),
      ),
    fc
      .tuple(property, fc.constantFrom(...INVALID_UTF8))
      .map(([name, bytes]) =>
        raw(
          `body ${name}: invalid UTF-8`,
          Buffer.concat([
            Buffer.from(withRawProperty(base, name, '"a').slice(0, -1)),
            bytes,
            Buffer.from('b"}'),
          ]),
          true,
        ),
      ),
    fc
      .constantFrom('__proto__', 'constructor', 'prototype', 'zzUnknown')
      .map((key) =>
        raw(`body key ${key}`, withRawProperty(base, key, '{"polluted":1}'), properties.length > 0),
      ),
    fc
      .constantFrom('{', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":1}}', '\u0000', '{"a":"\\u00"}')
      .map((text) => raw('malformed JSON', text, true)),
    fc
      .constantFrom('[]', '"text"', '1', 'null', 'true', '[{}]', '')
      .map((text) => raw(`top-level ${text || 'empty'}`, text, false)),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'image/png',
      )
      .map((type) => raw(`content type ${type}`, JSON.stringify(base), false, type)),
    fc.constant(
      raw('charset utf-16', JSON.stringify(base), true, 'application/json; charset=utf-16le'),
    ),
    fc
      .integer({ min: 101, max: 400 })
      .map((kb) =>
        raw(`${kb} kB body`, JSON.stringify({ ...base, padding: 'x'.repeat(kb * 1024) }), true),
      ),
  ];
  if (contentType === 'multipart/form-data') {
    cases.push(
      fc
        .tuple(
          fc.oneof(forbiddenText, oddText),
          fc.uint8Array({ maxLength: 2000 }),
          fc.constantFrom('a,b\n', 'name\n\u0000x\n', 'name\n\uffff\n', ''),
        )
        .map(([kind, bytes, head]) => ({
          label: `multipart kind: ${kind.label}`,
          body: {
            kind: 'multipart',
            fields: { kind: String(kind.value) },
            file: Buffer.concat([Buffer.from(head), Buffer.from(bytes)]),
          },
          certainlyInvalid: kind.certainlyInvalid,
        })),
    );
  }
  const withUrl = (request: Omit<RequestCase, 'url'>): RequestCase => ({ ...request, url });
  const fieldPlans = properties.flatMap((name): CasePlan[] => {
    const property = schema.properties?.[name] ?? {};
    const field = (bad: BadValue) =>
      withUrl(
        raw(
          `body ${name}: ${bad.label}`,
          JSON.stringify({ ...base, [name]: bad.value }),
          bad.certainlyInvalid || schemaRefuses(property, bad.value),
        ),
      );
    return [
      { part: `body ${name}`, runs: 1, cases: forbiddenFor(property).map(field) },
      { part: `body ${name}`, runs: 1, cases: oddFor(property).map(field) },
    ];
  });
  return [...fieldPlans, { part: 'body', runs: 8, cases: fc.oneof(...cases).map(withUrl) }];
}

/**
 * Malformed requests to one operation, part by part: each path parameter, query parameter and body
 * property gets requests where it alone is bad (one with a character no field holds, one odd),
 * and the body as a whole gets structural damage (nesting, encoding, syntax, type, size).
 */
export function casePlans(operation: Operation, valid: ValidPathValues): CasePlan[] {
  const plans: CasePlan[] = [
    ...operation.pathParams.map((parameter) => pathPlan(operation, valid, parameter.name)),
    ...operation.queryParams.flatMap((parameter) => queryPlans(operation, valid, parameter.name)),
  ];
  if (operation.body)
    plans.push(...bodyPlans(operation, urlOf(operation, validPath(operation, valid), [])));
  if (plans.length) return plans;
  // Nothing declared: an unexpected query and body must be ignored or refused, never a 5xx.
  return [
    {
      part: 'undeclared input',
      runs: 2,
      cases: fc.oneof(encodedForbidden, encodedOdd).map((bad) => ({
        label: `undeclared query: ${bad.label}`,
        url: urlOf(operation, {}, [['q', bad.encoded]]),
        body: { kind: 'raw', contentType: JSON_TYPE, raw: `{"a":${'['.repeat(5000)}` },
        certainlyInvalid: false,
      })),
    },
  ];
}
