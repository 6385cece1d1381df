import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  stats() {
    return this.notifications.stats();
  }

  @Get('dead-letters')
  @Roles('admin')
  @ApiOperation({ summary: 'Deliveries given up after the retry window, newest first' })
  deadLetters(@Query() q: PageQuery) {
    return this.notifications.deadLetters(q);
  }

  @Post('dead-letters/:id/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Puts a dead letter back in line with a fresh retry window' })
  retry(@Param('id') id: string) {
    return this.notifications.revive(id);
  }
}
