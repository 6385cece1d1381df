import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/auth.decorators';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows';
import { AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** GET /metrics in Prometheus text format; with METRICS_TOKEN set, only for that bearer token. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Res({ passthrough: true }) res: Response,
    @Headers('authorization') authorization?: string,
  ): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (token && !same(authorization ?? '', `Bearer ${token}`)) {
      throw DomainException.unauthenticated(msg('auth.metrics'));
    }
    res.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
