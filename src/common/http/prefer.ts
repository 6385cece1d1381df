import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';

/** RFC 7240 §4.2: `Prefer: return=minimal` asks for the outcome without the full representation. */
const MINIMAL = /(^|[,;\s])return\s*=\s*"?minimal"?(\s*[,;]|\s*$)/i;

export const PREFER_HEADER = {
  name: 'Prefer',
  required: false,
  description:
    'return=minimal: answer the entry and the case id, number, version and stage only ' +
    '(no deadlines, next actions or view); the answer then carries Preference-Applied',
};

/**
 * Whether the request prefers a minimal answer; when it does, the response says it was applied
 * (RFC 7240 §3) and varies on Prefer, so a cache never hands one kind of answer for the other.
 */
export const PreferMinimal = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const http = ctx.switchToHttp();
  const prefer = http.getRequest<Request>().headers.prefer;
  const minimal = typeof prefer === 'string' && MINIMAL.test(prefer);
  const res = http.getResponse<Response>();
  res.vary('Prefer');
  if (minimal) res.setHeader('Preference-Applied', 'return=minimal');
  return minimal;
});
