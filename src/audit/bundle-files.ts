// Offline, the files of a bundle come from a folder (`--files <dir>`) or from the export zip
// itself; either way each is rehashed against the signed bundle (file-check.ts).
import { createReadStream } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { CaseBundle } from './bundle';
import type { BundleCheck } from './bundle-verifier';
import { BUNDLE_ENTRY } from './case-archive';
import { checkFiles } from './file-check';

export interface FileSource {
  open(path: string): Promise<Readable | undefined>;
  /** Every file the source holds besides the bundle (a zip); undefined for a folder. */
  extra?: string[];
  /**
   * Names a zip holds more than once, with their count: extractors differ on which entry a
   * reader gets, so the check vouches for none of them.
   */
  repeated?: Map<string, number>;
}

/** A path of the bundle inside `dir`, never outside it. */
function inside(dir: string, path: string): string | undefined {
  const clean = normalize(path);
  if (isAbsolute(clean) || clean.split(/[\\/]/).includes('..')) return undefined;
  return join(dir, clean);
}

export function folderSource(dir: string): FileSource {
  return {
    open: (path) => {
      const at = inside(dir, path);
      return Promise.resolve(at ? createReadStream(at) : undefined);
    },
  };
}

export interface ZipCase extends FileSource {
  bundleText: string;
  close(): void;
}

function readAll(stream: Readable): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', fail);
    stream.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The export zip: its bundle.json, and its other entries by name (CRC-checked by yauzl). */
export async function openZipCase(file: string): Promise<ZipCase> {
  const zip = await new Promise<yauzl.ZipFile>((done, fail) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e ? fail(e) : done(z))),
  );
  const entries = new Map<string, yauzl.Entry>();
  const counts = new Map<string, number>();
  await new Promise<void>((done, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      counts.set(entry.fileName, (counts.get(entry.fileName) ?? 0) + 1);
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', done);
    zip.on('error', fail);
    zip.readEntry();
  });
  const open = (path: string) => {
    const entry = entries.get(path);
    if (!entry) return Promise.resolve(undefined);
    return new Promise<Readable>((done, fail) =>
      zip.openReadStream(entry, (e, s) => (e ? fail(e) : done(s))),
    );
  };
  const bundle = await open(BUNDLE_ENTRY);
  if (!bundle) {
    zip.close();
    throw new Error(`${file} has no ${BUNDLE_ENTRY}`);
  }
  return {
    bundleText: await readAll(bundle),
    open,
    extra: [...entries.keys()].filter((name) => name !== BUNDLE_ENTRY),
    repeated: new Map([...counts].filter(([, n]) => n > 1)),
    close: () => zip.close(),
  };
}

/** One check per file the bundle lists, and one failing check per file it does not list. */
export async function verifyBundleFiles(raw: string, source: FileSource): Promise<BundleCheck[]> {
  let files: CaseBundle['files'];
  try {
    files = (JSON.parse(raw) as CaseBundle).files;
  } catch {
    return []; // verifyBundle reports the format
  }
  const listed = Array.isArray(files) ? files : [];
  const checks: BundleCheck[] = (await checkFiles(listed, (f) => source.open(f.path))).map((c) => ({
    name: `file ${c.path}`,
    ok: c.ok,
    detail: c.ok ? c.sha256 : c.detail,
  }));
  for (const [name, n] of source.repeated ?? []) {
    checks.push({ name: `file ${name}`, ok: false, detail: `${name} is in the zip ${n} times` });
  }
  const known = new Set(listed.map((f) => f.path));
  for (const name of source.extra ?? []) {
    if (!known.has(name)) {
      checks.push({ name: `file ${name}`, ok: false, detail: `${name} is not in the bundle` });
    }
  }
  return checks;
}
