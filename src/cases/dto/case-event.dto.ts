import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsString, Matches, Min } from 'class-validator';
import { DATE_OR_DATETIME } from './create-case.dto';
import { Optional } from '../../common/dto/optional';

export class CaseEventDto {
  @ApiProperty({ example: 'FILE_CASE', description: 'an event type of docs/events.md' })
  @IsString()
  @Matches(/^[A-Z][A-Z_]{1,63}$/, { message: 'type must be a SCREAMING_SNAKE event name' })
  type: string;

  @ApiPropertyOptional({ example: '2025-03-12', description: 'business date-time; default now' })
  @Optional()
  @Matches(DATE_OR_DATETIME, { message: 'occurredAt must be a date or an ISO date-time' })
  occurredAt?: string;

  @ApiPropertyOptional({ description: 'the case version the client saw (optimistic check)' })
  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  payload: Record<string, unknown>;
}

export class RecusalDto {
  @ApiProperty({ example: 'zhang' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'officerId must be an officer id' })
  officerId: string;

  @ApiProperty({ example: '与当事人有利害关系' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be empty' })
  reason: string;
}

export { ListCasesQuery } from './list-cases.query';

export class EventQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'true: answer exactly as the real call would (status and body, every failing guard) and write nothing',
  })
  @Optional()
  @Matches(/^(true|false)$/, { message: 'dryRun must be true or false' })
  dryRun?: string;
}

export class AsOfQuery {
  @ApiPropertyOptional({ example: '2025-06-01' })
  @Optional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string;
}
