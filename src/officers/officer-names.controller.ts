import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AnyOfficer } from '../auth/auth.decorators';
import { OfficerName } from './dto/officer.dto';
import { OfficersService } from './officers.service';

// Its own path: GET /officers/:id (admin) would otherwise take "names" for an id.
@ApiTags('officers')
@ApiBearerAuth()
@AnyOfficer()
@Controller('officer-names')
export class OfficerNamesController {
  constructor(private readonly officers: OfficersService) {}

  @Get()
  @ApiOperation({ summary: "Every officer's id and name (any officer): who acted on a log" })
  @ApiResponse({ status: 200, type: [OfficerName] })
  list(): Promise<OfficerName[]> {
    return this.officers.names();
  }
}
