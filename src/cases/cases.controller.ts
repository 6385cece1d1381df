import {
  Body,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PREFER_HEADER, PreferMinimal } from '../common/http/prefer';
import { ApiPageResponse } from '../common/dto/page';
import { AnyOfficer, CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseIdPipe } from '../common/pipes/case-id.pipe';
import type { LogEntryView } from '../ledger/log-entry';
import { CaseQueries } from './case-queries.service';
import type { CaseView } from './case-view';
import { CasesService, type EventAnswer } from './cases.service';
import {
  AsOfQuery,
  CaseEventDto,
  EventQuery,
  ListCasesQuery,
  RecusalDto,
} from './dto/case-event.dto';
import { CaseViewDto, EventAnswerDto, LogEntryDto } from './dto/case-view.dto';
import { CreateCaseDto } from './dto/create-case.dto';

const ACTORS = [
  'handler',
  'approver',
  'case_reviewer',
  'legal_reviewer',
  'hearing_officer',
] as const;
const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'same key and body ⇒ the original answer',
};

/** The optional Idempotency-Key header; documented once by @ApiHeader (not as a required one). */
const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const value = ctx.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers[
    'idempotency-key'
  ];
  return typeof value === 'string' ? value : undefined;
});

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CasesService,
    private readonly queries: CaseQueries,
  ) {}

  @Post()
  @Roles('handler')
  @ApiOperation({ summary: 'Register a clue or open a summary case (writes log entry 1)' })
  @ApiCreatedResponse({ type: CaseViewDto })
  @ApiHeader(IDEMPOTENCY)
  create(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Body() dto: CreateCaseDto,
    @IdempotencyKey() key?: string,
  ): Promise<CaseView> {
    return this.commands.create(me, dto, key);
  }

  @Get()
  @AnyOfficer()
  @ApiOperation({ summary: 'Find cases: q (numbers, party, credit code), filters, sort; paged' })
  @ApiPageResponse(CaseViewDto)
  list(@CurrentOfficer() me: AuthenticatedOfficer, @Query() q: ListCasesQuery) {
    return this.queries.list(q, me);
  }

  // Before ':id', which answers 400 for anything that is not a UUID.
  @Get('by-number/:caseNumber')
  @AnyOfficer()
  @ApiOperation({ summary: 'One case by its number (URL-encoded, e.g. 市监案〔2026〕00001)' })
  @ApiOkResponse({ type: CaseViewDto })
  byNumber(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('caseNumber') caseNumber: string,
    @Query() q: AsOfQuery,
  ): Promise<CaseView> {
    return this.queries.byNumber(caseNumber, me, q.asOf);
  }

  @Get(':id')
  @AnyOfficer()
  @ApiOperation({ summary: 'One case with deadlines and the events the caller may send now' })
  @ApiOkResponse({ type: CaseViewDto })
  get(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query() q: AsOfQuery,
  ): Promise<CaseView> {
    return this.queries.get(id, me, q.asOf);
  }

  @Post(':id/events')
  @HttpCode(200)
  @Roles(...ACTORS)
  @ApiOperation({
    summary: 'Send an event of docs/events.md; the machine decides (?dryRun=true: write nothing)',
  })
  @ApiOkResponse({ type: EventAnswerDto, description: 'the case after the event and its entry' })
  @ApiHeader(IDEMPOTENCY)
  @ApiHeader(PREFER_HEADER)
  send(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Body() dto: CaseEventDto,
    @Query() q: EventQuery,
    @PreferMinimal() minimal: boolean,
    @IdempotencyKey() key?: string,
  ): Promise<EventAnswer> {
    return this.commands.send(id, me, dto, { key, dryRun: q.dryRun === 'true', minimal });
  }

  @Post(':id/recusals')
  @Roles('approver')
  @ApiOperation({ summary: 'Recuse an officer from the case (APL 43); logged' })
  @ApiCreatedResponse({ type: EventAnswerDto })
  recuse(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Body() dto: RecusalDto,
  ): Promise<EventAnswer> {
    return this.commands.recuse(id, me, dto);
  }

  @Get(':id/log')
  @Roles('auditor', 'handler', 'approver', 'case_reviewer', 'legal_reviewer', 'hearing_officer')
  @ApiOperation({
    summary: 'The case log in seq order (auditors, handlers of the case, reviewers and approvers)',
  })
  @ApiOkResponse({ type: [LogEntryDto] })
  log(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
  ): Promise<LogEntryView[]> {
    return this.queries.entries(id, me);
  }
}
