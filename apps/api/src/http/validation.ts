import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@kohorte/contracts';
import { invalidFields } from './invalid-fields';

/** Flattens class-validator's tree into one entry per field, with dotted paths (`sectors.1`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Strict validation at the edge: unknown fields are rejected, values are converted to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidFields(toFieldErrors(errors)),
  });
}
