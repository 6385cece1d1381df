import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isRealDate } from '../http/calendar-values';

/** A query or body date YYYY-MM-DD that exists on the calendar ("2026-02-30" is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRealDate(value),
        defaultMessage: (args) => `${args?.property} must be a real calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** Refuses a range whose end is before its start, naming the end (`receivedTo`). */
export function NotBefore(startProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBefore',
      constraints: [startProperty],
      validator: {
        validate: (value: unknown, args) => {
          const start = (args?.object as Record<string, unknown>)[startProperty];
          return typeof value !== 'string' || typeof start !== 'string' || start <= value;
        },
        defaultMessage: (args) => `${args?.property} must not be before ${startProperty}`,
      },
    },
    options,
  );
}
