import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { KEY_PATTERN } from '../startups/startup-input.dto';

/**
 * Validation pieces that the mentor and investor DTOs share. Per-field rules live here; rules that
 * need the stored record or the vocabularies (unknown keys, tags, ranges in a PATCH) are the
 * services' — they name fields the same way.
 */

const MAX_KEY_LENGTH = 64;
const MAX_TERMS = 20;
/** Tags are checked one by one in the service (naming `tags.1`); this only bounds the request. */
const MAX_TAGS_SENT = 100;

export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** A field a form clears arrives as an empty string: store it as "not set". */
export const trimToNull = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** In a query string, an empty parameter (`?city=`) is no filter at all. */
export const trimToUndefined = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** `null` is allowed (it clears the field); only a missing field skips validation in a PATCH. */
export const Nullable = () => IsOptional();
/** Optional but never `null`: a list is emptied with `[]`, a name cannot be cleared. */
export const NotNull = () => ValidateIf((_object, value) => value !== undefined);

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** A list of vocabulary keys; whether each is known is the service's check. */
export const KeyList = (noun: string): PropertyDecorator =>
  compose(
    NotNull(),
    IsArray(),
    ArrayMaxSize(MAX_TERMS),
    ArrayUnique({ message: `$property must not repeat a ${noun}` }),
    IsString({ each: true }),
    Matches(KEY_PATTERN, {
      each: true,
      message: `each ${noun} in $property must be a key of lower-case letters, digits and dashes`,
    }),
    MaxLength(MAX_KEY_LENGTH, { each: true }),
  );

/** Tags as sent; the service trims, de-duplicates and checks each against TAG_PATTERN. */
export const TagList = (): PropertyDecorator =>
  compose(NotNull(), IsArray(), ArrayMaxSize(MAX_TAGS_SENT), IsString({ each: true }));

/** A vocabulary key in a list query. */
export const KeyParam = (): PropertyDecorator =>
  compose(
    IsOptional(),
    IsString(),
    Matches(KEY_PATTERN, {
      message: '$property must be a key of lower-case letters, digits and dashes',
    }),
    MaxLength(MAX_KEY_LENGTH),
  );

/** `true` or `false` in a query string; anything else is a 400 naming the parameter. */
export const BooleanParam = (): PropertyDecorator =>
  compose(
    Transform(({ value }: { value: unknown }) =>
      value === 'true' ? true : value === 'false' ? false : value,
    ),
    IsOptional(),
    IsBoolean({ message: '$property must be true or false' }),
  );

/** An ISO calendar date `YYYY-MM-DD` that exists. */
export function IsIsoDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDay',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
        },
        defaultMessage: () => '$property must be a date YYYY-MM-DD',
      },
    },
    options,
  );
}
