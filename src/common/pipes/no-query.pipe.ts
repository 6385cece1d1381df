import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception';

/**
 * For routes that take no query parameters (`@Query(NoQueryPipe)`): any parameter is a 400
 * naming it, as the ValidationPipe answers for a DTO's unknown ones, never silently ignored.
 */
@Injectable()
export class NoQueryPipe implements PipeTransform<Record<string, unknown>, undefined> {
  transform(query: Record<string, unknown>): undefined {
    const names = Object.keys(query ?? {});
    if (names.length > 0)
      throw DomainException.validation(
        names.map((field) => ({ field, reason: 'is not a parameter of this route' })),
      );
    return undefined;
  }
}
