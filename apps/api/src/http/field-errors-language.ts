import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  type ApiErrorBody,
  type FieldError,
  formatReason,
  INVALID_FIELDS_MESSAGE,
  type Locale,
} from '@kohorte/contracts';
import { readerLocale } from './reader-locale';

function hasFieldErrors(body: unknown): body is ApiErrorBody & { errors: FieldError[] } {
  return typeof body === 'object' && body !== null && Array.isArray((body as ApiErrorBody).errors);
}

function inLanguage(error: FieldError, locale: Locale): FieldError {
  // Words without a code are one rule's own (an older check): they stay as they are.
  if (!error.code) return error;
  const message = formatReason(error.code, error.params, locale);
  // English `messages` stay as they were made (a rule without a code of its own keeps its words).
  return { ...error, message, messages: locale === 'en' ? error.messages : [message] };
}

/**
 * Renders the reasons of a 400 or 409 in the caller's language: each field error with a code gets
 * its `message` (and, for German, its `messages`) from the shared catalogue, by `Accept-Language`;
 * English when the header names neither language. The web app renders the codes itself. Any
 * other exception comes back as it was. Called by the API's exception filter, so that answers
 * without an error pay nothing for it (as an interceptor it wrapped every request in an rxjs pipe).
 */
export function fieldErrorsInCallersLanguage(exception: unknown, request: FastifyRequest): unknown {
  const body = exception instanceof HttpException ? exception.getResponse() : null;
  if (!hasFieldErrors(body)) return exception;
  const locale = readerLocale(request.headers['accept-language']);
  const localized: ApiErrorBody = {
    ...body,
    message:
      body.message === INVALID_FIELDS_MESSAGE.en ? INVALID_FIELDS_MESSAGE[locale] : body.message,
    errors: body.errors.map((error) => inLanguage(error, locale)),
  };
  const status = (exception as HttpException).getStatus();
  return new HttpException(localized, status, { cause: exception });
}
