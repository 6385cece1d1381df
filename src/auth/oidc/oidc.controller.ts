import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth.decorators';
import { OidcService } from './oidc.service';

@ApiTags('auth')
@Public()
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get('login')
  @ApiOperation({ summary: 'OIDC single sign-on: redirects to the provider (404 when not set up)' })
  @ApiResponse({ status: 302, description: 'to the provider, with state, nonce and PKCE' })
  login(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.oidc.login(req, res);
  }

  @Get('callback')
  @ApiOperation({ summary: "The provider's redirect back: opens a session and redirects to /" })
  @ApiResponse({ status: 302, description: 'to /, with the session cookies set' })
  callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.oidc.callback(req, res);
  }
}
