import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

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

export class DeadlinesQuery {
  @ApiPropertyOptional({ example: '2025-07-01', description: 'due strictly before this date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueBefore must be a date YYYY-MM-DD' })
  dueBefore?: string;

  @ApiPropertyOptional({
    enum: ['open', 'missed', 'met', 'paused'],
    description: 'default: open and missed',
  })
  @IsOptional()
  @IsIn(['open', 'missed', 'met', 'paused'])
  status?: 'open' | 'missed' | 'met' | 'paused';

  @ApiPropertyOptional({ description: 'cases this officer handles' })
  @IsOptional()
  @IsString()
  officerId?: string;

  @ApiPropertyOptional({ enum: CLOCKS })
  @IsOptional()
  @IsIn(CLOCKS)
  clock?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/, { message: 'page must be a positive integer' })
  page?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Matches(/^([1-9]|[1-9]\d|[12]\d\d)$/, { message: 'pageSize must be 1-299' })
  pageSize?: string;
}
