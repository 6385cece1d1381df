// OpenAPI: the one error body (RFC 7807) every 4xx and 5xx answer carries.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WaitingForDto } from '../dto/workflow-views.dto';
import { ErrorCode } from './error-code';

export class FieldErrorDto {
  @ApiProperty({ example: 'payload.handlerIds[1]' }) field!: string;
  @ApiProperty({ example: 'unknown officer ghost' }) reason!: string;
}

export class GuardFailureDto {
  @ApiProperty({ example: 'G12' }) id!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ example: 'APL 62' }) citation!: string;
}

export class ProblemDetailsDto {
  @ApiProperty({ example: 'https://zhifa.dev/problems/guard-failed' }) type!: string;
  @ApiProperty({ example: 'Unprocessable Entity' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ enum: ErrorCode, description: 'stable; clients branch on it' }) code!: string;
  @ApiProperty() detail!: string;
  @ApiProperty({ description: 'the request path' }) instance!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'VALIDATION_FAILED: each bad field' })
  errors?: FieldErrorDto[];
  @ApiPropertyOptional({
    type: [GuardFailureDto],
    description: 'GUARD_FAILED: every failing guard',
  })
  guards?: GuardFailureDto[];
  @ApiPropertyOptional({ description: 'ILLEGAL_TRANSITION: the case stage' }) stage?: string;
  @ApiPropertyOptional({ type: [String], description: 'ILLEGAL_TRANSITION: events allowed now' })
  allowedEvents?: string[];
  @ApiPropertyOptional({
    type: WaitingForDto,
    description: 'ILLEGAL_TRANSITION, GUARD_FAILED: whose turn it is (as the case view)',
  })
  waitingFor?: WaitingForDto;
  @ApiPropertyOptional({ description: 'VERSION_CONFLICT: the version the case is at' })
  currentVersion?: number;
  @ApiPropertyOptional({ description: 'FORBIDDEN: the role the caller lacks' })
  missingRole?: string;
  @ApiPropertyOptional({ description: 'FORBIDDEN: the separation-of-duties conflict' })
  conflict?: string;
}
