import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth.decorators';
import { SetPasswordDto } from '../dto/sign-in.dto';
import { SignInService } from '../session/sign-in.service';

@ApiTags('officers')
@ApiBearerAuth()
@Roles('admin')
@Controller('officers')
export class OfficerPasswordController {
  constructor(private readonly signIn: SignInService) {}

  @Put(':id/password')
  @HttpCode(204)
  @ApiOperation({
    summary: "Set an officer's password (admin): the officer must change it at next sign-in",
  })
  @ApiResponse({ status: 204, description: 'set; the officer is signed out everywhere' })
  set(@Param('id') id: string, @Body() dto: SetPasswordDto): Promise<void> {
    return this.signIn.setPassword(id, dto.password);
  }
}
