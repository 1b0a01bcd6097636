import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';

/** A route parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => {
        const body: ApiErrorBody = {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Some fields are invalid',
          errors: [{ field: name, messages: [`${name} must be a UUID`] }],
        };
        return new BadRequestException(body);
      },
    }),
  );
