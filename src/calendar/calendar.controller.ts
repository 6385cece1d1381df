import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarLoadedDto, CalendarYearDto } from './dto/calendar-year.dto';
import { AnyOfficer, CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { YearPipe } from '../common/pipes/year.pipe';
import { CalendarService } from './calendar.service';
import { ArrangementDto } from './dto/arrangement.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @AnyOfficer()
  @ApiOperation({ summary: 'The working-day arrangement in use for a year and its source' })
  @ApiOkResponse({ type: CalendarYearDto })
  get(@Param('year', YearPipe) year: number) {
    return this.calendar.get(year);
  }

  @Put(':year')
  @Roles('admin')
  @ApiOperation({
    summary: "Load a year's official arrangement; provisional deadlines are recomputed",
  })
  @ApiOkResponse({ type: CalendarLoadedDto })
  put(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('year', YearPipe) year: number,
    @Body() dto: ArrangementDto,
  ) {
    return this.calendar.put(year, dto, me);
  }
}
