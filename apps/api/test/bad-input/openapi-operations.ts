import type { OpenAPIObject } from '@nestjs/swagger';
import { defined, firstOf } from '@kohorte/server/testing';

/** The part of a JSON schema the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  nullable?: boolean;
  allOf?: Schema[];
}

export interface Parameter {
  name: string;
  schema: Schema;
}

/** One operation of the API as the OpenAPI document describes it. */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `/api/v1/startups/{id}` */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** Takes `Authorization: Link <token>` (a public link endpoint). */
  linkToken: boolean;
  body: { contentType: string; schema: Schema } | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface RawParameter {
  in: string;
  name: string;
  schema?: Schema;
}

interface RawOperation {
  parameters?: RawParameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

/** Every operation of the document, with `$ref`s in body schemas resolved. */
export function operationsOf(document: OpenAPIObject): Operation[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return resolve(defined(schemas[name], `the schema ${name}`));
    }
    if (schema.allOf?.length === 1) return resolve(firstOf(schema.allOf));
    return {
      ...schema,
      items: schema.items && resolve(schema.items),
      properties:
        schema.properties &&
        Object.fromEntries(
          Object.entries(schema.properties).map(([name, property]) => [name, resolve(property)]),
        ),
    };
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): Operation => {
      const raw = item[method] as RawOperation;
      const parameters = raw.parameters ?? [];
      const params = (where: string): Parameter[] =>
        parameters
          .filter((parameter) => parameter.in === where)
          .map((parameter) => ({ name: parameter.name, schema: parameter.schema ?? {} }));
      const content = Object.entries(raw.requestBody?.content ?? {})[0];
      return {
        method,
        path,
        pathParams: params('path'),
        queryParams: params('query'),
        linkToken: parameters.some(
          (parameter) => parameter.in === 'header' && parameter.name === 'Authorization',
        ),
        body: content ? { contentType: content[0], schema: resolve(content[1].schema) } : null,
      };
    }),
  );
}

const SAMPLE_DAY = '2026-01-15';

/**
 * A plausible value for a schema, so that a body with one bad field is refused for that field and
 * a body with odd but valid values gets past validation into the service and the database.
 */
export function plausibleValue(schema: Schema, name: string): unknown {
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return schema.properties ? plausibleObject(schema) : {};
    default:
      break;
  }
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema.format === 'date') return SAMPLE_DAY;
  if (schema.format === 'password') return 'correct horse battery staple';
  if (/email/i.test(name)) return 'someone@example.org';
  if (/website|url/i.test(name)) return 'https://example.org';
  return 'Sample';
}

/** An object with every required property set to a plausible value. */
export function plausibleObject(schema: Schema): Record<string, unknown> {
  return Object.fromEntries(
    (schema.required ?? []).map((name) => [
      name,
      plausibleValue(schema.properties?.[name] ?? {}, name),
    ]),
  );
}
