// The 文书 an act issues, rendered as the service renders them (same templates, data and
// renderer), for the peer that decides: by law the act and its document go together (issue 15),
// so a design that decides the same acts issues the same documents in the same request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseContext } from '../../workflows';
import type { PersistedCaseSnapshot } from '../../workflows/penalty-case/transition.types';
import { CURRENT, getCaseApi } from '../../workflows/registry';
import {
  documentData,
  type BureauSettings,
  type IssuedRef,
} from '../../src/documents/document-data';
import { documentsIssuedBy } from '../../src/documents/document-plan';
import {
  DOCUMENT_TYPE_INFO,
  templateFile,
  type DocumentType,
} from '../../src/documents/document-types';
import { renderDocx } from '../../src/documents/docx-renderer';

const api = getCaseApi(CURRENT.machineId, CURRENT.version);
const TEMPLATES = join(__dirname, '../../../templates');
const templates = new Map<DocumentType, Buffer>();
const template = (type: DocumentType) => {
  let bytes = templates.get(type);
  if (!bytes) templates.set(type, (bytes = readFileSync(join(TEMPLATES, templateFile(type)))));
  return bytes;
};

const SETTINGS: BureauSettings = {
  bureau: '上海市市场监督管理局',
  reconsiderationBody: '上海市人民政府',
  court: '上海市第三中级人民法院',
  enforcementCourt: '上海市浦东新区人民法院',
  paymentAccount: '',
};

/** A document as the event stores it: which, its hash, and the .docx bytes (base64). */
export interface StoredDocument extends IssuedRef {
  sha256: string;
  docx: string;
}

/** Renders the act's documents after an accepted transition. */
export function issueDocuments(act: {
  stream: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  on: string;
  actorId: string;
  context: unknown;
  snapshot: PersistedCaseSnapshot;
  issued: IssuedRef[];
}): StoredDocument[] {
  const plan = documentsIssuedBy(act.type, act.payload);
  if (plan.length === 0) return [];
  const issued = [...act.issued];
  const out: StoredDocument[] = [];
  const input = {
    eventType: act.type,
    payload: act.payload,
    on: act.on,
    actorId: act.actorId,
    caseNumber: act.stream,
    context: act.context as CaseContext,
    execution: api.execution(act.snapshot, act.on),
    settings: SETTINGS,
  };
  for (const [position, planned] of plan.entries()) {
    const info = DOCUMENT_TYPE_INFO[planned.type];
    const number = planned.givenNumber ?? (info.numberWord ? `${act.seq}号` : undefined);
    const data = documentData(planned.type, { ...input, issued }, number);
    const { bytes, sha256 } = renderDocx(template(planned.type), data);
    const ref: IssuedRef = {
      id: `${act.stream}:${act.seq}:${position}`,
      type: planned.type,
      title: info.title,
      ...(number ? { number } : {}),
      issuedOn: act.on,
      seq: act.seq,
    };
    issued.push(ref);
    out.push({ ...ref, sha256, docx: bytes.toString('base64') });
  }
  return out;
}
