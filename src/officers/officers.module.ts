import { Module } from '@nestjs/common';
import { OfficerFactsCache } from './officer-facts.cache';
import { OfficerNamesController } from './officer-names.controller';
import { OfficersController } from './officers.controller';
import { OfficersRepository } from './officers.repository';
import { OfficersService } from './officers.service';

@Module({
  controllers: [OfficersController, OfficerNamesController],
  providers: [OfficersService, OfficersRepository, OfficerFactsCache],
  exports: [OfficersService],
})
export class OfficersModule {}
