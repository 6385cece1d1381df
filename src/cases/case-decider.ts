import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { getCaseApi, type Accepted, type Environment, type EventEnvelope } from '../../workflows';
import { AttachmentsService } from '../attachments/attachments.service';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DocumentIssuer } from '../documents/document-issuer';
import type { NewDocument } from '../documents/documents.repository';
import type { CaseRecord } from '../ledger/case.repository';
import type { LogEntry } from '../ledger/log-entry';
import { CaseFactsService } from './case-facts.service';
import type { CaseRow } from './case-row-cache';
import { nextRecord } from './case-record';
import { CaseViews } from './case-views.service';
import type { CaseEventDto } from './dto/case-event.dto';
import { EntrySealer } from './entry-sealer';
import { refusalToException } from './refusal';

/** What a command decided: the entry to append, the case row after it and what comes with it. */
export interface Decision {
  next: CaseRecord;
  entry: LogEntry;
  result: Accepted;
  /** The 文书 the act issued, inserted by the entry's statement (issue 15). */
  documents?: NewDocument[];
  /** The recusals the decision saw (the view after it reads them). */
  recusedOfficerIds: string[];
}

/**
 * The decide step of an event (Emmett's `decide`): the facts the guards need, the pure machine's
 * answer, the act's 文书 and the sealed entry. Throws the refusal; writes nothing but a drawn 文号
 * (in the caller's transaction, so a failed write gives it back).
 */
@Injectable()
export class CaseDecider {
  constructor(
    private readonly facts: CaseFactsService,
    private readonly views: CaseViews,
    private readonly sealer: EntrySealer,
    private readonly attachments: AttachmentsService,
    private readonly documents: DocumentIssuer,
  ) {}

  async decide(
    db: EntityManager,
    record: CaseRow,
    actor: AuthenticatedOfficer,
    dto: CaseEventDto,
    env: Environment,
  ): Promise<Decision> {
    const occurredAt = this.sealer.occurredAt(dto.occurredAt, record.lastOccurredAt);
    const facts = await this.facts.load(actor, dto.payload, record, dto.type);
    const on = this.views.dateOf(occurredAt);
    const { payload, plan } = await this.documents.prepare(db, dto.type, dto.payload, on);
    const envelope: EventEnvelope = { type: dto.type, payload, occurredAt, ...facts };
    const api = getCaseApi(record.machineId, record.machineVersion);
    const result = api.apply(record.snapshot, envelope, env);
    if (!result.ok) throw refusalToException(result, dto.type);
    // Evidence names its files by hash: each must have been uploaded to this case.
    await this.attachments.assertStored(db, record.id, dto.payload);
    const seq = record.version + 1;
    const issued = await this.documents.issue(db, record.id, seq, plan, {
      eventType: dto.type,
      payload,
      on,
      actorId: actor.id,
      caseNumber: record.caseNumber,
      context: result.context,
      execution: api.execution(result.snapshot, on, env),
    });
    const pin = this.views.calendarPin(env);
    const entry = this.sealer.seal(record.id, seq, record, envelope, result, pin, issued.refs);
    const next = nextRecord(record, result, entry);
    const { recusedOfficerIds } = facts;
    return { next, entry, result, documents: issued.rows, recusedOfficerIds };
  }
}
