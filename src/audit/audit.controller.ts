import { Controller, Get, Header, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseIdPipe } from '../common/pipes/case-id.pipe';
import { AuditService } from './audit.service';
import { serialiseBundle } from './bundle';
import { CheckpointService, toPublic } from './checkpoint.service';
import { ReplayQuery } from './dto/replay.query';
import { NoQueryPipe } from '../common/pipes/no-query.pipe';
import { IntegrityScan } from './integrity-scan.service';

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
  verify(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query(NoQueryPipe) _q: undefined,
  ) {
    return this.audit.verify(id, me);
  }

  @Get('cases/:id/export')
  @Roles('auditor')
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOperation({ summary: 'A signed bundle that `npm run verify -- <file>` checks offline' })
  async export(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query(NoQueryPipe) _q: undefined,
  ) {
    return serialiseBundle(await this.audit.export(id, me));
  }

  @Get('audit/verify-all')
  @Roles('auditor')
  @ApiOperation({ summary: 'Verify every case and the latest checkpoint; streams NDJSON progress' })
  async verifyAll(@Res() res: Response, @Query(NoQueryPipe) _q: undefined): Promise<void> {
    res.status(200).type('application/x-ndjson');
    for await (const event of this.scan.run()) res.write(`${JSON.stringify(event)}\n`);
    res.end();
  }

  @Post('audit/checkpoints')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Build and sign a checkpoint of the whole log now' })
  async checkpoint(@Query(NoQueryPipe) _q: undefined) {
    const c = await this.checkpoints.build();
    return c ? toPublic(c) : toPublic((await this.checkpoints.latest())!);
  }
}
