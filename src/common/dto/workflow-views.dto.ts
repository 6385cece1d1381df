// OpenAPI schemas of the machine's views (workflows/penalty-case/penalty-case.next.ts and the
// clocks): nextActions and deadlines on the case view, waitingFor on the case view, the desk and
// 409/422 problem bodies. In common/ because audit, deadlines and the error filter answer them too.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '../../../workflows';

const DATE = { type: 'string', format: 'date', example: '2025-04-21' } as const;

export class FailingGuardDto {
  @ApiProperty({ example: 'G12' }) id!: string;
  @ApiProperty({ example: 'APL 45, 62, 64' }) citation!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({
    enum: [true],
    description: 'fails for the payload the case proposes (DECIDE as proposed); another may pass',
  })
  asProposed?: true;
}

export class PendingGuardDto {
  @ApiProperty({ example: 'G11' }) id!: string;
  @ApiProperty({ example: 'APL 44, 63' }) citation!: string;
  @ApiProperty() summary!: string;
}

class DenialDto {
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ enum: ROLES }) missingRole?: string;
  @ApiPropertyOptional({ example: 'RECUSED' }) conflict?: string;
}

export class NextActionDto {
  @ApiProperty({ example: 'SERVE_NOTICE' }) type!: string;
  @ApiProperty({ enum: ROLES, isArray: true, description: 'who may send it in this stage' })
  roles!: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'where the case fixes them: the only officers who may (its handlers, …)',
  })
  officers?: string[];
  @ApiPropertyOptional({ enum: [true], description: 'the timer process may send it too' })
  system?: true;
  @ApiProperty({ description: 'the caller holds a role, is not recused, duties are separate' })
  mayAct!: boolean;
  @ApiPropertyOptional({ type: DenialDto, description: 'the 403 the caller would get' })
  denied?: DenialDto;
  @ApiProperty({ description: 'no guard fails now (the payload is still checked on submit)' })
  wouldPass!: boolean;
  @ApiProperty({ type: [FailingGuardDto] }) failing!: FailingGuardDto[];
  @ApiProperty({
    type: [PendingGuardDto],
    description: 'guards whose answer depends on the payload',
  })
  checkedOnSubmit!: PendingGuardDto[];
}

class WaitingRoleDto {
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional({ type: [String] }) officers?: string[];
  @ApiProperty({ type: [String] }) events!: string[];
}

class PartyClockDto {
  @ApiProperty({ example: 'noticeWindow' }) clock!: string;
  @ApiProperty(DATE) dueOn!: string;
  @ApiProperty({ example: 'APL 64(1), 85' }) citation!: string;
}

export class WaitingForDto {
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ type: [String], description: 'fixed officers (empty: any holder of the roles)' })
  officers!: string[];
  @ApiProperty({ type: [String], description: 'the events that would pass now' }) events!: string[];
  @ApiProperty({ type: [WaitingRoleDto] }) by!: WaitingRoleDto[];
  @ApiProperty({ type: [PartyClockDto], description: 'party-facing clocks still open' })
  party!: PartyClockDto[];
}

export class DeadlineDto {
  @ApiProperty({ example: 'caseLimit', description: 'a clock of GET /workflows/penalty-case' })
  clock!: string;
  @ApiProperty({ ...DATE, example: '2025-03-12' }) dueOn!: string;
  @ApiProperty({ enum: ['open', 'met', 'missed', 'paused'] }) status!: string;
  @ApiProperty({ description: 'computed on a calendar not yet loaded for that year' })
  provisional!: boolean;
  @ApiProperty({ example: 'APL 60' }) citation!: string;
}
