import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { sha256Hex } from './docx-renderer';
import { templateFile, type DocumentType } from './document-types';

export interface Template {
  bytes: Buffer;
  /** SHA-256 of the file: the template version every issued document records. */
  version: string;
}

/**
 * The bureau's templates (TEMPLATES_DIR/<type>.docx), read at each use so a replaced file takes
 * effect without a restart; the version recorded with each document says which one was used.
 */
@Injectable()
export class TemplateStore {
  constructor(private readonly config: AppConfig) {}

  async get(type: DocumentType): Promise<Template> {
    const bytes = await readFile(join(this.config.TEMPLATES_DIR, templateFile(type)));
    return { bytes, version: sha256Hex(bytes) };
  }
}
