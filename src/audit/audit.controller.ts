import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  BUNDLE_SCHEMA,
  CheckpointDto,
  ReplayViewDto,
  VerifyReportDto,
} from './dto/audit-views.dto';
import type { Response } from 'express';
import { CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseIdPipe } from '../common/pipes/case-id.pipe';
import { AuditService } from './audit.service';
import { CheckpointService, toPublic } from './checkpoint.service';
import { ExportQuery, ReplayQuery } from './dto/replay.query';
import { NoQueryPipe } from '../common/pipes/no-query.pipe';
import { IntegrityScan } from './integrity-scan.service';
import { StoredForm } from '../common/http/business-time.interceptor';

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly scan: IntegrityScan,
    private readonly checkpoints: CheckpointService,
  ) {}

  @Get('cases/:id/replay')
  @Roles('auditor')
  @ApiOperation({
    summary: 'The case as it stood after entry seq=N or at a time, by replaying the log',
  })
  @ApiOkResponse({ type: ReplayViewDto })
  replay(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query() q: ReplayQuery,
  ) {
    return this.audit.replay(id, me, { seq: q.seq ? Number(q.seq) : undefined, at: q.at });
  }

  @Get('cases/:id/verify')
  @Roles('auditor')
  @ApiOperation({ summary: 'Recompute every hash and replay the log against the stored state' })
  @ApiOkResponse({ type: VerifyReportDto })
  verify(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query(NoQueryPipe) _q: undefined,
  ) {
    return this.audit.verify(id, me);
  }

  @Get('cases/:id/export')
  @Roles('auditor')
  @StoredForm()
  @ApiOperation({
    summary: 'A signed bundle that `npm run verify -- <file>` checks offline',
    description:
      '`?include=files`: a zip of `bundle.json` and every file the bundle lists in `files` ' +
      '(the attachments its log names), which `npm run verify -- <case.zip>` checks too.',
  })
  @ApiProduces('application/json', 'application/zip')
  @ApiOkResponse({ schema: BUNDLE_SCHEMA })
  export(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query() q: ExportQuery,
  ) {
    return this.audit.exportFile(id, me, q.include === 'files');
  }

  @Get('audit/verify-all')
  @Roles('auditor')
  @ApiOperation({ summary: 'Verify every case and the latest checkpoint; streams NDJSON progress' })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ schema: { type: 'string', description: 'one JSON object per line' } })
  async verifyAll(@Res() res: Response, @Query(NoQueryPipe) _q: undefined): Promise<void> {
    res.status(200).type('application/x-ndjson');
    for await (const event of this.scan.run()) res.write(`${JSON.stringify(event)}\n`);
    res.end();
  }

  @Post('audit/checkpoints')
  @Roles('admin', 'auditor')
  @StoredForm()
  @ApiOperation({ summary: 'Build and sign a checkpoint of the whole log now' })
  @ApiCreatedResponse({ type: CheckpointDto })
  async checkpoint(@Query(NoQueryPipe) _q: undefined) {
    const c = await this.checkpoints.build();
    return c ? toPublic(c) : toPublic((await this.checkpoints.latest())!);
  }
}
