import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WaitingForDto } from '../../common/dto/workflow-views.dto';

const DATE = { type: 'string', format: 'date' } as const;

/** One open or missed deadline of a case (GET /deadlines). */
export class DeadlineRowDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseNumber!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() clock!: string;
  @ApiProperty(DATE) dueOn!: string;
  @ApiProperty({ enum: ['open', 'met', 'missed', 'paused'] }) status!: string;
  @ApiProperty() provisional!: boolean;
  @ApiProperty() citation!: string;
}

class NextDeadlineDto {
  @ApiProperty() clock!: string;
  @ApiProperty(DATE) dueOn!: string;
  @ApiProperty() status!: string;
  @ApiProperty({
    description: 'working days from today to dueOn on the calendar in use; negative when overdue',
  })
  workingDaysLeft!: number;
}

/** A case waiting for an act of the caller (GET /me/desk). */
export class DeskItemDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseNumber!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() partyName!: string;
  @ApiProperty({ type: [String] }) allowedEvents!: string[];
  @ApiProperty({ type: WaitingForDto, description: 'who must act next (as the case view)' })
  waitingFor!: WaitingForDto;
  @ApiPropertyOptional({ type: NextDeadlineDto }) nextDeadline?: NextDeadlineDto;
}
