import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { IsCalendarDate } from '../../common/dto/calendar-date';
import { Optional } from '../../common/dto/optional';
import { PageQuery } from '../../common/dto/page.query';

export const CLOCKS = [
  'limitation',
  'clueVerification',
  'caseLimit',
  'evidencePreservation',
  'seizure',
  'caseReview',
  'noticeWindow',
  'hearingAcceptance',
  'hearingNotice',
  'decisionService',
  'payment',
  'surcharge',
  'courtEnforcement',
  'disclosureGsxt',
  'disclosureWebsite',
  'disclosureDuration',
  'withdrawal',
  'publicNoticeService',
] as const;
const STATUSES = ['open', 'missed', 'met', 'paused'] as const;

/** `GET /deadlines`: filters and page; any other parameter is a 400. */
export class DeadlinesQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2025-07-01', description: 'due strictly before this date' })
  @Optional()
  @IsCalendarDate()
  dueBefore?: string;

  @ApiPropertyOptional({ enum: STATUSES, description: 'default: open and missed' })
  @Optional()
  @IsIn(STATUSES, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ description: 'cases this officer handles' })
  @Optional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'officerId must be an officer id' })
  officerId?: string;

  @ApiPropertyOptional({ enum: CLOCKS })
  @Optional()
  @IsIn(CLOCKS, { message: `clock must be one of: ${CLOCKS.join(', ')}` })
  clock?: string;
}
