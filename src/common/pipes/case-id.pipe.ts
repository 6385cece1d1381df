import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception';
import { msg } from '../../../workflows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A case id as stored and hashed: a UUID in lower case (issue 13: an upper-case id in the URL
 * was hashed into an entry while the row kept the lower-case one, breaking the chain for ever).
 * Any letter case is accepted and made canonical here; any other form (braces, spaces, URNs)
 * is a 400. Every `:id` route of a case goes through this pipe.
 */
@Injectable()
export class CaseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw DomainException.validation([{ field: 'id', reason: msg('id.uuid') }]);
    }
    return value.toLowerCase();
  }
}
