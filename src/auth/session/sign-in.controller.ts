import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../auth.decorators';
import { ChangePasswordDto, SignInDto, SignInView } from '../dto/sign-in.dto';
import { SignInService, type SessionRequest } from './sign-in.service';

@ApiTags('auth')
@Controller('auth')
export class SignInController {
  constructor(private readonly signIn: SignInService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with officer id and password: sets the zhifa-session and zhifa-csrf cookies',
  })
  @ApiResponse({ status: 200, type: SignInView })
  @ApiResponse({ status: 429, description: 'SIGN_IN_LOCKED, with Retry-After' })
  login(
    @Body() dto: SignInDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignInView> {
    return this.signIn.signIn(dto, req, res);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session is deleted and its cookies cleared' })
  @ApiResponse({ status: 204, description: 'signed out' })
  logout(@Req() req: SessionRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    return this.signIn.signOut(req, res);
  }

  @SignedIn()
  @Get('me')
  @ApiOperation({ summary: 'The signed-in officer, roles, and whether the password must change' })
  @ApiResponse({ status: 200, type: SignInView })
  me(@Req() req: SessionRequest): SignInView {
    return this.signIn.me(req);
  }

  @SignedIn()
  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password (at least 12 characters); my other sessions end' })
  @ApiResponse({ status: 204, description: 'changed' })
  changePassword(@Req() req: SessionRequest, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.signIn.changePassword(req, dto);
  }
}
