import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { CreateOfficerDto, OfficerView, UpdateOfficerDto } from './dto/officer.dto';
import { OfficersService } from './officers.service';

@ApiTags('officers')
@ApiBearerAuth()
@Roles('admin')
@Controller('officers')
export class OfficersController {
  constructor(private readonly officers: OfficersService) {}

  @Post()
  @ApiOperation({ summary: 'Create an officer (admin)' })
  @ApiResponse({ status: 201, type: OfficerView })
  create(@Body() dto: CreateOfficerDto): Promise<OfficerView> {
    return this.officers.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List officers (admin)' })
  @ApiResponse({ status: 200, type: [OfficerView] })
  list(): Promise<OfficerView[]> {
    return this.officers.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One officer (admin)' })
  @ApiResponse({ status: 200, type: OfficerView })
  get(@Param('id') id: string): Promise<OfficerView> {
    return this.officers.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change roles, credential, qualification or deactivate (admin)' })
  @ApiResponse({ status: 200, type: OfficerView })
  update(@Param('id') id: string, @Body() dto: UpdateOfficerDto): Promise<OfficerView> {
    return this.officers.update(id, dto);
  }
}
