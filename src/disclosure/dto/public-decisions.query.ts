import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, NotBefore } from '../../common/dto/calendar-date';
import { PageQuery } from '../../common/dto/page.query';

export class PublicDecisionsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2025-09-01', description: 'decided on or after this date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2025-09-30', description: 'decided on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  @NotBefore('from')
  to?: string;

  @ApiPropertyOptional({ example: '市场监督管理局', description: 'the deciding department' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  department?: string;

  @ApiPropertyOptional({ example: '标签', description: 'words of the violation (违法行为类型)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  violation?: string;
}
