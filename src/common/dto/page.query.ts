import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** `?page=&pageSize=` of every paged listing (strings: query parameters arrive as text). */
export class PageQuery {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/, { message: 'page must be a positive integer' })
  page?: string;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Matches(/^([1-9]|[1-9]\d|100)$/, { message: 'pageSize must be 1-100' })
  pageSize?: string;
}
