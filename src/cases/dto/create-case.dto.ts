import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNotEmptyObject,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/dto/optional';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_OR_DATETIME =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;
export const PARTY_KINDS = [
  'natural_person',
  'individual_business',
  'legal_person',
  'other_organization',
] as const;

export class PartyDto {
  @ApiProperty({ enum: PARTY_KINDS })
  @IsIn(PARTY_KINDS)
  kind: (typeof PARTY_KINDS)[number];

  @ApiProperty({ example: '某某食品有限公司' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(32) idNumber?: string;
  @ApiPropertyOptional({ description: '统一社会信用代码' })
  @Optional()
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: 'creditCode must be 18 characters (GB 32100)' })
  creditCode?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ example: '上海市' })
  @Optional()
  @IsString()
  @MaxLength(40)
  registeredProvince?: string;
}

export class ViolationDto {
  @ApiPropertyOptional({ example: '2025-05-10', description: 'the day the act ended (APL 36)' })
  @Optional()
  @Matches(DATE, { message: 'endedAt must be a date YYYY-MM-DD' })
  endedAt?: string;

  @ApiPropertyOptional({
    description: 'life/health or financial safety involved and harm occurred',
  })
  @Optional()
  @IsBoolean()
  lifeHealthOrFinancialHarm?: boolean;
}

export class CreateCaseDto {
  @ApiProperty({ enum: ['ordinary', 'summary'] })
  @IsIn(['ordinary', 'summary'])
  procedure: 'ordinary' | 'summary';

  @ApiProperty({ enum: ['inspection', 'complaint', 'report', 'transfer', 'assignment'] })
  @IsIn(['inspection', 'complaint', 'report', 'transfer', 'assignment'])
  source: string;

  @ApiProperty({ example: '2025-03-01' })
  @Matches(DATE_OR_DATETIME, { message: 'receivedAt must be a date or an ISO date-time' })
  receivedAt: string;

  @ApiProperty({ example: '销售标签不符合规定的预包装食品' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary: string;

  @ApiProperty({ type: PartyDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => PartyDto)
  party: PartyDto;

  @ApiPropertyOptional({ type: ViolationDto })
  @Optional()
  @ValidateNested()
  @Type(() => ViolationDto)
  violation?: ViolationDto;
}

export { DATE, DATE_OR_DATETIME };
