import { Module } from '@nestjs/common';
import { DocumentIssuer } from './document-issuer';
import { DocumentNumbers } from './document-numbers';
import { DocumentsRepository } from './documents.repository';
import { TemplateStore } from './template-store';
import { BureauSettingsRepository } from '../settings/bureau-settings.repository';

const PROVIDERS = [
  DocumentIssuer,
  DocumentNumbers,
  DocumentsRepository,
  TemplateStore,
  BureauSettingsRepository,
];

/** What an act needs to issue its documents (cases) and what verify reads back (audit). */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class DocumentIssueModule {}
