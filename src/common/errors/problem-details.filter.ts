import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable';
import { DomainException } from './domain.exception';
import { ErrorCode, httpStatusOf } from './error-code';
import { type Msg, msg, render } from '../../../workflows';
import { contentLanguage, languageOf } from '../i18n/language';
import { localiseExtensions, renderText } from '../i18n/localise';

/** Nest's router answers an unknown route with `Cannot GET /path`. */
const NO_ROUTE = /^Cannot ([A-Z]+) (\S+)$/;

/** Problem titles by status (the catalogue's `title.*`), in the reader's language. */
const TITLES: Readonly<Record<number, Msg>> = {
  400: msg('title.400'),
  401: msg('title.401'),
  403: msg('title.403'),
  404: msg('title.404'),
  409: msg('title.409'),
  413: msg('title.413'),
  422: msg('title.422'),
  429: msg('title.429'),
  500: msg('title.500'),
  503: msg('title.503'),
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
  const route = status === 404 ? NO_ROUTE.exec(message) : null;
  return new DomainException(
    code,
    route ? msg('problem.routeNotFound', { method: route[1], path: route[2] }) : message,
  );
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
            ? new DomainException(ErrorCode.SERVICE_UNAVAILABLE, msg('problem.databaseUnavailable'))
            : undefined;
    if (!domain) this.logger.error(exception);
    else if (domain.code === ErrorCode.SERVICE_UNAVAILABLE) this.logger.warn(String(exception));
    sendProblem(
      req,
      res,
      domain ?? new DomainException(ErrorCode.INTERNAL, msg('problem.internal')),
    );
  }
}

/**
 * Writes one error as RFC 7807 problem details (the filter's and the request hygiene's), in the
 * request's language (Chinese unless Accept-Language prefers English): title, detail, field
 * reasons and guard messages; codes, ids and citations stay as they are.
 */
export function sendProblem(req: Request, res: Response, error: DomainException): void {
  const status = httpStatusOf(error.code);
  const lang = languageOf(req);
  if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  const retryAfter = error.extensions.retryAfterSeconds;
  if (status === 429 && typeof retryAfter === 'number') {
    res.setHeader('retry-after', String(retryAfter));
  }
  res.setHeader('content-language', contentLanguage(lang));
  res.vary('Accept-Language');
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: `https://zhifa.dev/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
      title: render(TITLES[status] ?? msg('title.other'), lang),
      status,
      code: error.code,
      detail: renderText(error.msg ?? error.message, lang),
      instance: req.originalUrl,
      ...localiseExtensions(error.extensions, lang),
    });
}
