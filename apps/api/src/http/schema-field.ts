import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { checkField, type FieldRule } from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { MultiLine } from './multi-line';

/** The class-validator constraint that checks a field by its rule; `toFieldErrors` reads it. */
export const FIELD_RULE_CONSTRAINT = 'fieldRule';

/** The context a `@SchemaField` constraint carries: the rule, for `toFieldErrors` to re-check. */
export interface FieldRuleContext {
  rule: FieldRule;
}

export interface SchemaFieldOptions {
  /** A PATCH body: a required field may be left out (but not cleared). */
  partial?: boolean;
  example?: unknown;
  description?: string;
  /** A default the service applies when the field is left out, for the OpenAPI document. */
  default?: unknown;
}

const FORMATS: Partial<Record<FieldRule['type'], string>> = { email: 'email', date: 'date' };

const DESCRIPTIONS: Partial<Record<FieldRule['type'], string>> = {
  url: 'http(s) address; without a scheme (`www.example.com`) https:// is added',
  phone: 'digits, spaces and + ( ) - / .',
};

/** The OpenAPI description of a field, from its rule. */
function openApiOf(rule: FieldRule, options: SchemaFieldOptions): ApiPropertyOptions {
  const required = rule.required && !options.partial;
  const item: Record<string, unknown> =
    rule.type === 'integer'
      ? { type: 'integer', minimum: rule.min, maximum: rule.max }
      : {
          type: 'string',
          maxLength: rule.maxLength,
          minLength: rule.required ? 1 : undefined,
          format: FORMATS[rule.type],
          pattern: rule.type === 'vocabulary' ? '^[a-z0-9]+(?:-[a-z0-9]+)*$' : undefined,
        };
  const description =
    [
      rule.vocabulary ? `keys of the ${rule.vocabulary} vocabulary` : undefined,
      DESCRIPTIONS[rule.type],
      rule.notFuture ? 'not in the future' : undefined,
      rule.money ? 'EUR' : undefined,
      options.description,
    ]
      .filter(Boolean)
      .join('; ') || undefined;
  const shape = rule.list
    ? { type: 'array', items: item, maxItems: rule.maxItems }
    : { ...item, nullable: (!rule.required && !rule.hasDefault) || undefined };
  const defined = Object.fromEntries(
    Object.entries({
      ...shape,
      required,
      description,
      example: options.example,
      default: options.default,
    }).filter(([, value]) => value !== undefined),
  );
  return defined as ApiPropertyOptions;
}

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/**
 * A request field validated by its rule in the contracts' field schema (STARTUP_FIELDS, …): the
 * OpenAPI description, the normalisation (trimming, `''` as null, `https://` before
 * `www.firma.de`) and the check all come from the rule, and a refusal carries the rule's reason
 * code (see `toFieldErrors`), as the import and the web form give it.
 */
export function SchemaField(rule: FieldRule, options: SchemaFieldOptions = {}): PropertyDecorator {
  const mustBeGiven = rule.required && !options.partial;
  // Null clears an optional single value; a list is emptied with [], a required field never.
  const presence = mustBeGiven
    ? []
    : rule.required || rule.list || rule.hasDefault
      ? [ValidateIf((_object, value) => value !== undefined)]
      : [IsOptional()];
  return compose(
    ApiProperty(openApiOf(rule, options)),
    // A value the rule refuses stays as sent, so that the reason quotes what the caller wrote.
    Transform(({ value }: { value: unknown }) => {
      if (value === undefined) return value;
      const verdict = checkField(rule, value);
      return verdict.ok ? verdict.value : value;
    }),
    ...presence,
    ...(rule.multiLine ? [MultiLine()] : []),
    ValidateBy(
      {
        name: FIELD_RULE_CONSTRAINT,
        validator: {
          validate: (value: unknown) => checkField(rule, value).ok,
          // The English words; toFieldErrors adds the code and parameters.
          defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} is invalid`,
        },
      },
      { context: { rule } satisfies FieldRuleContext },
    ),
  );
}
