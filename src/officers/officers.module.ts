import { Module } from '@nestjs/common';
import { OfficerFactsCache } from './officer-facts.cache';
import { OfficersController } from './officers.controller';
import { OfficersRepository } from './officers.repository';
import { OfficersService } from './officers.service';

@Module({
  controllers: [OfficersController],
  providers: [OfficersService, OfficersRepository, OfficerFactsCache],
  exports: [OfficersService],
})
export class OfficersModule {}
