import { Controller, Get, Module, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { NoQueryPipe } from '../common/pipes/no-query.pipe';
import { DocumentIssueModule } from '../documents/document-issue.module';
import { DocumentIssuer } from '../documents/document-issuer';

class BureauSettingDto {
  @ApiProperty({ example: 'reconsiderationBody' }) key!: string;
  @ApiProperty({ example: '本局所属的人民政府' }) value!: string;
  @ApiProperty({ example: 'RECONSIDERATION_BODY', description: 'the variable that sets it' })
  variable!: string;
}

/** Which configuration variable sets each of the bureau's settings (README "Configuration"). */
const VARIABLES = {
  bureau: 'DEPARTMENT_NAME',
  reconsiderationBody: 'RECONSIDERATION_BODY',
  court: 'LITIGATION_COURT',
  enforcementCourt: 'ENFORCEMENT_COURT',
  paymentAccount: 'PAYMENT_ACCOUNT',
} as const;

/**
 * The bureau's settings the 文书 name (the reconsideration body, the courts, where fines are
 * paid), as the documents use them. They come from the service's configuration and are changed
 * there (a restart), so this is read-only.
 */
@ApiTags('settings')
@ApiBearerAuth()
@Controller('settings')
export class BureauSettingsController {
  constructor(private readonly issuer: DocumentIssuer) {}

  @Get('bureau')
  @Roles('admin')
  @ApiOperation({ summary: "The bureau's settings named in documents, and what sets each (admin)" })
  @ApiOkResponse({ type: [BureauSettingDto] })
  get(@Query(NoQueryPipe) _q: undefined): BureauSettingDto[] {
    const settings = this.issuer.settings();
    return Object.entries(VARIABLES).map(([key, variable]) => ({
      key,
      value: settings[key as keyof typeof VARIABLES],
      variable,
    }));
  }
}

@Module({ imports: [DocumentIssueModule], controllers: [BureauSettingsController] })
export class SettingsModule {}
