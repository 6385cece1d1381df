import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Clock } from '../common/clock/clock';
import { Optional } from '../common/dto/optional';
import { NoQueryPipe } from '../common/pipes/no-query.pipe';
import { BureauSettingsRepository } from './bureau-settings.repository';

class BureauSettingDto {
  @ApiProperty({ example: 'reconsiderationBody' }) key!: string;
  @ApiProperty({ example: '本局所属的人民政府' }) value!: string;
  @ApiProperty({ example: 'RECONSIDERATION_BODY', description: 'the variable of the default' })
  variable!: string;
  @ApiProperty({ description: 'false: configuration only (DEPARTMENT_NAME)' }) editable!: boolean;
  @ApiProperty({ enum: ['config', 'admin'] }) source!: string;
  @ApiPropertyOptional() changedBy?: string;
  @ApiPropertyOptional() changedAt?: string;
}

/** A name as the 文书 print it: 1–200 characters on one line, not only spaces. */
const Text = (): PropertyDecorator => (target, key) => {
  Optional()(target, key);
  IsString()(target, key);
  IsNotEmpty()(target, key);
  MaxLength(200)(target, key);
  Matches(/\S/, { message: `${String(key)} must not be blank` })(target, key);
  // The renderer turns a line break into one in the document (docx linebreaks).
  Matches(/^[^\r\n\t]*$/, { message: `${String(key)} must be one line` })(target, key);
};

export class BureauSettingsDto {
  @ApiPropertyOptional({ example: '上海市浦东新区人民政府', description: 'ARL 20, 24' })
  @Text()
  reconsiderationBody?: string;

  @ApiPropertyOptional({ example: '上海市浦东新区人民法院', description: 'ALL 18, 46' })
  @Text()
  court?: string;

  @ApiPropertyOptional({ example: '上海市浦东新区人民法院', description: 'AEL 54; APL 72' })
  @Text()
  enforcementCourt?: string;

  @ApiPropertyOptional({ example: '本局指定的银行或者电子支付系统', description: 'APL 67' })
  @Text()
  paymentAccount?: string;
}

/**
 * The bureau's settings the 文书 name: the reconsideration body, the courts and where fines are
 * paid. An administrator's value is used by every document issued after it; one never set
 * comes from the configuration variable named.
 */
@ApiTags('settings')
@ApiBearerAuth()
@Roles('admin')
@Controller('settings')
export class BureauSettingsController {
  constructor(
    private readonly settings: BureauSettingsRepository,
    private readonly clock: Clock,
  ) {}

  @Get('bureau')
  @ApiOperation({ summary: "The bureau's settings named in documents, and where each comes from" })
  @ApiOkResponse({ type: [BureauSettingDto] })
  get(@Query(NoQueryPipe) _q: undefined) {
    return this.settings.rows();
  }

  @Put('bureau')
  @ApiOperation({ summary: 'Change settings named in documents issued from now on (admin)' })
  @ApiOkResponse({ type: [BureauSettingDto] })
  async put(@CurrentOfficer() me: AuthenticatedOfficer, @Body() dto: BureauSettingsDto) {
    const trimmed = Object.fromEntries(
      Object.entries(dto).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
    );
    await this.settings.set(trimmed, me.id, this.clock.now());
    return this.settings.rows();
  }
}
