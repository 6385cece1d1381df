import { msg } from '../../workflows';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { AppConfig } from '../config/app-config';
import { sha256Hex } from './docx-renderer';
import { templateFile, type DocumentType } from './document-types';

export interface Template {
  bytes: Buffer;
  /** SHA-256 of the file: the template version every issued document records. */
  version: string;
}

/**
 * The bureau's templates (TEMPLATES_DIR/<type>.docx), checked at each use so a replaced file
 * takes effect without a restart; the version recorded with each document says which one was used.
 */
/** The package's templates/ (beside package.json), from src/ or dist/src/ alike. */
function packageTemplates(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'templates');
}

@Injectable()
export class TemplateStore {
  private readonly dir: string;
  /** The last read of each file, kept while its inode, size and change time stay the same. */
  private readonly read = new Map<string, { stamp: string; template: Template }>();

  constructor(config: AppConfig) {
    this.dir = config.TEMPLATES_DIR ?? packageTemplates();
  }

  async get(type: DocumentType): Promise<Template> {
    const file = join(this.dir, templateFile(type));
    // Without its template the act cannot issue its document, so it is not done (503, nothing written).
    const unreadable = (e: NodeJS.ErrnoException) => {
      this.read.delete(file);
      throw new DomainException(
        ErrorCode.SERVICE_UNAVAILABLE,
        msg('document.templateUnreadable', { file, why: e.code ?? e.message }),
      );
    };
    // A replaced or rewritten file changes its ctime (nanoseconds) or inode: one stat per use
    // instead of reading and hashing the file (issue 19); the version stays the file's hash.
    const s = await stat(file, { bigint: true }).catch(unreadable);
    const stamp = `${s.ino}:${s.size}:${s.ctimeNs}:${s.mtimeNs}`;
    const known = this.read.get(file);
    if (known?.stamp === stamp) return known.template;
    const bytes = await readFile(file).catch(unreadable);
    const template = { bytes, version: sha256Hex(bytes) };
    this.read.set(file, { stamp, template });
    return template;
  }
}
