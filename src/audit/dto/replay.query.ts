import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class ReplayQuery {
  @ApiPropertyOptional({ description: 'the entry to stop after' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,8}$/, { message: 'seq must be a positive integer' })
  seq?: string;

  @ApiPropertyOptional({ description: 'a date-time: the last entry that occurred by then' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, {
    message: 'at must be an ISO date-time',
  })
  at?: string;
}

export class ConsistencyQuery {
  @ApiProperty({ description: 'the older tree size' })
  @Matches(/^\d{1,12}$/, { message: 'first must be a tree size' })
  first: string;

  @ApiProperty({ description: 'the newer tree size' })
  @Matches(/^\d{1,12}$/, { message: 'second must be a tree size' })
  second: string;
}

export class ExportQuery {
  @ApiPropertyOptional({
    enum: ['files'],
    description: 'files: a zip of the bundle (bundle.json) and every file it vouches for',
  })
  @IsOptional()
  @IsIn(['files'], { message: 'include must be files' })
  include?: 'files';
}
