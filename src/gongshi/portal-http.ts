// What every portal answer carries, pages and error pages alike: a policy that lets the page
// load only its own stylesheet and images (no script at all, inline or not), and no sniffing.
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import type { Observable } from 'rxjs';

export const PORTAL_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const HTML_TYPE = 'text/html; charset=utf-8';

export function setPortalHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', PORTAL_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Content-Language', 'zh-CN');
}

/** The portal's headers on a successful page (the error filter sets them on the others). */
@Injectable()
export class PortalHeadersInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    setPortalHeaders(ctx.switchToHttp().getResponse<Response>());
    return next.handle();
  }
}
