// Reading a case's 文书 over HTTP (issue 15): binary bodies and the paged list.
import type { Response } from 'supertest';
import type { TestApp } from './test-app';

const binary = (res: Response, cb: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** GET /api/v1/cases/<path> with the body as bytes. */
export function getBytes(t: TestApp, path: string, token: string) {
  return t.http
    .get(`/api/v1/cases/${path}`)
    .set('authorization', `Bearer ${token}`)
    .buffer(true)
    .parse(binary as never);
}

export interface ListedDocument {
  id: string;
  type: string;
  number?: string;
  sha256: string;
  pdfSha256?: string;
}

export async function listDocuments(t: TestApp, token: string, caseId: string) {
  const res = await t.http
    .get(`/api/v1/cases/${caseId}/documents?pageSize=100`)
    .set('authorization', `Bearer ${token}`);
  if (res.status !== 200) throw new Error(`documents: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items as ListedDocument[];
}
