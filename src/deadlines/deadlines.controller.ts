import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../common/dto/page';
import { DeadlineRowDto, DeskItemDto } from './dto/deadline-views.dto';
import { AnyOfficer, CurrentOfficer } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DeadlineListing } from './deadline-listing.service';
import { PageQuery } from '../common/dto/page.query';
import { DeskService } from './desk.service';
import { DeadlinesQuery } from './dto/deadlines.query';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller()
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlineListing,
    private readonly desk: DeskService,
  ) {}

  @Get('deadlines')
  @AnyOfficer()
  @ApiOperation({ summary: 'Open and missed deadlines across cases, soonest first' })
  @ApiPageResponse(DeadlineRowDto)
  list(@CurrentOfficer() me: AuthenticatedOfficer, @Query() q: DeadlinesQuery) {
    return this.deadlines.list(me, q);
  }

  @Get('me/desk')
  @AnyOfficer()
  @ApiOperation({ summary: 'Cases waiting for an act of the caller, most urgent first' })
  @ApiPageResponse(DeskItemDto)
  myDesk(@CurrentOfficer() me: AuthenticatedOfficer, @Query() q: PageQuery) {
    return this.desk.of(me, q);
  }
}
