import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OfficerFactsCache } from './officer-facts.cache';
import { OfficerEntity } from './officer.entity';
import { OfficersController } from './officers.controller';
import { OfficersService } from './officers.service';

@Module({
  imports: [TypeOrmModule.forFeature([OfficerEntity])],
  controllers: [OfficersController],
  providers: [OfficersService, OfficerFactsCache],
  exports: [OfficersService],
})
export class OfficersModule {}
