import { hash } from 'node:crypto';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** Every part of a rendered .docx carries this time, so the same data gives the same bytes. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export interface RenderedDocx {
  bytes: Buffer;
  sha256: string;
}

export const sha256Hex = (bytes: Buffer): string => hash('sha256', bytes, 'hex');

/**
 * Fills a .docx template (docxtemplater tags: {name}, {#list}…{/list}) with `data`. Deterministic:
 * the zip's entries keep their order and get one fixed time, so the SHA-256 is a function of the
 * template and the data (it is rendered before the log entry that records it is written).
 */
export function renderDocx(template: Buffer, data: Record<string, unknown>): RenderedDocx {
  const zip = new PizZip(template);
  const doc = new Docxtemplater(zip, {
    paragraphLoop: true,
    linebreaks: true,
    // A tag the data lacks prints empty rather than "undefined" (a bureau's template may add tags).
    nullGetter: () => '',
  });
  doc.render(data);
  const out = doc.getZip();
  for (const file of Object.values(out.files)) file.date = FIXED_TIME;
  const bytes = out.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { bytes, sha256: sha256Hex(bytes) };
}
