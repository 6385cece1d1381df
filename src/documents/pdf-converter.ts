import { msg } from '../../workflows';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { AppConfig } from '../config/app-config';

const run = promisify(execFile);

/** One LibreOffice run may take this long (its start alone is a few seconds). */
const TIMEOUT_MS = 120_000;

export function converterUnavailable(why: string): DomainException {
  return new DomainException(
    ErrorCode.SERVICE_UNAVAILABLE,
    msg('document.pdfUnavailable', { why }),
  );
}

/**
 * .docx → PDF by LibreOffice headless (Debian's libreoffice-writer-nogui), with this process's own
 * user profile (two instances sharing one profile block each other) and one conversion at a time;
 * a batch of documents costs one start. PDFs merge with poppler's pdfunite.
 */
@Injectable()
export class PdfConverter implements OnModuleDestroy {
  private readonly profile = join(tmpdir(), `zhifa-lo-${process.pid}-${randomUUID()}`);
  private queue: Promise<unknown> = Promise.resolve();
  private found?: Promise<string | undefined>;

  constructor(private readonly config: AppConfig) {}

  async onModuleDestroy(): Promise<void> {
    await rm(this.profile, { recursive: true, force: true });
  }

  /** Why PDFs cannot be made here, or undefined when they can. */
  unavailable(): Promise<string | undefined> {
    this.found ??= run(this.config.SOFFICE_PATH, ['--version'], { timeout: 30_000 }).then(
      () => undefined,
      () => `${this.config.SOFFICE_PATH} (LibreOffice) is not installed`,
    );
    return this.found;
  }

  /** The PDFs of `docs`, in order (one LibreOffice run for all). */
  convert(docs: Buffer[]): Promise<Buffer[]> {
    const next = this.queue.then(() => this.convertNow(docs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** One PDF of several (the electronic case file). */
  async merge(pdfs: Buffer[]): Promise<Buffer> {
    if (pdfs.length === 1) return pdfs[0];
    const dir = await mkdtemp(join(tmpdir(), 'zhifa-merge-'));
    try {
      const inputs = await Promise.all(
        pdfs.map(async (pdf, i) => {
          const file = join(dir, `${String(i).padStart(4, '0')}.pdf`);
          await writeFile(file, pdf);
          return file;
        }),
      );
      const out = join(dir, 'file.pdf');
      await run('pdfunite', [...inputs, out], { timeout: TIMEOUT_MS }).catch(() => {
        throw converterUnavailable('pdfunite (poppler-utils) failed or is not installed');
      });
      return await readFile(out);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async convertNow(docs: Buffer[]): Promise<Buffer[]> {
    const why = await this.unavailable();
    if (why) throw converterUnavailable(why);
    const dir = await mkdtemp(join(tmpdir(), 'zhifa-pdf-'));
    try {
      const names = docs.map((_, i) => `d${String(i).padStart(4, '0')}`);
      await Promise.all(docs.map((d, i) => writeFile(join(dir, `${names[i]}.docx`), d)));
      await mkdir(this.profile, { recursive: true });
      await run(
        this.config.SOFFICE_PATH,
        [
          `-env:UserInstallation=file://${this.profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf:writer_pdf_Export',
          '--outdir',
          dir,
          ...names.map((n) => join(dir, `${n}.docx`)),
        ],
        { timeout: TIMEOUT_MS },
      );
      return await Promise.all(names.map((n) => readFile(join(dir, `${n}.pdf`))));
    } catch (e) {
      if (e instanceof DomainException) throw e;
      throw converterUnavailable(`LibreOffice failed: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
