// class-validator answers in English; each of its messages the DTOs produce (the defaults and the
// DTOs' own) is read back into a catalogue message, so a field reason follows Accept-Language.
// A message not listed here stays as class-validator wrote it.
import type { MessageKey, Msg } from '../../../workflows';

type Reader = [RegExp, MessageKey, ...extra: ('values' | 'n')[]];

/** `$1` is the field; a second group, when named, is the list of values or the bound. */
const READERS: readonly Reader[] = [
  [/^(.+) must be a string$/, 'dto.isString'],
  [/^(.+) must be an integer number$/, 'dto.isInt'],
  [/^(.+) must be a boolean value$/, 'dto.isBoolean'],
  [/^(.+) must be an array$/, 'dto.isArray'],
  [/^(.+) must be an object$/, 'dto.isObject'],
  [/^(.+) should not be empty$/, 'dto.isNotEmpty'],
  [/^(.+) must be a non-empty object$/, 'dto.isNotEmptyObject'],
  [/^(.+) must be a valid ISO 8601 date string$/, 'dto.isDateString'],
  [/^(.+) must be one of the following values: (.*)$/, 'dto.isIn', 'values'],
  [/^(.+) must not be less than (.+)$/, 'dto.min', 'n'],
  [/^(.+) must not be greater than (.+)$/, 'dto.max', 'n'],
  [/^(.+) must be longer than or equal to (\d+) characters$/, 'dto.minLength', 'n'],
  [/^(.+) must be shorter than or equal to (\d+) characters$/, 'dto.maxLength', 'n'],
  [/^property (.+) should not exist$/, 'dto.whitelist'],
  [/^nested property (.+) must be either object or array$/, 'dto.nested'],
  [/^(.+) must be a date YYYY-MM-DD$/, 'dto.date'],
  [/^(.+) must be a date or an ISO date-time$/, 'dto.dateOrDateTime'],
  [/^(.+) must be 1-64 letters, digits, \. _ or -$/, 'dto.officerId'],
  [/^(.+) must be an officer id$/, 'dto.officerId'],
  [/^(.+) must be a SCREAMING_SNAKE event name$/, 'dto.eventName'],
  [/^(.+) must not be empty$/, 'dto.notBlank'],
  [/^(.+) must be true or false$/, 'dto.trueOrFalse'],
  [/^(.+) must be 18 characters \(GB 32100\)$/, 'dto.creditCode'],
  [/^each (role) must be one of (.*)$/, 'dto.roles', 'values'],
  [/^(.+) must be one of: (.*)$/, 'dto.isIn', 'values'],
  [/^(.+) must not be blank$/, 'dto.notBlank'],
  [/^(.+) must be one line$/, 'dto.oneLine'],
  [/^(.+) must be a real calendar date YYYY-MM-DD$/, 'dto.realDate'],
  [/^(.+) must not be before (.+)$/, 'dto.notBefore', 'n'],
  [/^(page) must be a positive integer$/, 'dto.page'],
  [/^(pageSize) must be 1-100$/, 'dto.pageSize'],
];

/** The catalogue message of a class-validator message, or the message itself. */
export function dtoReason(message: string): Msg | string {
  for (const [pattern, key, extra] of READERS) {
    const m = pattern.exec(message);
    if (!m) continue;
    const params: Record<string, string | readonly string[]> = { field: m[1] };
    if (extra === 'values') params.values = m[2].split(/,\s*/);
    if (extra === 'n') params.n = m[2];
    return { key, params };
  }
  return message;
}
