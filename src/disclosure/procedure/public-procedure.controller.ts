import { Controller, Get, Header, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
  get() {
    return this.procedure.procedure();
  }

  @Get('procedure.svg')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @ApiOperation({ summary: 'The procedure as an SVG diagram' })
  diagram() {
    return this.procedure.diagram();
  }
}
