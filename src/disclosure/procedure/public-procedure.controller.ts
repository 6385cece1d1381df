import { Controller, Get, Header, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublicProcedureDto } from '../dto/public-views.dto';
import { Public } from '../../auth/auth.decorators';
import { PublicCacheInterceptor } from '../http/public-cache.interceptor';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { PublicProcedureService } from './public-procedure.service';

/** 事前公开 (PROCEDURE.md §7.1): the procedure the cases run on, generated from the machine. */
@ApiTags('public')
@Public()
@UseGuards(PublicRateLimitGuard)
@UseInterceptors(PublicCacheInterceptor)
@Controller('public')
export class PublicProcedureController {
  constructor(private readonly procedure: PublicProcedureService) {}

  @Get('procedure')
  @ApiOperation({ summary: 'Stages, what each act requires and its legal basis, and the clocks' })
  @ApiOkResponse({ type: PublicProcedureDto })
  get() {
    return this.procedure.procedure();
  }

  @Get('procedure.svg')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @ApiOperation({ summary: 'The procedure as an SVG diagram' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ schema: { type: 'string', description: 'an SVG document' } })
  diagram() {
    return this.procedure.diagram();
  }
}
