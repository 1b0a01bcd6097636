import { ValidationPipe, type ValidationError } from '@nestjs/common';
import {
  checkField,
  type FieldError,
  type FieldReason,
  formatReason,
  type ReasonParam,
} from '@kohorte/contracts';
import { invalidFields } from './invalid-fields';
import type { NotBeforeContext } from './not-before';
import { FIELD_RULE_CONSTRAINT, type FieldRuleContext } from './schema-field';
import { cacheValidationRules } from './validation-rules-cache';

const quoted = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

/**
 * The reason of a class-validator constraint that is not a field rule (an enum, a yes/no, an id,
 * a property the body may not have). A constraint without a code of its own keeps its English
 * words as `detail`.
 */
function constraintReason(name: string, message: string, error: ValidationError): FieldReason {
  const params = (values: Record<string, ReasonParam>) => values;
  switch (name) {
    case 'whitelistValidation':
      return { code: 'unknownField', params: {} };
    case 'isBoolean':
      return { code: 'notBoolean', params: {} };
    case 'isUuid':
      return { code: 'notId', params: {} };
    case 'isIn':
    case 'isEnum': {
      // class-validator's message ends with the allowed values: "… one of the following values: a, b".
      const choices = /following values: (.*)$/.exec(message)?.[1] ?? '';
      return { code: 'notChoice', params: params({ choices }) };
    }
    case 'isInt':
      return { code: 'notWhole', params: params({ value: quoted(error.value) }) };
    case 'notBefore': {
      // The other end is a sibling in the same body: read from the validated object.
      const context = error.contexts?.notBefore as NotBeforeContext | undefined;
      const other = (error.target as Record<string, unknown> | undefined)?.[context?.other ?? ''];
      if (!context) return { code: 'invalid', params: params({ detail: message }) };
      return { code: context.code, params: params({ [context.param]: quoted(other) }) };
    }
    default:
      return { code: 'invalid', params: params({ detail: message }) };
  }
}

/**
 * Flattens class-validator's tree into one entry per field, with dotted paths (`sectors.1`), each
 * with the reason's code and parameters and its English words. A field checked by its schema
 * rule is re-checked here for the reason, so the code is the one `checkField` gives everywhere.
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = [];
    const context = error.contexts?.[FIELD_RULE_CONSTRAINT] as FieldRuleContext | undefined;
    if (error.constraints?.[FIELD_RULE_CONSTRAINT] && context) {
      const verdict = checkField(context.rule, error.value);
      if (!verdict.ok) {
        const { code, params } = verdict.reason;
        own.push({
          field: verdict.index === undefined ? field : `${field}.${verdict.index}`,
          code,
          params,
          messages: [formatReason(code, params, 'en')],
        });
      }
    } else if (error.constraints) {
      // One reason per field: the first constraint that failed says what to fix first.
      const firstFailed = Object.entries(error.constraints)[0];
      if (firstFailed) {
        const [name, message] = firstFailed;
        const { code, params } = constraintReason(name, message, error);
        own.push({
          field,
          code,
          params,
          // A cross-field reason names the other end's value, which only the catalogue's words do.
          messages:
            name === 'notBefore'
              ? [formatReason(code, params, 'en')]
              : Object.values(error.constraints),
        });
      }
    }
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Strict validation at the edge: unknown fields are rejected, values are converted to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The value is kept so that a field rule's reason can quote it, the body (target) so that a
    // cross-field reason can name the other end; neither is echoed whole.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => invalidFields(toFieldErrors(errors)),
  });
}
