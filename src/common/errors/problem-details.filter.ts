import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException } from './domain.exception';
import { ErrorCode, httpStatusOf } from './error-code';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function fromHttpException(e: HttpException): DomainException {
  const status = e.getStatus();
  const code =
    status === 404
      ? ErrorCode.NOT_FOUND
      : status === 429
        ? ErrorCode.RATE_LIMITED
        : status === 401
          ? ErrorCode.UNAUTHENTICATED
          : status === 403
            ? ErrorCode.FORBIDDEN
            : status === 413
              ? ErrorCode.PAYLOAD_TOO_LARGE
              : status < 500
                ? ErrorCode.VALIDATION_FAILED
                : ErrorCode.INTERNAL;
  const body = e.getResponse();
  const message =
    typeof body === 'object' && body && 'message' in body ? String(body.message) : e.message;
  return new DomainException(code, message);
}

/** Maps every error to RFC 7807 problem details (application/problem+json) with a stable code. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const domain =
      exception instanceof DomainException
        ? exception
        : exception instanceof HttpException
          ? fromHttpException(exception)
          : undefined;
    if (!domain) this.logger.error(exception);
    sendProblem(
      req,
      res,
      domain ?? new DomainException(ErrorCode.INTERNAL, 'Internal server error'),
    );
  }
}

/** Writes one error as RFC 7807 problem details (the filter's and the request hygiene's). */
export function sendProblem(req: Request, res: Response, error: DomainException): void {
  const status = httpStatusOf(error.code);
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: `https://zhifa.dev/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      code: error.code,
      detail: error.message,
      instance: req.originalUrl,
      ...error.extensions,
    });
}
