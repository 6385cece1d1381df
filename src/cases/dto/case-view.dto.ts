// OpenAPI schemas of what the cases endpoints answer (API.md CaseView, LogEntry, { case, entry }).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeadlineDto, NextActionDto, WaitingForDto } from '../../common/dto/workflow-views.dto';

const FREE_OBJECT = { type: 'object', additionalProperties: true } as const;
const DATE = { type: 'string', format: 'date', example: '2025-03-12' } as const;

export class ExecutionDto {
  @ApiProperty({ description: 'fen' }) fineFen!: number;
  @ApiProperty({ description: 'fen' }) paidFen!: number;
  @ApiProperty({ description: 'APL 72 surcharge owed as of the view date, fen' })
  surchargeFen!: number;
  @ApiPropertyOptional(DATE) dueOn?: string;
}

export class LegalReviewDto {
  @ApiProperty({ description: 'PROCEDURE.md §5: 法制审核 is due on the current proposal' })
  required!: boolean;
  @ApiProperty({
    type: [String],
    example: ['large_fine', 'hearing_held'],
    description: 'the §5 criteria that hold (codes of workflows/rules/review-requirements.ts)',
  })
  reasons!: string[];
}

export class CaseLimitDto {
  @ApiProperty(DATE) filedOn!: string;
  @ApiProperty() baseDays!: number;
  @ApiProperty(DATE) dueOn!: string;
  @ApiProperty() paused!: boolean;
  @ApiProperty() daysUsed!: number;
  @ApiProperty() daysLeft!: number;
  @ApiProperty({ type: 'array', items: FREE_OBJECT }) pausedSpans!: unknown[];
  @ApiProperty({ type: 'array', items: FREE_OBJECT }) extensions!: unknown[];
}

export class MachineRefDto {
  @ApiProperty({ example: 'penalty-case' }) id!: string;
  @ApiProperty({ example: 2 }) version!: number;
}

export class CaseViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '市监案〔2025〕00001' }) caseNumber!: string;
  @ApiProperty({ enum: ['ordinary', 'summary'] }) procedure!: string;
  @ApiProperty({ example: 'investigation' }) stage!: string;
  @ApiProperty({
    description: 'the XState state value',
    oneOf: [{ type: 'string' }, FREE_OBJECT],
    example: { investigation: 'active' },
  })
  state!: unknown;
  @ApiProperty({ description: 'log entries so far (send it as expectedVersion)' })
  version!: number;
  @ApiProperty({ type: MachineRefDto }) machine!: MachineRefDto;
  @ApiProperty(FREE_OBJECT) party!: Record<string, unknown>;
  @ApiPropertyOptional(FREE_OBJECT) proposal?: Record<string, unknown>;
  @ApiPropertyOptional(FREE_OBJECT) decision?: Record<string, unknown>;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty({ type: [DeadlineDto] }) deadlines!: DeadlineDto[];
  @ApiProperty({
    type: [String],
    description: 'events the caller may send now: nextActions with mayAct and wouldPass (API.md)',
  })
  allowedEvents!: string[];
  @ApiProperty({ type: [NextActionDto], description: 'every event the current state takes' })
  nextActions!: NextActionDto[];
  @ApiProperty({ type: WaitingForDto, description: 'who must act next, whoever asks' })
  waitingFor!: WaitingForDto;
  @ApiPropertyOptional({ type: ExecutionDto }) execution?: ExecutionDto;
  @ApiPropertyOptional({ type: CaseLimitDto }) caseLimit?: CaseLimitDto;
  @ApiPropertyOptional({ type: LegalReviewDto, description: 'cases with a proposal' })
  legalReview?: LegalReviewDto;
  @ApiProperty(DATE) receivedOn!: string;
  @ApiProperty({ type: [String] }) handlerIds!: string[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class LogEntryDto {
  @ApiProperty({ minimum: 1 }) seq!: number;
  @ApiProperty({ example: 'FILE_CASE' }) type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty(FREE_OBJECT) payload!: Record<string, unknown>;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) prevHash!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) hash!: string;
  @ApiProperty() machineVersion!: number;
}

export class EventAnswerDto {
  @ApiProperty({ type: CaseViewDto, description: 'the case after the event' })
  case!: CaseViewDto;
  @ApiProperty({ type: LogEntryDto, description: 'the entry the event appended' })
  entry!: LogEntryDto;
}
