import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';
import type { Request } from 'express';
import { AnyOfficer, CurrentOfficer, Roles } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseIdPipe } from '../common/pipes/case-id.pipe';
import { AttachmentsService } from './attachments.service';
import { FILE_FIELD } from './multipart-upload';
import { Sha256Pipe } from './sha256.pipe';

const VIEW: SchemaObject = {
  type: 'object',
  required: ['sha256', 'size', 'mime', 'filename'],
  properties: {
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    size: { type: 'integer', description: 'bytes' },
    mime: { type: 'string', description: 'sniffed from the content, never the client’s claim' },
    filename: { type: 'string' },
  },
};

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Roles('handler')
  @ApiOperation({
    summary: 'Upload an evidence file (streamed; 413 over ATTACHMENT_MAX_BYTES, nothing stored)',
    description:
      'multipart/form-data with one file in the field `file`. Stored by the SHA-256 of its ' +
      'bytes; the media type is sniffed from the content. Handlers of the case only. ' +
      'Reference it from RECORD_EVIDENCE as `attachments: [{ sha256 }]`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [FILE_FIELD],
      properties: { [FILE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ schema: VIEW })
  upload(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Req() req: Request,
  ) {
    return this.attachments.upload(id, me, req);
  }

  @Get(':sha256')
  @AnyOfficer()
  @ApiOperation({
    summary: 'Download an evidence file (streamed, with its sniffed type)',
    description: 'Open to those who may read the case’s personal data: its officers and auditors.',
  })
  @ApiParam({ name: 'sha256', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  download(
    @CurrentOfficer() me: AuthenticatedOfficer,
    @Param('id', CaseIdPipe) id: string,
    @Param('sha256', Sha256Pipe) sha256: string,
  ) {
    return this.attachments.download(id, sha256, me);
  }
}
