import { hash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** Every part of a rendered .docx carries this time, so the same data gives the same bytes. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * The zip's DEFLATE (method 8) done by Node's zlib rather than PizZip's default, pako, a
 * JavaScript port: the rewritten parts of every 文书 are compressed inside the act's request
 * (issue 19). Registered under its own name, so PizZip's own DEFLATE stays as it is.
 */
const NODE_DEFLATE = 'NODE_DEFLATE';
(PizZip as unknown as { compressions: Record<string, unknown> }).compressions[NODE_DEFLATE] = {
  magic: '\x08\x00',
  compressInputType: 'uint8array',
  uncompressInputType: 'uint8array',
  compress: (input: Uint8Array) => deflateRawSync(input),
  uncompress: (input: Uint8Array) => inflateRawSync(input),
};

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
  const bytes = out.generate({ type: 'nodebuffer', compression: NODE_DEFLATE as 'DEFLATE' });
  return { bytes, sha256: sha256Hex(bytes) };
}
