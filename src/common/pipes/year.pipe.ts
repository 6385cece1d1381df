import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception';
import { msg } from '../../../workflows';

/** Calendar years the service has arrangements for (issue 13: -1 and 0 were saved). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * `:year` of the calendar routes, an integer within FIRST_YEAR..LAST_YEAR. The global
 * ValidationPipe (transform) has already made the text a number; NaN and fractions fail here.
 */
@Injectable()
export class YearPipe implements PipeTransform<string | number, number> {
  transform(value: string | number): number {
    const year = Number(value);
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw DomainException.validation([
        { field: 'year', reason: msg('year.range', { from: FIRST_YEAR, to: LAST_YEAR }) },
      ]);
    }
    return year;
  }
}
