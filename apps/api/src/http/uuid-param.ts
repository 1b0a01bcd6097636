import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalidFields } from './invalid-fields';

/** A route parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        invalidFields([{ field: name, messages: [`${name} must be a UUID`] }]),
    }),
  );
