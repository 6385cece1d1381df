import {
  Controller,
  Get,
  Header,
  Param,
  Query,
  Req,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../common/dto/page';
import { JSON_FEED_SCHEMA, PublicDecisionDto, PublicWithdrawalDto } from './dto/public-views.dto';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators';
import { PageQuery } from '../common/dto/page.query';
import { PublicDecisionsQuery } from './dto/public-decisions.query';
import { PublicCacheInterceptor } from './http/public-cache.interceptor';
import { PublicRateLimitGuard } from './http/public-rate-limit.guard';
import { JSON_FEED_TYPE } from './json-feed';
import { PublicDecisionsService } from './public-decisions.service';

const baseUrlOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** 行政执法公示 (DR; GO118): decisions on display, redacted, and withdrawal notices. No token. */
@ApiTags('public')
@Public()
@UseGuards(PublicRateLimitGuard)
@UseInterceptors(PublicCacheInterceptor)
@Controller('public')
export class PublicDecisionsController {
  constructor(private readonly decisions: PublicDecisionsService) {}

  @Get('decisions')
  @ApiOperation({ summary: 'Decisions on display: filter by decision date, department, violation' })
  @ApiPageResponse(PublicDecisionDto)
  list(@Query() q: PublicDecisionsQuery) {
    return this.decisions.list(q);
  }

  @Get('decisions/feed.json')
  @Header('Content-Type', JSON_FEED_TYPE)
  @ApiOperation({ summary: 'JSON Feed 1.1 of decisions on display and withdrawal notices' })
  @ApiProduces(JSON_FEED_TYPE)
  @ApiOkResponse({ schema: JSON_FEED_SCHEMA })
  feed(@Req() req: Request) {
    return this.decisions.feed(baseUrlOf(req));
  }

  @Get('decisions/:decisionNumber')
  @ApiOperation({ summary: 'One decision on display, by its decision number (文号)' })
  @ApiOkResponse({ type: PublicDecisionDto })
  get(@Param('decisionNumber') decisionNumber: string) {
    return this.decisions.get(decisionNumber);
  }

  @Get('withdrawals')
  @ApiOperation({ summary: 'Withdrawal notices (DR 11): decision number, date and reasons' })
  @ApiPageResponse(PublicWithdrawalDto)
  withdrawals(@Query() q: PageQuery) {
    return this.decisions.withdrawals(q);
  }
}
