// OpenAPI schema of GET /workflows/penalty-case (workflows/penalty-case/penalty-case.describe.ts).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const FREE_OBJECT = { type: 'object', additionalProperties: true } as const;

class TransitionDto {
  @ApiProperty({ description: "'' for an eventless transition" }) event!: string;
  @ApiProperty({ type: [String] }) targets!: string[];
  @ApiPropertyOptional() guard?: string;
}

class StateDto {
  @ApiProperty({ example: 'investigation.active' }) path!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ enum: ['atomic', 'compound', 'parallel', 'final', 'history'] }) type!: string;
  @ApiPropertyOptional() initial?: string;
  @ApiProperty({ type: [TransitionDto] }) transitions!: TransitionDto[];
}

export class GuardReferenceDto {
  @ApiProperty({ example: 'G18' }) id!: string;
  @ApiProperty({ example: 'APL 58' }) citation!: string;
  @ApiProperty() summary!: string;
}

class NamesDto {
  @ApiProperty({ example: '立案' }) zh!: string;
  @ApiProperty({ example: 'Case filed' }) en!: string;
}

class ClockDescriptionDto {
  @ApiProperty({ example: 'caseLimit' }) id!: string;
  @ApiProperty({ type: NamesDto, description: 'from the message catalogue' }) name!: NamesDto;
  @ApiProperty() startsOn!: string;
  @ApiProperty() length!: number;
  @ApiProperty({ enum: ['working_days', 'calendar_days', 'months'] }) unit!: string;
  @ApiProperty() partyFacing!: boolean;
  @ApiProperty({ type: [String] }) pausedBy!: string[];
  @ApiPropertyOptional() extendableBy?: string;
  @ApiProperty() citation!: string;
}

class EventDescriptionDto {
  @ApiProperty({ example: 'FILE_CASE' }) type!: string;
  @ApiProperty({ type: NamesDto, description: 'the name officers read (message catalogue)' })
  name!: NamesDto;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String], description: 'roles that may send it' }) roles!: string[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'senders by stage, where they depend on it',
  })
  rolesByStage?: Record<string, string[]>;
  @ApiPropertyOptional({ description: 'the timer process may send it too' }) system?: boolean;
  @ApiPropertyOptional({
    enum: ['reviewer', 'legalReviewer', 'hearingOfficer', 'decider'],
    description: 'the sender must not be a handler of the case',
  })
  independence?: string;
  @ApiProperty({ type: [String], description: 'payload field names' }) payload!: string[];
  @ApiProperty({ ...FREE_OBJECT, description: 'the payload JSON Schema (2020-12)' })
  schema!: Record<string, unknown>;
  @ApiPropertyOptional({ ...FREE_OBJECT, description: 'a payload valid against schema' })
  example?: Record<string, unknown>;
  @ApiProperty({ type: [GuardReferenceDto] }) guards!: GuardReferenceDto[];
  @ApiProperty({ type: [String], description: "stages that accept it; '(start)': POST /cases" })
  stages!: string[];
}

class GuardDescriptionDto extends GuardReferenceDto {
  @ApiProperty({ type: [String] }) events!: string[];
}

class MachineVersionDto {
  @ApiProperty() machineId!: string;
  @ApiProperty() version!: number;
}

export class MachineDescriptionDto {
  @ApiProperty({ example: 'penalty-case' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [String] }) stages!: string[];
  @ApiProperty({ type: [StateDto] }) states!: StateDto[];
  @ApiProperty({ type: [EventDescriptionDto] }) events!: EventDescriptionDto[];
  @ApiProperty({ type: [GuardDescriptionDto] }) guards!: GuardDescriptionDto[];
  @ApiProperty({ type: [ClockDescriptionDto] }) clocks!: ClockDescriptionDto[];
}

export class CurrentMachineDto extends MachineDescriptionDto {
  @ApiProperty({ type: [MachineVersionDto], description: 'every registered version' })
  versions!: MachineVersionDto[];
}
