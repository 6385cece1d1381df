// What changed from one replayed state to the next, as paths an auditor can read. Pure.

export interface Change {
  /** Dotted path into the context, array indexes in brackets: `evidence[2].kind`. */
  path: string;
  /** Absent when the value was added. */
  before?: unknown;
  /** Absent when the value was removed. */
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const join = (base: string, key: string | number) =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;

/**
 * The leaves that differ between two JSON values. Objects and arrays are walked; anything else
 * (and a change of kind) is one change at its path. Keys come out in a stable order.
 */
export function diffValues(before: unknown, after: unknown, path = ''): Change[] {
  if (before === undefined && after === undefined) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], join(path, k)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) =>
      diffValues(before[i], after[i], join(path, i)),
    ).flat();
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [
    {
      path: path || '(root)',
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  ];
}
