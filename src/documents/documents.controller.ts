import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { ApiPageResponse } from '../common/dto/page';
import { PageQuery } from '../common/dto/page.query';
import { CaseIdPipe } from '../common/pipes/case-id.pipe';
import { DocumentFormatQuery, DocumentView } from './dto/document.dto';
import { DocumentsService, type ServedFile } from './documents.service';

const READERS = [
  'handler',
  'approver',
  'case_reviewer',
  'legal_reviewer',
  'hearing_officer',
  'auditor',
] as const;

/** RFC 6266: the Chinese title survives as filename*. */
function send(res: Response, f: ServedFile): void {
  res
    .status(200)
    .type(f.contentType)
    .set('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
    .set('x-content-sha256', f.sha256)
    .end(f.bytes);
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller('cases/:id')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('documents')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The 文书 the case issued, in the order issued' })
  @ApiPageResponse(DocumentView)
  list(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Query() q: PageQuery,
  ) {
    return this.documents.list(id, me, q);
  }

  @Get('documents/:documentId')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'One 文书: the stored .docx byte for byte, or its PDF (503 without LibreOffice)',
  })
  @ApiProduces(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/pdf',
  )
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async get(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Query() q: DocumentFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.documents.get(id, documentId, q.format ?? 'docx', me));
  }

  @Get('file')
  @Roles(...READERS)
  @ApiOperation({
    summary: '电子卷宗: cover, index, documents (decision first), 备考表 as one PDF',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.documents.file(id, me));
  }
}
