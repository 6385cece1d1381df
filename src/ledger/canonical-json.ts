import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) for plain JSON data: keys sorted by UTF-16 code units,
 * strings and numbers as ECMAScript's JSON.stringify writes them. Byte for byte what the
 * `canonicalize` package produces (tests/unit/canonical-json.spec.ts checks it on generated
 * values), written for the shapes the log holds: the package's general machinery (toJSON,
 * cycle detection) kept verification below 100,000 entries/s.
 *
 * Fast path: a copy with every object's keys inserted in sorted order, written by the native
 * JSON.stringify. JavaScript puts integer-like keys first whatever the insertion order, so an
 * object with such a key, or anything that is not plain data (a Date, a class instance), takes
 * the slow path: explicit serialisation, and the package for what is not plain.
 */
export function canonicalJson(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(sortedCopy(value));
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    json = serialise(value);
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

function serialise(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return string(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${value} is not allowed in JSON`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return array(value);
      if (isPlainObject(value)) return object(value as Record<string, unknown>);
      return packaged(value);
    case 'bigint':
    case 'undefined':
    case 'function':
    case 'symbol':
      return packaged(value);
  }
}

// ES2024, in Node since 20; the compiler's lib here is older.
const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function string(s: string): string {
  if (!wellFormed(s)) throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(s);
}

/** JSON.stringify drops these in objects and writes null for them in arrays. */
const absent = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function array(a: unknown[]): string {
  let out = '[';
  for (let i = 0; i < a.length; i++) {
    if (i > 0) out += ',';
    out += absent(a[i]) ? 'null' : serialise(a[i]);
  }
  return `${out}]`;
}

function object(o: Record<string, unknown>): string {
  const keys = Object.keys(o).sort();
  let out = '{';
  for (const key of keys) {
    const v = o[key];
    if (absent(v)) continue;
    if (out.length > 1) out += ',';
    out += `${string(key)}:${serialise(v)}`;
  }
  return `${out}}`;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}

function packaged(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('value cannot be canonicalised');
  return json;
}
