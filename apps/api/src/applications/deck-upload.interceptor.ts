import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { type ApiErrorBody, PITCH_DECK_MAX_BYTES, reasonError } from '@kohorte/contracts';
import { catchError, type Observable, throwError } from 'rxjs';

/** multer's "File too large" of a deck as the API's error body, naming `file` and the limit. */
@Injectable()
export class DeckUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof PayloadTooLargeException)) return throwError(() => error);
        const max = PITCH_DECK_MAX_BYTES / 1024 / 1024;
        const body: ApiErrorBody = {
          statusCode: 413,
          error: 'Payload Too Large',
          message: `The file is larger than ${max} MB`,
          errors: [reasonError('file', 'fileTooLarge', { max })],
        };
        return throwError(() => new PayloadTooLargeException(body));
      }),
    );
  }
}
