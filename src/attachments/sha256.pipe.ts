import { msg } from '../../workflows';
import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

/** A SHA-256 in the URL: 64 hex digits, any letter case, made lower case (as stored). */
@Injectable()
export class Sha256Pipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !/^[0-9a-f]{64}$/i.test(value)) {
      throw DomainException.validation([{ field: 'sha256', reason: msg('attachment.sha256') }]);
    }
    return value.toLowerCase();
  }
}
