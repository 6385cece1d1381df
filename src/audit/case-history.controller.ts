import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseIdPipe } from '../common/pipes/case-id.pipe';
import { NoQueryPipe } from '../common/pipes/no-query.pipe';
import { CaseHistoryService } from './case-history.service';
import { CaseHistoryDto } from './dto/history.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class CaseHistoryController {
  constructor(private readonly history: CaseHistoryService) {}

  @Get('cases/:id/history')
  @Roles('auditor')
  @ApiOperation({
    summary: 'The state after every entry (stage, context, clocks, events, changes) by replay',
  })
  @ApiOkResponse({ type: CaseHistoryDto })
  get(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query(NoQueryPipe) _q: undefined,
  ) {
    return this.history.history(id, me);
  }
}
