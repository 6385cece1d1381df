// OpenAPI schema of GET /cases/:id/history (the auditor's time-travel view, issue 17).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeadlineDto } from '../../common/dto/workflow-views.dto';
import { InvariantBreachDto } from './audit-views.dto';

const ANY = {} as const;

export class ContextChangeDto {
  @ApiProperty({ example: 'evidence[2].kind', description: 'path into the context' })
  path!: string;
  @ApiPropertyOptional({ ...ANY, description: 'absent: the value was added' })
  before?: unknown;
  @ApiPropertyOptional({ ...ANY, description: 'absent: the value was removed' })
  after?: unknown;
}

export class HistoryEntryDto {
  @ApiProperty() seq!: number;
  @ApiProperty() type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty({ description: 'the stage after this entry' }) stage!: string;
  @ApiPropertyOptional({ description: 'the stage before it (absent on the first entry)' })
  previousStage?: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }] })
  state!: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true }) context!: Record<string, unknown>;
  @ApiProperty({
    type: [DeadlineDto],
    description: "every clock, as of the entry's business date on its own calendar",
  })
  deadlines!: DeadlineDto[];
  @ApiProperty({
    type: [String],
    description: 'the events the case then waited for, from whoever may send them',
  })
  allowedEvents!: string[];
  @ApiProperty({ type: [ContextChangeDto], description: 'the context against the entry before' })
  changes!: ContextChangeDto[];
  @ApiProperty({ type: [InvariantBreachDto], description: 'legal invariants this entry breaks' })
  invariantBreaches!: InvariantBreachDto[];
}

export class CaseHistoryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseNumber!: string;
  @ApiProperty() machineVersion!: number;
  @ApiProperty() machineVersionCurrent!: boolean;
  @ApiProperty({ type: [HistoryEntryDto] }) entries!: HistoryEntryDto[];
}
