import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMachineDto, MachineDescriptionDto } from './dto/machine-description.dto';
import { CURRENT, describeMachine, registeredVersions } from '../../workflows';
import { AnyOfficer } from '../auth/auth.decorators';
import { DomainException } from '../common/errors/domain.exception';

function describeVersion(version: number) {
  if (!registeredVersions().some((v) => v.version === version)) {
    throw DomainException.notFound('machine version', `${CURRENT.machineId}@${version}`);
  }
  return describeMachine(CURRENT.machineId, version);
}

/** The machine definition (states, events, guards with citations) for diagrams and 事前公开. */
@ApiTags('workflows')
@ApiBearerAuth()
@AnyOfficer()
@Controller('workflows')
export class WorkflowsController {
  @Get(CURRENT.machineId)
  @ApiOperation({
    summary:
      'The current penalty-case machine: states, clocks, and each event with its payload schema, example, roles, stages and guards',
  })
  @ApiOkResponse({ type: CurrentMachineDto })
  current() {
    return { versions: registeredVersions(), ...describeMachine() };
  }

  @Get(`${CURRENT.machineId}/:version`)
  @ApiOperation({ summary: 'One registered version of the penalty-case machine' })
  @ApiOkResponse({ type: MachineDescriptionDto })
  version(@Param('version', ParseIntPipe) version: number) {
    return describeVersion(version);
  }
}
