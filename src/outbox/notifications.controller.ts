import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  list(@CurrentOfficer() me: AuthenticatedOfficer, @Query() q: NotificationsQuery) {
    return this.notifications.list(me, q);
  }

  @Post('read-all')
  @HttpCode(200)
  @AnyOfficer()
  @ApiOperation({ summary: "Marks all the caller's notifications read" })
  readAll(@CurrentOfficer() me: AuthenticatedOfficer) {
    return this.notifications.markAllRead(me);
  }

  @Post(':id/read')
  @HttpCode(200)
  @AnyOfficer()
  @ApiOperation({ summary: 'Marks one of the caller’s notifications read' })
  read(@CurrentOfficer() me: AuthenticatedOfficer, @Param('id') id: string) {
    return this.notifications.markRead(me, id);
  }
}
