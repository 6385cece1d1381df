import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode, httpStatusOf } from '../common/errors/error-code';
import { GongshiService, PortalPageError } from './gongshi.service';
import { markup } from './html';
import { errorBody } from './notice-pages';
import { HTML_TYPE, setPortalHeaders } from './portal-http';
import { PortalQueryError } from './portal-query';

/** Status and page of what went wrong; never the stack, never JSON (the reader is a browser). */
function pageOf(e: unknown): PortalPageError | undefined {
  if (e instanceof PortalPageError) return e;
  if (e instanceof PortalQueryError) {
    const detail = markup`检索条件“${e.label}”（参数 <code>${e.field}</code>）有误：${e.reason}。`;
    return new PortalPageError(400, '检索条件有误', errorBody(detail));
  }
  const status =
    e instanceof DomainException
      ? httpStatusOf(e.code)
      : e instanceof HttpException
        ? e.getStatus()
        : isDatabaseUnavailable(e)
          ? httpStatusOf(ErrorCode.SERVICE_UNAVAILABLE)
          : undefined;
  if (status === 404) {
    const detail = markup`没有这个页面。请从<a href="/gongshi/">行政处罚决定公示</a>进入。`;
    return new PortalPageError(404, '页面不存在', errorBody(detail));
  }
  if (status === 429) {
    return new PortalPageError(429, '访问过于频繁', errorBody('访问过于频繁，请稍后再试。'));
  }
  if (status === 503) {
    return new PortalPageError(503, '暂时无法访问', errorBody('系统暂时无法访问，请稍后再试。'));
  }
  return undefined;
}

/** Every error of a portal page as a Chinese HTML page with the portal's headers. */
@Catch()
export class GongshiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Gongshi');

  constructor(private readonly pages: GongshiService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const known = pageOf(exception);
    if (!known) this.logger.error(exception);
    const { status, title, body } =
      known ?? new PortalPageError(500, '系统错误', errorBody('系统出现错误，请稍后再试。'));
    const retry =
      exception instanceof DomainException ? exception.extensions.retryAfterSeconds : undefined;
    if (status === 429 && typeof retry === 'number') res.setHeader('Retry-After', String(retry));
    if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    setPortalHeaders(res);
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).type(HTML_TYPE).send(this.pages.render(title, body));
  }
}
