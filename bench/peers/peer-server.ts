// A peer behind the same HTTP stack as the service, in its own process: NestJS on Express with
// the service's request gate (JSON limit, malformed input, Idempotency-Key format), its request
// log (pino-http, one JSON line per request), its request metrics, bearer tokens verified by its
// TokenService (401 otherwise), its DTOs through its ValidationPipe, and its RFC 7807 error
// filter. "Ours over HTTP" and "a peer over HTTP" then differ in what handles the event and in
// the service's own extras (the workbench's static middleware, its time and language
// interceptors, the officer lookup of its AuthGuard).
// Run by bench/peer-phase.ts with PEER=naive|emmett|emmettDecider|emmettDeciderDocuments,
// DATABASE_URL, JWT_SECRET and PORT.
import 'reflect-metadata';
import cluster from 'node:cluster';
import {
  Body,
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  Headers,
  HttpCode,
  Module,
  Param,
  Post,
  Req,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Logger, LoggerModule } from 'nestjs-pino';
import { Histogram } from 'prom-client';
import { TokenService } from '../../src/auth/token.service';
import { CaseEventDto } from '../../src/cases/dto/case-event.dto';
import { CreateCaseDto } from '../../src/cases/dto/create-case.dto';
import { SystemClock } from '../../src/common/clock/clock';
import { DomainException } from '../../src/common/errors/domain.exception';
import { ProblemDetailsFilter } from '../../src/common/errors/problem-details.filter';
import { createValidationPipe } from '../../src/common/errors/validation';
import { installRequestHygiene } from '../../src/common/http/request-hygiene';
import { requestLog } from '../../src/common/http/request-log';
import { dataSourceOptions } from '../../src/database/database-options';
import type { AppConfig } from '../../src/config/app-config';
import { httpMetrics } from '../../src/metrics/http-metrics.middleware';
import type { MetricsService } from '../../src/metrics/metrics.service';
import { superviseWorkers, WORKER_READY } from '../../src/workers';
import { emmettPeer } from './emmett';
import { emmettDeciderPeer } from './emmett-decider';
import { naivePeer } from './naive';
import type { Peer } from './peer';

type AuthRequest = Request & { officerId?: string };

let peer: Peer;

/** The service's bearer check (its TokenService: HS256, exp required, nbf, lifetime cap). */
class BearerGuard implements CanActivate {
  private readonly tokens = new TokenService(
    new JwtService({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    new SystemClock(),
    { JWT_SECRET: process.env.JWT_SECRET!, TOKEN_MAX_LIFETIME_SECONDS: 12 * 3600 } as AppConfig,
  );

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<AuthRequest>();
    if (req.path.startsWith('/health')) return true;
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match) throw DomainException.unauthenticated('missing bearer token');
    req.officerId = await this.tokens.verify(match[1]);
    return true;
  }
}

@Controller()
class PeerController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Post('cases')
  async create(
    @Req() req: AuthRequest,
    @Body() body: CreateCaseDto,
    @Headers('idempotency-key') key?: string,
  ) {
    const payload = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
    const id = await peer.create({
      expectedVersion: 0,
      type: 'REGISTER_CLUE',
      actorId: req.officerId!,
      occurredAt: body.receivedAt,
      payload,
      idempotencyKey: key,
    });
    return { id };
  }

  @Post('cases/:id/events')
  @HttpCode(200)
  async send(
    @Req() req: AuthRequest,
    @Param('id') id: string,
    @Body() body: CaseEventDto,
    @Headers('idempotency-key') key?: string,
  ) {
    if (body.expectedVersion === undefined || body.occurredAt === undefined)
      throw DomainException.validation([{ field: 'expectedVersion', reason: 'required here' }]);
    const stage = await peer.send(id, {
      expectedVersion: body.expectedVersion,
      type: body.type,
      actorId: req.officerId!,
      occurredAt: body.occurredAt,
      payload: body.payload,
      idempotencyKey: key,
    });
    return { stage };
  }
}

@Module({
  imports: [
    // The service's request log (src/app.module.ts), with the same options.
    LoggerModule.forRoot(requestLog(process.env.LOG_LEVEL ?? 'info')),
  ],
  controllers: [PeerController],
})
class PeerModule {}

async function serve(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  // The service's own pool size.
  const pool = (dataSourceOptions(url).extra as { max: number }).max;
  const kind = process.env.PEER;
  peer =
    kind === 'emmett'
      ? await emmettPeer(url, pool)
      : kind === 'emmettDecider' || kind === 'emmettDeciderDocuments'
        ? await emmettDeciderPeer(url, pool, { documents: kind === 'emmettDeciderDocuments' })
        : await naivePeer(url, pool);
  const app = await NestFactory.create<NestExpressApplication>(PeerModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  installRequestHygiene(app);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  const httpDuration = new Histogram({
    name: 'peer_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  app.use(httpMetrics({ httpDuration } as unknown as MetricsService));
  app.useGlobalGuards(new BearerGuard());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  // A worker tells the supervisor it serves, which then starts the next (as the service's do).
  process.send?.({ type: WORKER_READY });
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => peer.close())
      .finally(() => process.exit(0));
  });
}

/** WORKERS > 1: the service's own supervisor (src/workers.ts), processes started in turn. */
async function main(): Promise<void> {
  const workers = Number(process.env.WORKERS ?? 1);
  if (cluster.isWorker) return serve();
  if (workers <= 1) await serve();
  else await superviseWorkers(workers, process.env.DATABASE_URL!, () => Promise.resolve());
  // What bench/http/service.ts waits for, as the service's main.ts says it.
  console.log(`peer ${process.env.PEER} listening on http://127.0.0.1:${process.env.PORT}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
