import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  GoneException,
  HttpException,
  HttpStatus,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';
import type { DomainError, DomainErrorKind } from '@kohorte/server/errors';

type Response = string | ApiErrorBody;

// Nest's own exception of each kind: a message gets its usual body (`message`, `error`,
// `statusCode`), a whole body is sent as it is.
const EXCEPTIONS: Record<DomainErrorKind, (response: Response) => HttpException> = {
  'not-found': (response) => new NotFoundException(response),
  conflict: (response) => new ConflictException(response),
  invalid: (response) => new BadRequestException(response),
  unauthorized: (response) => new UnauthorizedException(response),
  forbidden: (response) => new ForbiddenException(response),
  gone: (response) => new GoneException(response),
  'too-many-requests': (response) => new HttpException(response, HttpStatus.TOO_MANY_REQUESTS),
  unavailable: (response) => new ServiceUnavailableException(response),
};

/** The HTTP answer to a refusal of the server package (`DomainError`): status and body. */
export function httpExceptionOf(error: DomainError): HttpException {
  return EXCEPTIONS[error.kind](error.response);
}
