import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable';
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
  503: 'Service Unavailable',
};

/** Nest's own HTTP errors (routing, guards, pipes) by status; any other 4xx is a validation error. */
const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

function fromHttpException(e: HttpException): DomainException {
  const status = e.getStatus();
  const code =
    CODE_OF_STATUS[status] ?? (status < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL);
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
          : isDatabaseUnavailable(exception)
            ? new DomainException(
                ErrorCode.SERVICE_UNAVAILABLE,
                'The database is unavailable or did not answer in time; retry later',
              )
            : undefined;
    if (!domain) this.logger.error(exception);
    else if (domain.code === ErrorCode.SERVICE_UNAVAILABLE) this.logger.warn(String(exception));
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
  if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
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
