import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '../../common/dto/optional';
import { DOCUMENT_TYPES } from '../document-types';

/** One 文书 of a case, as listed (the bytes are behind `links`). */
export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES }) type!: string;
  @ApiProperty({ example: '行政处罚决定书' }) title!: string;
  @ApiPropertyOptional({ example: '沪市监罚〔2026〕12号', description: '文号 (absent: none)' })
  number?: string;
  @ApiProperty({ description: 'the log entry whose act issued it' }) seq!: number;
  @ApiProperty({ example: '2026-03-12' }) issuedOn!: string;
  @ApiProperty({ description: 'SHA-256 of the template file it was rendered from' })
  templateVersion!: string;
  @ApiProperty({ description: 'SHA-256 of the .docx, as the log entry records it' })
  sha256!: string;
  @ApiPropertyOptional({ description: 'SHA-256 of its PDF rendering, once made' })
  pdfSha256?: string;
  @ApiProperty({ example: { docx: '/api/v1/cases/…/documents/…?format=docx' } })
  links!: { docx: string; pdf: string };
}

export class DocumentFormatQuery {
  @ApiPropertyOptional({ enum: ['docx', 'pdf'], default: 'docx' })
  @Optional()
  @IsIn(['docx', 'pdf'], { message: 'format must be docx or pdf' })
  format?: 'docx' | 'pdf';
}
