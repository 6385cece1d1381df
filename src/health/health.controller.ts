import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthDto, LivenessDto } from './health.dto';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';

type Health = { status: 'ok'; database: 'up' } | { status: 'error'; database: 'down' };

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The service with a database check: 200 { status, database }, or 503' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'the database is down' })
  check(@Res({ passthrough: true }) res: Response): Promise<Health> {
    return this.withDatabase(res);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (restart it only if this fails)' })
  @ApiOkResponse({ type: LivenessDto })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: 200 when the database answers, else 503 with Retry-After' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'the database is down' })
  ready(@Res({ passthrough: true }) res: Response): Promise<Health> {
    return this.withDatabase(res);
  }

  private async withDatabase(res: Response): Promise<Health> {
    try {
      await this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
      return { status: 'ok', database: 'up' };
    } catch {
      res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return { status: 'error', database: 'down' };
    }
  }
}
