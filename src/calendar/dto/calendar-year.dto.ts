import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const DATES = { type: 'array', items: { type: 'string', format: 'date' } } as const;

/** GET /calendar/:year: the arrangement in use and where it comes from. */
export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ ...DATES, description: 'days off that would be working days' })
  holidays!: string[];
  @ApiProperty({ ...DATES, description: 'make-up working days on weekends (调休)' })
  workdays!: string[];
  @ApiProperty({ enum: ['package', 'override', 'weekdays'] }) source!: string;
  @ApiProperty({ description: 'weekdays only: deadlines in this year are provisional' })
  provisional!: boolean;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional() loadedBy?: string;
  @ApiPropertyOptional() loadedAt?: string;
}

class RecomputedCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() caseNumber!: string;
}

/** PUT /calendar/:year: the arrangement now in use and the cases whose deadlines moved. */
export class CalendarLoadedDto extends CalendarYearDto {
  @ApiProperty({ type: [RecomputedCaseDto] }) recomputedCases!: RecomputedCaseDto[];
}
