import { Module } from '@nestjs/common';
import { DocumentIssueModule } from '../documents/document-issue.module';
import { BureauSettingsController } from './bureau-settings.controller';

/** The bureau's settings (issue 17); the repository is DocumentIssueModule's, which uses it. */
@Module({ imports: [DocumentIssueModule], controllers: [BureauSettingsController] })
export class SettingsModule {}
