import { Module } from '@nestjs/common';
import { DocumentIssuer } from './document-issuer';
import { DocumentNumbers } from './document-numbers';
import { DocumentsRepository } from './documents.repository';
import { TemplateStore } from './template-store';

const PROVIDERS = [DocumentIssuer, DocumentNumbers, DocumentsRepository, TemplateStore];

/** What an act needs to issue its documents (cases) and what verify reads back (audit). */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class DocumentIssueModule {}
