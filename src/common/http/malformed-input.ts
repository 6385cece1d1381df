// What no request may carry into the permanent log, whatever the endpoint (issue 13).
import type { FieldError } from '../errors/domain.exception';
import { calendarValueError } from './calendar-values';
import { type Msg, msg } from '../../../workflows';

/** Deeper than any body of API.md; a payload nested 5,000 deep is refused, never recursed. */
export const MAX_DEPTH = 32;
/** Keys that would reach an object's prototype in some consumer. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * NUL and other C0 controls (tab, line feed and carriage return stay), DEL and C1 controls, bidi
 * overrides and isolates (U+202A–E, U+2066–9: they make a record read other than it is stored),
 * non-characters U+FFFE/U+FFFF, and UTF-16 surrogates that are not a pair.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Why a string may not be stored, if it may not. */
export function stringError(s: string): Msg | undefined {
  const bad = FORBIDDEN.exec(s);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return msg('http.forbiddenChar', { code });
  }
  return calendarValueError(s);
}

function numberError(n: number): Msg | undefined {
  if (!Number.isFinite(n)) return msg('http.notFinite');
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return msg('http.tooLargeInteger');
  return undefined;
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Every malformation in a parsed JSON value (or a query object): depth, prototype keys,
 * forbidden characters, impossible dates, non-finite or imprecise numbers. Iterative, so a
 * hostile depth costs no stack. Stops after `max` findings.
 */
export function malformations(root: unknown, rootPath = '', max = 20): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: rootPath, depth: 0 },
  ];
  while (stack.length > 0 && errors.length < max) {
    const { value, path, depth } = stack.pop()!;
    const field = path || 'body';
    if (typeof value === 'string') {
      const reason = stringError(value);
      if (reason) errors.push({ field, reason });
    } else if (typeof value === 'number') {
      const reason = numberError(value);
      if (reason) errors.push({ field, reason });
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) {
        errors.push({ field, reason: msg('http.tooDeep', { max: MAX_DEPTH }) });
        continue;
      }
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : Object.entries(value);
      for (const [key, child] of entries) {
        const at = join(path, key);
        if (typeof key === 'string') {
          const reason = PROTOTYPE_KEYS.has(key) ? msg('http.forbiddenKey') : stringError(key);
          if (reason) {
            errors.push({ field: at, reason: msg('http.key', { reason }) });
            continue;
          }
        }
        stack.push({ value: child, path: at, depth: depth + 1 });
      }
    }
  }
  return errors;
}
