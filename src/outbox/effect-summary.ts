/**
 * What of an effect leaves the case file: ids, types and dates, never personal data. Webhook
 * bodies and inbox notifications carry only this. A field is kept only if it is listed here and
 * its value has the listed shape, so a new effect field (a party, a reason, an amount) stays
 * out until someone decides it may go.
 */
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// A document number (决定书文号): no spaces, and no run of digits as long as a phone number.
const DOCUMENT_NUMBER = /^(?!.*\d{7})\S{1,64}$/u;

type Shape = 'date' | 'code' | 'codes' | 'documentNumber';

const FIELDS: Record<string, Shape> = {
  kind: 'code',
  clock: 'code',
  outcome: 'code',
  procedure: 'code',
  channel: 'code',
  channels: 'codes',
  decisionNumber: 'documentNumber',
  filedOn: 'date',
  decidedOn: 'date',
  dueOn: 'date',
  markedOn: 'date',
  publishedOn: 'date',
  displayUntil: 'date',
  withdrawnOn: 'date',
  closedOn: 'date',
  archivedOn: 'date',
};

function fits(shape: Shape, value: unknown): boolean {
  switch (shape) {
    case 'date':
      return typeof value === 'string' && DATE.test(value);
    case 'code':
      return typeof value === 'string' && CODE.test(value);
    case 'codes':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && CODE.test(v));
    case 'documentNumber':
      return typeof value === 'string' && DOCUMENT_NUMBER.test(value);
  }
}

/** The listed fields of an effect's data whose values have their shape; nothing else. */
export function effectSummary(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, shape] of Object.entries(FIELDS)) {
    if (Object.hasOwn(data, key) && fits(shape, data[key])) out[key] = data[key];
  }
  return out;
}
