import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { GongshiController } from './gongshi.controller';
import { GongshiService } from './gongshi.service';

/** The public portal (行政执法公示) at /gongshi/: HTML over the disclosure's redacted views. */
@Module({
  imports: [DisclosureModule, AuditModule],
  controllers: [GongshiController],
  providers: [GongshiService],
})
export class GongshiModule {}
