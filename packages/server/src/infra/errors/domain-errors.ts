import type { ApiErrorBody } from '@kohorte/contracts';

/**
 * What a refused use case says, in the words of the domain, not of HTTP: the services of this
 * package throw these, the API maps each kind to its status (apps/api `http/domain-errors.ts`),
 * and a job handler lets one fail the job. `response` is what the client reads: a message, or a
 * whole `ApiErrorBody` (field errors, reason codes) when there is more to say.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(readonly response: string | ApiErrorBody) {
    super(typeof response === 'string' ? response : response.message);
    this.name = new.target.name;
  }
}

export type DomainErrorKind =
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'gone'
  | 'too-many-requests'
  | 'unavailable';

/** The record asked for does not exist (or is not the caller's to see). */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The change clashes with the current state: a unique name taken, a record in the way. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** Input that only a service can judge is wrong; the body names each field. */
export class InvalidFieldsError extends DomainError {
  readonly kind = 'invalid';
}

/** The credentials do not hold. */
export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized';
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** It existed and is gone for good: an expired, used or revoked link. */
export class GoneError extends DomainError {
  readonly kind = 'gone';
}

/** Too many attempts; the caller may try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends DomainError {
  readonly kind = 'too-many-requests';

  constructor(
    response: ApiErrorBody,
    readonly retryAfterSeconds: number,
  ) {
    super(response);
  }
}

/** A service this needs (Redis, for the rate limiters) does not answer: try again shortly. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
