import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ROLES, type Role } from '../../../workflows';
import { Optional } from '../../common/dto/optional';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CredentialDto {
  @ApiProperty({ example: 'SH-2025-0001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  number: string;

  @ApiProperty({ example: '2027-12-31', description: 'last day the 执法证 is valid' })
  @Matches(DATE, { message: 'validUntil must be a date YYYY-MM-DD' })
  @IsDateString({ strict: true })
  validUntil: string;
}

export class CreateOfficerDto {
  @ApiProperty({ example: 'zhang' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'id must be 1-64 letters, digits, . _ or -' })
  id: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles: Role[];

  @ApiPropertyOptional({ type: CredentialDto })
  @Optional()
  @ValidateNested()
  @Type(() => CredentialDto)
  enforcementCredential?: CredentialDto;

  @ApiPropertyOptional({ description: '法律职业资格 (APL 58)' })
  @Optional()
  @IsBoolean()
  legalQualification?: boolean;

  @ApiPropertyOptional({ example: '2019-01-01' })
  @Optional()
  @Matches(DATE, { message: 'legalReviewerSince must be a date YYYY-MM-DD' })
  @IsDateString({ strict: true })
  legalReviewerSince?: string;
}

export class UpdateOfficerDto extends PartialType(OmitType(CreateOfficerDto, ['id'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ description: 'false deactivates the officer (tokens stop working)' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

/** An officer as any colleague may see them: no roles, credentials or state. */
export class OfficerName {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class OfficerView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiPropertyOptional({ type: CredentialDto }) enforcementCredential?: CredentialDto;
  @ApiProperty() legalQualification: boolean;
  @ApiPropertyOptional() legalReviewerSince?: string;
  @ApiProperty() active: boolean;
}
