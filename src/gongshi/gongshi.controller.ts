import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  Req,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators';
import { PublicCacheInterceptor } from '../disclosure/http/public-cache.interceptor';
import { PublicRateLimitGuard } from '../disclosure/http/public-rate-limit.guard';
import { GongshiErrorFilter } from './gongshi-error.filter';
import { GongshiService } from './gongshi.service';
import { PORTAL_CSS } from './portal-css';
import { HTML_TYPE, PortalHeadersInterceptor } from './portal-http';

/**
 * 行政执法公示 for people, not programs: server-rendered HTML pages that work without JavaScript
 * (issue 17). Outside the API prefix and the OpenAPI document (README "The public portal"); the
 * same rate limit and caching as /api/v1/public/*.
 */
@ApiExcludeController()
@Public()
@UseGuards(PublicRateLimitGuard)
@UseFilters(GongshiErrorFilter)
@UseInterceptors(PortalHeadersInterceptor, PublicCacheInterceptor)
@Controller('gongshi')
export class GongshiController {
  constructor(private readonly pages: GongshiService) {}

  @Get()
  @Header('Content-Type', HTML_TYPE)
  list(@Req() req: Request) {
    return this.pages.list(req.query);
  }

  @Get('portal.css')
  @SkipThrottle()
  @Header('Content-Type', 'text/css; charset=utf-8')
  css() {
    return PORTAL_CSS;
  }

  @Get('decisions/:decisionNumber')
  @Header('Content-Type', HTML_TYPE)
  decision(@Param('decisionNumber') decisionNumber: string) {
    return this.pages.decision(decisionNumber);
  }

  @Get('withdrawals')
  @Header('Content-Type', HTML_TYPE)
  withdrawals(@Req() req: Request) {
    return this.pages.withdrawals(req.query);
  }

  @Get('procedure')
  @Header('Content-Type', HTML_TYPE)
  procedure() {
    return this.pages.procedurePage();
  }

  @Get('checkpoints')
  @Header('Content-Type', HTML_TYPE)
  checkpoints() {
    return this.pages.checkpointsPage();
  }

  /** Any other address under /gongshi/ is the portal's own 404 page. */
  @Get('*rest')
  unknown(): never {
    throw new NotFoundException();
  }
}
