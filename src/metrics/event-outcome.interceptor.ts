import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { catchError, tap, throwError, type Observable } from 'rxjs';
import { isCatalogueEvent } from '../../workflows';
import { DomainException } from '../common/errors/domain.exception';
import { MetricsService } from './metrics.service';

/** The event a request sends, if it sends one: POST /cases (the first entry) or /cases/:id/events. */
function eventOf(req: Request): { type: string; caseId?: string } | undefined {
  // A dry run asks what would happen; it is not an event sent or refused.
  if (req.method !== 'POST' || req.query.dryRun === 'true') return undefined;
  const route = `${req.baseUrl}${(req.route as { path?: string } | undefined)?.path ?? ''}`;
  const body = (req.body ?? {}) as { type?: unknown; procedure?: unknown };
  if (route.endsWith('/cases/:id/events')) {
    // Only catalogue types become label values: a client cannot make series of its own.
    const type =
      typeof body.type === 'string' && isCatalogueEvent(body.type) ? body.type : 'UNKNOWN';
    return { type, caseId: req.params.id as string };
  }
  if (route.endsWith('/cases')) {
    return { type: body.procedure === 'summary' ? 'OPEN_SUMMARY_CASE' : 'REGISTER_CLUE' };
  }
  return undefined;
}

/**
 * Counts events accepted and refused (by code and failed guard) and logs one line per event;
 * the line is written in the request's context, so it carries the request id (pino-http).
 */
@Injectable()
export class EventOutcomeInterceptor implements NestInterceptor {
  constructor(
    private readonly metrics: MetricsService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('Events');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const event = eventOf(req);
    if (!event) return next.handle();
    return next.handle().pipe(
      tap(() => {
        this.metrics.events.inc({ type: event.type, outcome: 'accepted', code: '', guard: '' });
        this.logger.info({ event: event.type, caseId: event.caseId }, 'event accepted');
      }),
      catchError((e: unknown) => {
        const code = e instanceof DomainException ? e.code : 'ERROR';
        const guards =
          e instanceof DomainException
            ? (e.extensions.guards as { id: string }[] | undefined)
            : undefined;
        for (const guard of guards?.length ? guards.map((g) => g.id) : ['']) {
          this.metrics.events.inc({ type: event.type, outcome: 'refused', code, guard });
        }
        this.logger.info(
          { event: event.type, caseId: event.caseId, code, guards: guards?.map((g) => g.id) },
          'event refused',
        );
        return throwError(() => e);
      }),
    );
  }
}
