import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only unread notifications' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}
