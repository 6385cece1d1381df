// 200 answers carry catalogue messages too (a case view's nextActions: failing guards, denials).
// Like problem bodies (problem-details.filter), they are rendered in the reader's language here,
// in one place: each `{ msg, message }` becomes its text, a guard's gains its `citationText`.
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { type Lang, isMsg, render, citationText } from '../../../workflows';
import { languageOf } from './language';

/** Members kept as stored wherever they appear (an event's payload, hashed as sent). */
const KEPT: ReadonlySet<string> = new Set(['payload']);

const plain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** The value with every catalogue message rendered in `lang` (a new value). */
export function localised(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((item) => localised(item, lang));
  if (value === null || typeof value !== 'object' || !plain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (key === 'msg' && isMsg(member)) continue;
    out[key] = KEPT.has(key) ? member : localised(member, lang);
  }
  const m = (value as { msg?: unknown }).msg;
  if (isMsg(m)) {
    out.message = render(m, lang);
    const citation = (value as { citation?: unknown }).citation;
    if (typeof citation === 'string') out.citationText = citationText(citation, lang);
  }
  return out;
}

@Injectable()
export class LocaliseInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const lang = languageOf(ctx.switchToHttp().getRequest<Request>());
    return next.handle().pipe(map((body: unknown) => localised(body, lang)));
  }
}
