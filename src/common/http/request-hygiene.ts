// The one gate every request passes before routing, guards and pipes (issue 13): a malformed
// request (size, nesting, encoding, NUL, lone surrogates, impossible dates, prototype keys) is a
// 400 or a 413 before anything else runs, so nothing of it can be written.
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { DomainException, type FieldError } from '../errors/domain.exception';
import { ErrorCode } from '../errors/error-code';
import { sendProblem } from '../errors/problem-details.filter';
import { malformations, stringError } from './malformed-input';
import { msg } from '../../../workflows';

/** Body-parser's default, kept: the API's largest body (a case with its party) is a few kB. */
export const BODY_LIMIT = '100kb';
/** The case_log column (varchar 200); printable ASCII without spaces. */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,200}$/;

function pathErrors(req: Request): FieldError[] {
  const errors: FieldError[] = [];
  for (const segment of req.path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      errors.push({ field: 'path', reason: msg('http.badPercent') });
      continue;
    }
    const reason = stringError(decoded);
    if (reason) errors.push({ field: 'path', reason });
  }
  return errors;
}

function headerErrors(req: Request): FieldError[] {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return [];
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    return [{ field: 'Idempotency-Key', reason: msg('http.idempotencyKey') }];
  }
  return [];
}

/** Answers a refusal in its own form (the public portal's HTML pages) and says so, or passes. */
export type RefusalWriter = (req: Request, res: Response, error: DomainException) => boolean;

const hygiene =
  (writers: readonly RefusalWriter[]) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const errors = [
      ...pathErrors(req),
      ...headerErrors(req),
      ...malformations(req.query, ''),
      ...(req.body === undefined ? [] : malformations(req.body as unknown, '')),
    ];
    if (errors.length === 0) return next();
    const error = DomainException.validation(errors);
    if (!writers.some((write) => write(req, res, error))) sendProblem(req, res, error);
  };

/** body-parser's errors (and any other thrown before routing) as problem details. */
function parserErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  const e = err as { status?: number; type?: string; message?: string };
  const status = typeof e.status === 'number' ? e.status : 500;
  if (status === 413) {
    const limit = msg('http.tooLarge', { limit: BODY_LIMIT });
    return sendProblem(req, res, new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, limit));
  }
  if (status >= 400 && status < 500) {
    const reason = e.type === 'entity.parse.failed' ? msg('http.notJson') : String(e.message);
    return sendProblem(req, res, DomainException.validation([{ field: 'body', reason }]));
  }
  next(err);
}

/**
 * Installs JSON parsing with its limit, the hygiene check and the mapping of parser errors on
 * the app, before any route. The app must be created with `bodyParser: false`. A refusal is
 * problem details unless one of `writers` answers it.
 */
export function installRequestHygiene(
  app: INestApplication,
  writers: readonly RefusalWriter[] = [],
): void {
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(hygiene(writers));
  app.use(parserErrors);
}
