import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../common/dto/page';
import { DeadLetterDto, OutboxStatsDto, RevivedDto } from './dto/outbox-views.dto';
import { Roles } from '../auth/auth.decorators';
import { PageQuery } from '../common/dto/page.query';
import { NotificationsService } from './notifications.service';

@ApiTags('outbox')
@ApiBearerAuth()
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Effects waiting to be routed or delivered, and dead letters' })
  @ApiOkResponse({ type: OutboxStatsDto })
  stats() {
    return this.notifications.stats();
  }

  @Get('dead-letters')
  @Roles('admin')
  @ApiOperation({ summary: 'Deliveries given up after the retry window, newest first' })
  @ApiPageResponse(DeadLetterDto)
  deadLetters(@Query() q: PageQuery) {
    return this.notifications.deadLetters(q);
  }

  @Post('dead-letters/:id/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Puts a dead letter back in line with a fresh retry window' })
  @ApiOkResponse({ type: RevivedDto })
  retry(@Param('id') id: string) {
    return this.notifications.revive(id);
  }
}
