import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { Optional } from '../../common/dto/optional';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A year's official arrangement as the 国务院办公厅 notice states it. */
export class ArrangementDto {
  @ApiProperty({
    example: ['2027-01-01', '2027-02-05'],
    description: 'days off (holidays and bridge days)',
  })
  @IsArray()
  @ArrayUnique()
  @Matches(DATE, { each: true, message: 'each holiday must be a date YYYY-MM-DD' })
  holidays: string[];

  @ApiProperty({
    example: ['2027-02-14'],
    description: 'make-up working days (调休上班日) on weekends',
  })
  @IsArray()
  @ArrayUnique()
  @Matches(DATE, { each: true, message: 'each workday must be a date YYYY-MM-DD' })
  workdays: string[];

  @ApiPropertyOptional({ example: '国办发明电〔2026〕N号' })
  @Optional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
