// Instants in answers carry the business offset (issue 14, "Business time"). The one rule, in
// one place: every JSON answer is walked once, and each instant the service stores in UTC form
// (`…Z`, as `toISOString` writes it) or holds as a Date is rendered in TZ_BUSINESS
// (`2026-07-01T00:00:00.000+08:00`): the same instant, written as officers read it. Business
// dates (`2026-07-01`) are dates and stay so. Two things are never rewritten, because clients
// hash or verify them as stored: any `payload` member (an event's payload, hashed as sent) and
// routes marked @StoredForm() (the export bundle, signed checkpoints).
import {
  Injectable,
  SetMetadata,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';
import { businessInstant } from '../clock/business-time';
import { AppConfig } from '../../config/app-config';

const STORED_FORM = 'zhifa:storedForm';
/** This route answers with what clients hash or verify: its instants stay as stored. */
export const StoredForm = () => SetMetadata(STORED_FORM, true);

/** An instant in the stored UTC form. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/** Members kept as stored wherever they appear. */
const KEPT: ReadonlySet<string> = new Set(['payload']);

/** Bytes and streams (a file download, a zip) are passed through untouched. */
const opaque = (value: object): boolean =>
  value instanceof StreamableFile ||
  ArrayBuffer.isView(value) ||
  typeof (value as { pipe?: unknown }).pipe === 'function';

/** The value with its instants in business time (a new value; the input is not changed). */
export function inBusinessTime(value: unknown, timeZone: string): unknown {
  if (typeof value === 'string') {
    return UTC_INSTANT.test(value) ? businessInstant(new Date(value), timeZone) : value;
  }
  if (value instanceof Date) return businessInstant(value, timeZone);
  if (Array.isArray(value)) return value.map((item) => inBusinessTime(item, timeZone));
  if (value === null || typeof value !== 'object' || opaque(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    out[key] = KEPT.has(key) ? member : inBusinessTime(member, timeZone);
  }
  return out;
}

@Injectable()
export class BusinessTimeInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (
      ctx.getType() !== 'http' ||
      this.reflector.getAllAndOverride<boolean>(STORED_FORM, targets)
    ) {
      return next.handle();
    }
    const zone = this.config.TZ_BUSINESS;
    return next.handle().pipe(map((body: unknown) => inBusinessTime(body, zone)));
  }
}
