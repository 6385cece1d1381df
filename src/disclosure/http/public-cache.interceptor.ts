import { createHash } from 'node:crypto';
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/** How long aggregators and browsers may reuse a public answer before revalidating. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * A strong ETag (SHA-256 of the body) and Cache-Control on every public answer. Express answers
 * 304 with no body when If-None-Match carries that ETag (res.send checks req.fresh).
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = ctx.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const digest = createHash('sha256').update(text).digest('base64url').slice(0, 32);
        res.setHeader('ETag', `"${digest}"`);
        res.setHeader('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
        return body;
      }),
    );
  }
}
