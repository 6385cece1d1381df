import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../common/dto/page';
import {
  NotificationDto,
  NotificationReadDto,
  NotificationsMarkedDto,
} from './dto/outbox-views.dto';
import { AnyOfficer, CurrentOfficer } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { NotificationsQuery } from './dto/notifications.query';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @AnyOfficer()
  @ApiOperation({ summary: "The caller's in-app notifications, newest first" })
  @ApiPageResponse(NotificationDto)
  list(@CurrentOfficer() me: AuthenticatedOfficer, @Query() q: NotificationsQuery) {
    return this.notifications.list(me, q);
  }

  @Post('read-all')
  @HttpCode(200)
  @AnyOfficer()
  @ApiOperation({ summary: "Marks all the caller's notifications read" })
  @ApiOkResponse({ type: NotificationsMarkedDto })
  readAll(@CurrentOfficer() me: AuthenticatedOfficer) {
    return this.notifications.markAllRead(me);
  }

  @Post(':id/read')
  @HttpCode(200)
  @AnyOfficer()
  @ApiOperation({ summary: 'Marks one of the caller’s notifications read' })
  @ApiOkResponse({ type: NotificationReadDto })
  read(@CurrentOfficer() me: AuthenticatedOfficer, @Param('id') id: string) {
    return this.notifications.markRead(me, id);
  }
}
