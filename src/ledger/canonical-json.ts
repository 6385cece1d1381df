import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) for plain JSON data: keys sorted by UTF-16 code units,
 * strings and numbers as ECMAScript's JSON.stringify writes them. Byte for byte what the
 * `canonicalize` package produces (tests/unit/canonical-json.spec.ts checks it on generated
 * values), written for the shapes the log holds: the package's general machinery (toJSON,
 * cycle detection) kept verification below 100,000 entries/s.
 *
 * A copy with every object's keys inserted in sorted order, written by the native
 * JSON.stringify. JavaScript puts integer-like keys first whatever the insertion order, so a
 * value with such a key, or with anything that is not plain data (a Date, a class instance), is
 * handed to the package itself.
 */
export function canonicalJson(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(sortedCopy(value));
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    json = canonicalize(value);
  }
  if (json === undefined) throw new Error('value cannot be canonicalised');
  return json;
}

const NOT_PLAIN = new Error('not plain JSON data');
const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;

function sortedCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      if (!wellFormed(value)) throw new Error('Lone surrogate is not allowed');
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${value} is not allowed in JSON`);
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map(sortedCopy);
      if (!isPlainObject(value)) throw NOT_PLAIN;
      const o = value as Record<string, unknown>;
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(o).sort()) {
        if (INTEGER_LIKE.test(key)) throw NOT_PLAIN;
        if (!wellFormed(key)) throw new Error('Lone surrogate is not allowed');
        copy[key] = sortedCopy(o[key]);
      }
      return copy;
    }
    case 'boolean':
    case 'undefined':
    case 'function':
    case 'symbol':
      // As they are: JSON.stringify drops or nulls the last three exactly as RFC 8785 does.
      return value;
    case 'bigint':
      throw NOT_PLAIN;
  }
}

// ES2024, in Node since 20; the compiler's lib here is older.
const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}
