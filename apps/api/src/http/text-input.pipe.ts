import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { FieldError } from '@kohorte/contracts';
import { fieldPath, invalidFields } from './invalid-fields';
import { type JsonPath } from './json-scan';
import { multiLineProperties } from './multi-line';
import { keyProblem, type TextProblem, textProblem } from './text-rules';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

const fieldError = (field: string, problem: TextProblem): FieldError => ({
  field,
  code: problem.code,
  params: {},
  messages: [problem.message],
});

/**
 * The first string (value or property name) under `value` that breaks the text rules, as a field
 * error with its dotted path. `multiLine` says which top-level properties may hold line breaks;
 * everything below such a property shares its rule.
 */
function firstTextError(
  value: unknown,
  path: JsonPath,
  multiLine: (path: JsonPath) => boolean,
): FieldError | null {
  if (typeof value === 'string') {
    const field = fieldPath(path);
    const problem = textProblem(field, value, multiLine(path));
    return problem ? fieldError(field, problem) : null;
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isPlainObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, item] of entries) {
    const itemPath = [...path, key];
    if (typeof key === 'string') {
      const field = fieldPath(itemPath);
      const problem = keyProblem(field, key);
      if (problem) return fieldError(field, problem);
    }
    const error = firstTextError(item, itemPath, multiLine);
    if (error) return error;
  }
  return null;
}

/**
 * First global pipe: every string of a body, a query and a path parameter is text that PostgreSQL
 * and a mail header can hold — no NUL or other control characters, no lone surrogates, and no line
 * breaks or tabs but in properties marked `@MultiLine()`. A refusal is a 400 naming the field, as
 * the validation pipe names it, before anything reads the value.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root: JsonPath = metadata.data ? [metadata.data] : [];
    const multiLineKeys =
      metadata.type === 'body' && !metadata.data && metadata.metatype
        ? multiLineProperties(metadata.metatype)
        : new Set<string | number>();
    const error = firstTextError(
      value,
      root,
      ([key]) => key !== undefined && multiLineKeys.has(key),
    );
    if (error) throw invalidFields([error]);
    return value;
  }
}
