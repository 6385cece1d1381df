import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CheckpointDto, CheckpointKeyDto, ConsistencyProofDto } from './dto/audit-views.dto';
import { StoredForm } from '../common/http/business-time.interceptor';
import { Public } from '../auth/auth.decorators';
import { CheckpointRepository } from './checkpoint.repository';
import { CheckpointService, toPublic } from './checkpoint.service';
import { CheckpointSigner } from './checkpoint-signer';
import { PublicRateLimitGuard } from '../disclosure/http/public-rate-limit.guard';
import { ConsistencyQuery } from './dto/replay.query';
import { NoQueryPipe } from '../common/pipes/no-query.pipe';

/** Published checkpoints: anyone can check that an exported case is included and the log only grew. */
@ApiTags('public')
@Public()
@UseGuards(PublicRateLimitGuard)
/** Signed checkpoints: their instants stay as signed. */
@Controller('public/checkpoints')
@StoredForm()
export class PublicCheckpointsController {
  constructor(
    private readonly repo: CheckpointRepository,
    private readonly checkpoints: CheckpointService,
    private readonly signer: CheckpointSigner,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Signed checkpoints, newest first' })
  @ApiOkResponse({ type: [CheckpointDto] })
  async list(@Query(NoQueryPipe) _q: undefined) {
    return (await this.repo.list(100, 0)).map(toPublic);
  }

  @Get('key')
  @ApiOperation({ summary: 'The Ed25519 public key that signs checkpoints' })
  @ApiOkResponse({ type: CheckpointKeyDto })
  key(@Query(NoQueryPipe) _q: undefined) {
    return this.signer.publicKey();
  }

  @Get('consistency')
  @ApiOperation({ summary: 'RFC 9162 consistency proof between two published tree sizes' })
  @ApiOkResponse({ type: ConsistencyProofDto })
  async consistency(@Query() q: ConsistencyQuery) {
    const first = Number(q.first);
    const second = Number(q.second);
    return { first, second, proof: await this.checkpoints.consistency(first, second) };
  }
}
