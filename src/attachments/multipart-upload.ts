import type { Text } from '../common/i18n/localise';
import { msg } from '../../workflows';
// One file from a multipart/form-data body, streamed into the blob store as it arrives: never
// more than a chunk of it in memory, and over the limit nothing is stored (the temp file goes).
import { basename } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { stringError } from '../common/http/malformed-input';
import type { BlobStat, BlobStore } from '../storage/blob-store';
import { SNIFF_BYTES } from './mime-sniffer';

/** The multipart field the file travels in. */
export const FILE_FIELD = 'file';
/** Room for the multipart boundaries and part headers around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

export interface ReceivedFile {
  filename: string;
  stored: BlobStat;
  /** The file's first bytes, for sniffing its type. */
  head: Buffer;
}

export const tooLarge = (max: number) =>
  new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, msg('attachment.tooLarge', { max }), {
    errors: [{ field: FILE_FIELD, reason: msg('attachment.tooLarge', { max }) }],
  });

const invalid = (field: string, reason: Text) => DomainException.validation([{ field, reason }]);

/** Counts the bytes (refusing past `max`) and keeps the first SNIFF_BYTES. */
class LimitedHead extends Transform {
  private size = 0;
  private readonly chunks: Buffer[] = [];
  private kept = 0;

  constructor(private readonly max: number) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.chunks);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.max) return done(tooLarge(this.max));
    if (this.kept < SNIFF_BYTES) {
      const part = chunk.subarray(0, SNIFF_BYTES - this.kept);
      this.chunks.push(Buffer.from(part));
      this.kept += part.length;
    }
    done(null, chunk);
  }
}

/** The name as given, without any folder, checked like every other string of the API. */
function cleanName(given: string | undefined): string {
  const name = basename((given ?? '').replace(/\\/g, '/')).trim();
  if (name === '' || name === '.' || name === '..') return 'attachment';
  const reason = stringError(name);
  if (reason) throw invalid(`${FILE_FIELD}.filename`, reason);
  if (name.length > 255) throw invalid(`${FILE_FIELD}.filename`, msg('attachment.nameLong'));
  return name;
}

/** Stops reading the request: the rest of the body is discarded, never parsed or stored. */
function abandon(req: Request, parser: NodeJS.WritableStream): void {
  req.unpipe(parser);
  req.resume();
}

/** Reads the one file of the request into `store`; rejects with a DomainException otherwise. */
export function receiveFile(req: Request, store: BlobStore, max: number): Promise<ReceivedFile> {
  const declared = Number(req.headers['content-length']);
  if (declared > max + ENVELOPE_BYTES) return Promise.reject(tooLarge(max));
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: max + 1, fields: 0 },
    });
  } catch {
    return Promise.reject(invalid('Content-Type', msg('attachment.multipart')));
  }
  return new Promise<ReceivedFile>((resolve, reject) => {
    let upload: Promise<ReceivedFile> | undefined;
    let limited: LimitedHead | undefined;
    // A client gone midway: busboy ends no stream, so the file is failed here and its temp file
    // removed by the store (else it stays under DATA_DIR/tmp and the request never settles).
    req.on('close', () => {
      if (req.complete) return;
      const cut = invalid(FILE_FIELD, msg('attachment.cutOff'));
      if (limited) limited.destroy(cut);
      else fail(cut);
    });
    const fail = (e: unknown) => {
      abandon(req, parser);
      reject(e instanceof DomainException ? e : invalid('body', String((e as Error).message)));
    };
    parser.on('file', (field, file, info) => {
      if (field !== FILE_FIELD) {
        file.resume();
        return fail(invalid(field, msg('attachment.field', { field: FILE_FIELD })));
      }
      let filename: string;
      try {
        filename = cleanName(info.filename);
      } catch (e) {
        file.resume();
        return fail(e);
      }
      const head = new LimitedHead(max);
      limited = head;
      file.on('error', (e) => head.destroy(e));
      upload = store.put(file.pipe(head)).then((stored) => ({ filename, stored, head: head.head }));
      upload.catch(fail);
    });
    parser.on('error', fail);
    parser.on('close', () => {
      if (!upload) return fail(invalid(FILE_FIELD, msg('attachment.required')));
      upload.then(resolve, () => undefined);
    });
    req.pipe(parser);
  });
}
