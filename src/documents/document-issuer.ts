import { msg, type CaseContext, type CaseContextView } from '../../workflows';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import type { DocumentRef } from '../ledger/log-entry';
import { renderDocx } from './docx-renderer';
import { documentData, type ActInput, type BureauSettings, type IssuedRef } from './document-data';
import { documentsIssuedBy, needsCounter, type PlannedDocument } from './document-plan';
import { DOCUMENT_TYPE_INFO } from './document-types';
import { DocumentNumbers } from './document-numbers';
import { DocumentsRepository, type NewDocument } from './documents.repository';
import { TemplateStore } from './template-store';
import { BureauSettingsRepository } from '../settings/bureau-settings.repository';

/** An act's documents before its write: the plan, with the payload the machine will see. */
export interface PreparedAct {
  payload: Record<string, unknown>;
  plan: PlannedDocument[];
}

export interface IssuedDocuments {
  refs: DocumentRef[];
  rows: NewDocument[];
}

/**
 * Issuing a 文书 is part of the act that needs it: numbered in the act's transaction, rendered
 * before the entry is sealed (rendering is deterministic), recorded by type, id, 文号, template
 * version and SHA-256 in the entry, and stored by the entry's own write.
 */
@Injectable()
export class DocumentIssuer {
  constructor(
    private readonly numbers: DocumentNumbers,
    private readonly templates: TemplateStore,
    private readonly repo: DocumentsRepository,
    private readonly clock: Clock,
    private readonly bureau: BureauSettingsRepository,
  ) {}

  /** The bureau's settings in force (an administrator's, else the configuration's). */
  settings(q?: EntityManager): Promise<BureauSettings> {
    return this.bureau.current(q);
  }

  /** Whether the act takes a 文号 from a counter (it then runs under the case row lock). */
  numbered(type: string, payload: Record<string, unknown>): boolean {
    return needsCounter(documentsIssuedBy(type, payload));
  }

  /**
   * The decision number (APL 59): the one DECIDE gives, if no document has it yet; else the next
   * of the decision's type, written into the payload so the machine and replay see it.
   */
  async prepare(
    tx: EntityManager,
    type: string,
    payload: Record<string, unknown>,
    on: string,
  ): Promise<PreparedAct> {
    const plan = documentsIssuedBy(type, payload);
    const decision = plan.find((d) => DOCUMENT_TYPE_INFO[d.type].decision);
    if (!decision) return { payload, plan };
    if (decision.givenNumber !== undefined) {
      if (await this.numbers.taken(tx, decision.givenNumber))
        throw numberTaken(decision.givenNumber);
      return { payload, plan };
    }
    const decisionNumber = await this.numbers.next(tx, decision.type, yearOf(on));
    decision.givenNumber = decisionNumber;
    return { payload: { ...payload, decisionNumber }, plan };
  }

  /** Numbers, renders and hashes the act's documents (nothing is written here). */
  async issue(
    tx: EntityManager,
    caseId: string,
    seq: number,
    plan: PlannedDocument[],
    act: Omit<ActInput, 'issued' | 'settings' | 'context'> & { context: CaseContextView },
  ): Promise<IssuedDocuments> {
    if (plan.length === 0) return { refs: [], rows: [] };
    const issued: IssuedRef[] = await this.repo.issued(caseId, tx);
    // The accepted result's context is the penalty case's whole context (the view names a part).
    const context = act.context as unknown as CaseContext;
    const input: ActInput = { ...act, context, issued, settings: await this.settings(tx) };
    const rows: NewDocument[] = [];
    for (const [position, planned] of plan.entries()) {
      const { type } = planned;
      const number =
        planned.givenNumber ??
        (DOCUMENT_TYPE_INFO[type].numberWord
          ? await this.numbers.next(tx, type, yearOf(act.on))
          : undefined);
      const template = await this.templates.get(type);
      const { bytes, sha256 } = renderDocx(template.bytes, documentData(type, input, number));
      const row: NewDocument = {
        id: documentId(caseId, seq, position),
        seq,
        position,
        type,
        title: DOCUMENT_TYPE_INFO[type].title,
        ...(number ? { number } : {}),
        templateVersion: template.version,
        sha256,
        docx: bytes,
        issuedOn: act.on,
        createdAt: this.clock.now().toISOString(),
      };
      rows.push(row);
      // A later document of the same act (the 送达回证) names the earlier one (the 告知书).
      issued.push({ ...row, issuedOn: act.on });
    }
    const refs = rows.map((r) => ({
      id: r.id,
      type: r.type,
      ...(r.number ? { number: r.number } : {}),
      templateVersion: r.templateVersion,
      sha256: r.sha256,
    }));
    return { refs, rows };
  }
}

/**
 * A document's id follows from where it stands in the record (case, entry, place in the act), so
 * a dry run names the same id the real act will, and the id is unique as that place is.
 */
export function documentId(caseId: string, seq: number, position: number): string {
  const h = createHash('sha256').update(`zhifa-document:${caseId}:${seq}:${position}`).digest();
  h[6] = (h[6] & 0x0f) | 0x80; // version 8: a custom, name-based UUID (RFC 9562)
  h[8] = (h[8] & 0x3f) | 0x80; // the RFC variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const yearOf = (on: string): number => Number(on.slice(0, 4));

export function numberTaken(number?: string): DomainException {
  const what = number ?? 'payload.decisionNumber';
  return new DomainException(
    ErrorCode.ALREADY_EXISTS,
    msg('document.numberTaken', { number: what }),
    {
      errors: [
        {
          field: 'payload.decisionNumber',
          reason: msg('document.numberNamesOne', { number: what }),
        },
      ],
    },
  );
}

const NUMBER_INDEXES = new Set(['documents_number_idx', 'documents_number_key_idx']);

/** The database's last word on a 文号 two acts took at once (in any spelling). */
export function isNumberTakenError(e: unknown): boolean {
  const err = e as { driverError?: { code?: string; constraint?: string } };
  return err.driverError?.code === '23505' && NUMBER_INDEXES.has(err.driverError.constraint ?? '');
}
