import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, NotBefore } from '../../common/dto/calendar-date';
import { Optional } from '../../common/dto/optional';
import { PageQuery } from '../../common/dto/page.query';
import { CASE_STAGES } from '../case-stages';

/** Sort keys of `GET /cases` and the columns they order by. */
export const CASE_SORTS = {
  relevance: 'rank',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  receivedOn: 'received_on',
  decidedOn: 'decided_on',
  caseNumber: 'case_number',
  partyName: 'party_name',
  stage: 'stage',
} as const;
export type CaseSort = keyof typeof CASE_SORTS;

const oneOf = (field: string, values: readonly string[]) => ({
  message: `${field} must be one of: ${values.join(', ')}`,
});

/** `GET /cases`: search, filters, sort and page; any other parameter is a 400. */
export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '上海某某食品',
    description:
      'case number, decision number (文号), party name (fuzzy) or credit code (统一社会信用代码, prefix)',
  })
  @Optional()
  @IsString()
  @Matches(/\S/, { message: 'q must not be blank' })
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: CASE_STAGES })
  @Optional()
  @IsIn(CASE_STAGES, oneOf('stage', CASE_STAGES))
  stage?: string;

  @ApiPropertyOptional({ description: 'cases this officer handles' })
  @Optional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'officerId must be an officer id' })
  officerId?: string;

  @ApiPropertyOptional({ enum: ['ordinary', 'summary'] })
  @Optional()
  @IsIn(['ordinary', 'summary'], oneOf('procedure', ['ordinary', 'summary']))
  procedure?: 'ordinary' | 'summary';

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'a deadline open past its day' })
  @Optional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ example: '2026-01-01', description: 'received on or after' })
  @Optional()
  @IsCalendarDate()
  receivedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'received on or before' })
  @Optional()
  @IsCalendarDate()
  @NotBefore('receivedFrom')
  receivedTo?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'decided on or after' })
  @Optional()
  @IsCalendarDate()
  decidedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'decided on or before' })
  @Optional()
  @IsCalendarDate()
  @NotBefore('decidedFrom')
  decidedTo?: string;

  @ApiPropertyOptional({
    enum: Object.keys(CASE_SORTS),
    description: 'default: relevance with q, else createdAt',
  })
  @Optional()
  @IsIn(Object.keys(CASE_SORTS), oneOf('sort', Object.keys(CASE_SORTS)))
  sort?: CaseSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'default: desc' })
  @Optional()
  @IsIn(['asc', 'desc'], oneOf('order', ['asc', 'desc']))
  order?: 'asc' | 'desc';
}
