// Every failure of a portal address as a Chinese HTML page with the portal's headers: from the
// pages themselves (GongshiErrorFilter) and from the request gate before routing (a NUL or a bad
// percent-escape in the address, installRequestHygiene).
import { HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';
import { DomainException, type FieldError } from '../common/errors/domain.exception';
import { ErrorCode, httpStatusOf } from '../common/errors/error-code';
import { renderText } from '../common/i18n/localise';
import { markup, toText, type Html } from './html';
import { page } from './layout';
import { errorBody } from './notice-pages';
import { HTML_TYPE, setPortalHeaders } from './portal-http';
import { FIELD_LABELS, PortalQueryError } from './portal-query';

/** A page the portal answers with other than 200 (404 for an unknown decision number). */
export class PortalPageError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly body: Html,
  ) {
    super(title);
  }
}

const BAD_QUERY = '检索条件有误';

function fieldLine({ field, reason }: FieldError): Html {
  const label = (FIELD_LABELS as Record<string, string | undefined>)[field];
  return markup`<li>${label ? `“${label}”（参数 ` : '（'}<code>${field}</code>）：${renderText(reason, 'zh')}</li>`;
}

const statusOf = (e: unknown): number | undefined =>
  e instanceof DomainException
    ? httpStatusOf(e.code)
    : e instanceof HttpException
      ? e.getStatus()
      : isDatabaseUnavailable(e)
        ? httpStatusOf(ErrorCode.SERVICE_UNAVAILABLE)
        : undefined;

/** The pages of the other statuses a reader may meet: title and what to do. */
const OTHER_PAGES: Readonly<Record<number, [string, Html | string]>> = {
  400: ['请求有误', '请求有误，请核对地址。'],
  404: ['页面不存在', markup`没有这个页面。请从<a href="/gongshi/">行政处罚决定公示</a>进入。`],
  429: ['访问过于频繁', '访问过于频繁，请稍后再试。'],
  503: ['暂时无法访问', '系统暂时无法访问，请稍后再试。'],
};

/** Status and page of what went wrong; never the stack, never JSON (the reader is a browser). */
function pageOf(e: unknown): PortalPageError | undefined {
  if (e instanceof PortalPageError) return e;
  if (e instanceof PortalQueryError) {
    const detail = markup`检索条件“${e.label}”（参数 <code>${e.field}</code>）有误：${e.reason}。`;
    return new PortalPageError(400, BAD_QUERY, errorBody(detail));
  }
  const fields = e instanceof DomainException ? e.extensions.errors : undefined;
  if (Array.isArray(fields)) {
    const detail = markup`地址或检索条件有误：<ul>${(fields as FieldError[]).map(fieldLine)}</ul>`;
    return new PortalPageError(400, BAD_QUERY, errorBody(detail));
  }
  const status = statusOf(e);
  const other = status === undefined ? undefined : OTHER_PAGES[status];
  return other && status ? new PortalPageError(status, other[0], errorBody(other[1])) : undefined;
}

const logger = new Logger('Gongshi');

/** Writes the error page of `exception` (an unexpected one is logged and is a 500 page). */
export function sendPortalError(res: Response, department: string, exception: unknown): void {
  const known = pageOf(exception);
  if (!known) logger.error(exception);
  const { status, title, body } =
    known ?? new PortalPageError(500, '系统错误', errorBody('系统出现错误，请稍后再试。'));
  const retry =
    exception instanceof DomainException ? exception.extensions.retryAfterSeconds : undefined;
  if (status === 429 && typeof retry === 'number') res.setHeader('Retry-After', String(retry));
  if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  setPortalHeaders(res);
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type(HTML_TYPE)
    .send(toText(page({ title, body, department })));
}

/** For the request gate: portal addresses get their refusal as a page, the rest as JSON. */
export function portalProblemWriter(department: string) {
  return (req: Request, res: Response, error: DomainException): boolean => {
    if (!/^\/gongshi(\/|$)/.test(req.path)) return false;
    sendPortalError(res, department, error);
    return true;
  };
}
