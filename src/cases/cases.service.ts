import { AttachmentsService } from '../attachments/attachments.service';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Accepted,
  type Deadline,
  type Environment,
  type EventEnvelope,
  CURRENT,
  getCaseApi,
  msg,
} from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { AppConfig } from '../config/app-config';
import { DocumentIssuer, isNumberTakenError, numberTaken } from '../documents/document-issuer';
import type { NewDocument } from '../documents/documents.repository';
import { documentInserts } from '../documents/documents.repository';
import { CaseLogRepository } from '../ledger/case-log.repository';
import { ProjectorRegistry } from '../ledger/case-projector';
import { CaseRepository, type CaseRecord } from '../ledger/case.repository';
import { sha256Canonical } from '../ledger/entry-hash';
import { EntryWriter, type EntryWrite } from '../ledger/entry-writer';
import type { SqlParams } from '../ledger/sql-params';
import { LedgerTransaction } from '../ledger/ledger-transaction';
import { toLogEntryView, type LogEntry, type LogEntryView } from '../ledger/log-entry';
import { businessDateOf } from '../common/clock/business-time';
import { assertVisible, caseAccess, partyFor } from '../ledger/case-access';
import { CaseFactsService, officerFacts } from './case-facts.service';
import { CaseHeads, type CaseHead } from './case-heads';
import { checkVersion, newRecord, nextRecord } from './case-record';
import type { CaseView } from './case-view';
import { CaseViews } from './case-views.service';
import type { CaseEventDto, RecusalDto } from './dto/case-event.dto';
import type { CreateCaseDto } from './dto/create-case.dto';
import { EntrySealer, type Idempotency } from './entry-sealer';

/**
 * Two requests with one Idempotency-Key that both found no prior entry: the second write hits
 * the unique index. Trying again replays the first answer (issue 13: these were 500s).
 */
function lostIdempotencyRace(e: unknown): boolean {
  const err = e as { driverError?: { code?: string; constraint?: string } };
  return (
    err.driverError?.code === '23505' && err.driverError.constraint === 'case_log_idempotency_idx'
  );
}

/** Optimistic attempts on fresh reads before an event waits for the row lock. */
const OPTIMISTIC_TRIES = 2;

/** An attempt that succeeded: the answer, and the case row it left (for the next event). */
interface Decided {
  answer: EventAnswer;
  head?: CaseHead;
}

export interface EventAnswer {
  case: CaseView;
  entry: LogEntryView;
}

/**
 * Commands on cases. The machine decides, this service acts: one transaction per event that
 * locks the case, runs the pure transition, appends the hash-chained entry, updates the
 * snapshot and queues effects. A refusal throws before anything is written.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly tx: LedgerTransaction,
    private readonly cases: CaseRepository,
    private readonly log: CaseLogRepository,
    private readonly facts: CaseFactsService,
    private readonly views: CaseViews,
    private readonly sealer: EntrySealer,
    private readonly projectors: ProjectorRegistry,
    private readonly writer: EntryWriter,
    private readonly heads: CaseHeads,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly attachments: AttachmentsService,
    private readonly documents: DocumentIssuer,
  ) {}

  async create(actor: AuthenticatedOfficer, dto: CreateCaseDto, key?: string): Promise<CaseView> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.createOnce(actor, dto, key);
      } catch (e) {
        if (attempt >= 3 || !lostIdempotencyRace(e)) throw e;
      }
    }
  }

  private async createOnce(
    actor: AuthenticatedOfficer,
    dto: CreateCaseDto,
    key?: string,
  ): Promise<CaseView> {
    const payload = JSON.parse(JSON.stringify(dto)) as Record<string, unknown>;
    const type = dto.procedure === 'summary' ? 'OPEN_SUMMARY_CASE' : 'REGISTER_CLUE';
    const idem = key ? { key, requestHash: sha256Canonical({ type, payload }) } : undefined;
    const env = await this.views.environment();
    let created: CaseRecord | undefined;
    // No transaction: the idempotency check, then one statement (number, row, entry, deadlines).
    const view = await this.tx.run(async (db) => {
      const prior = await this.replayed(db, actor, idem, undefined, env);
      if (prior) return prior.case;
      const occurredAt = this.sealer.occurredAt(dto.receivedAt, undefined);
      this.sealer.notInFuture('violation.endedAt', dto.violation?.endedAt);
      const envelope: EventEnvelope = {
        type,
        payload,
        occurredAt,
        actor: officerFacts(actor),
        officers: { [actor.id]: officerFacts(actor) },
        recusedOfficerIds: [],
      };
      const api = getCaseApi(CURRENT.machineId, CURRENT.version);
      const result = api.start(envelope, env);
      if (!result.ok) throw this.sealer.refusal(result);
      const receivedAt = String(payload.receivedAt);
      const record = newRecord(result, occurredAt, receivedAt, this.clock.now());
      const entry = this.sealer.seal(
        record.id,
        1,
        undefined,
        envelope,
        result,
        this.views.calendarPin(env),
      );
      record.headHash = entry.hash;
      const numbering = { prefix: this.config.CASE_NUMBER_PREFIX, year: this.yearNow() };
      // A new row: the insert either lands or fails (a taken id), never "moved on".
      const deadlines = (await this.commitEntry(db, record, entry, result, idem, env, {
        numbering,
      }))!;
      created = record;
      return this.views.build(record, actor, [], env, deadlines);
    }, false);
    if (created) this.heads.set({ ...created, recusedOfficerIds: [] });
    return view;
  }

  async send(
    caseId: string,
    actor: AuthenticatedOfficer,
    dto: CaseEventDto,
    key?: string,
    dryRun = false,
  ): Promise<EventAnswer> {
    const request = { caseId, ...dto };
    const idem = key ? { key, requestHash: sha256Canonical(request) } : undefined;
    const env = await this.views.environment();
    if (dryRun) {
      // The same read and decision on the case as stored now, stopped before the one write: the
      // same answer (or refusal) and nothing written, not even the idempotency key. It runs in a
      // transaction that is rolled back: a 文号 it draws goes back to the counter.
      const mode = { locked: false, dryRun: true };
      const tried = await this.tx.rehearse((db) =>
        this.decide(db, mode, caseId, actor, dto, idem, env),
      );
      return tried!.answer;
    }
    // Optimistic first: decide on the case as this process last wrote it (or as read), then one
    // write that only lands if the version is still that one. A head from the cache is only a
    // hint: whatever it leads to other than success is tried again on a fresh read. Losing the
    // race twice on fresh reads takes the row lock.
    // An act that takes a 文号 holds the case row (and the counter's) until it commits.
    const numbered = this.documents.numbered(dto.type, dto.payload);
    let fresh = 0;
    for (let attempt = 1; ; attempt++) {
      const given = attempt === 1 && !numbered ? this.heads.get(caseId) : undefined;
      if (!given) fresh++;
      const locked = numbered || fresh > OPTIMISTIC_TRIES;
      let outcome: Decided | undefined;
      try {
        outcome = await this.tx.run(
          (db) => this.decide(db, { locked, given }, caseId, actor, dto, idem, env),
          locked,
        );
      } catch (e) {
        this.heads.drop(caseId);
        if (isNumberTakenError(e)) throw numberTaken();
        if (given || (lostIdempotencyRace(e) && attempt < 5)) continue;
        throw e;
      }
      if (!outcome) {
        this.heads.drop(caseId);
        continue;
      }
      if (outcome.head) this.heads.set(outcome.head);
      return outcome.answer;
    }
  }

  /**
   * One attempt at an event (on `mode.given`, else on a read); undefined if the case moved on.
   * A dry run stops before the write and answers what the write would have answered.
   */
  private async decide(
    db: EntityManager,
    mode: { locked: boolean; given?: CaseHead; dryRun?: boolean },
    caseId: string,
    actor: AuthenticatedOfficer,
    dto: CaseEventDto,
    idem: Idempotency | undefined,
    env: Environment,
  ): Promise<Decided | undefined> {
    const record = mode.given ?? (await this.cases.read(db, caseId, mode.locked));
    if (!record) throw DomainException.notFound('case', caseId);
    const prior = await this.replayed(db, actor, idem, caseId, env);
    if (prior) return { answer: prior };
    checkVersion(record, dto.expectedVersion);
    const occurredAt = this.sealer.occurredAt(dto.occurredAt, record.lastOccurredAt);
    const facts = await this.facts.load(actor, dto.payload, record, dto.type);
    const on = this.views.dateOf(occurredAt);
    const { payload, plan } = await this.documents.prepare(db, dto.type, dto.payload, on);
    const envelope: EventEnvelope = { type: dto.type, payload, occurredAt, ...facts };
    const api = getCaseApi(record.machineId, record.machineVersion);
    const result = api.apply(record.snapshot, envelope, env);
    if (!result.ok) throw this.sealer.refusal(result, dto.type);
    // Evidence names its files by hash: each must have been uploaded to this case.
    await this.attachments.assertStored(db, caseId, dto.payload);
    const seq = record.version + 1;
    const issued = await this.documents.issue(db, caseId, seq, plan, {
      eventType: dto.type,
      payload,
      on,
      actorId: actor.id,
      caseNumber: record.caseNumber,
      context: result.context,
      execution: api.execution(result.snapshot, on, env),
    });
    const pin = this.views.calendarPin(env);
    const entry = this.sealer.seal(caseId, seq, record, envelope, result, pin, issued.refs);
    const next = nextRecord(record, result, entry);
    const deadlines = mode.dryRun
      ? this.views.deadlines(next, env)
      : await this.commitEntry(db, next, entry, result, idem, env, {
          expectedVersion: record.version,
          documents: issued.rows,
        });
    if (!deadlines) return undefined;
    const view = await this.views.build(next, actor, facts.recusedOfficerIds, env, deadlines);
    const answer = { case: view, entry: toLogEntryView(entry) };
    if (mode.dryRun) return { answer };
    return { answer, head: { ...next, recusedOfficerIds: record.recusedOfficerIds } };
  }

  /** APL 43: an approver decides a recusal; it is itself an entry of the case's log. */
  async recuse(
    caseId: string,
    approver: AuthenticatedOfficer,
    dto: RecusalDto,
  ): Promise<EventAnswer> {
    const { missing } = await this.facts.officersExist([dto.officerId]);
    if (missing.length) {
      throw DomainException.validation([
        { field: 'officerId', reason: msg('officer.unknown', { id: dto.officerId }) },
      ]);
    }
    const env = await this.views.environment();
    return this.tx.run(async (tx) => {
      const record = await this.cases.read(tx, caseId, true);
      if (!record) throw DomainException.notFound('case', caseId);
      const decidedAt = this.clock.now().toISOString();
      const added = await this.cases.addRecusal(tx, {
        caseId,
        ...dto,
        decidedBy: approver.id,
        decidedAt,
      });
      if (!added) {
        throw new DomainException(
          ErrorCode.ALREADY_EXISTS,
          msg('recusal.exists', { id: dto.officerId }),
        );
      }
      const occurredAt = this.sealer.occurredAt(undefined, record.lastOccurredAt);
      const { entry, next } = this.sealer.serviceEntry(
        record,
        approver,
        'RECORD_RECUSAL',
        { ...dto },
        occurredAt,
      );
      // The same one write as any event: state unchanged, the version and head moved on.
      const deadlines = this.views.deadlines(next, env);
      const write = {
        record: next,
        entry,
        effects: [],
        deadlines,
        expectedVersion: record.version,
      };
      await this.writer.write(tx, write);
      this.heads.drop(caseId);
      const recused = [...record.recusedOfficerIds, dto.officerId];
      return {
        case: await this.views.build(next, approver, recused, env, deadlines),
        entry: toLogEntryView(entry),
      };
    });
  }

  /**
   * The entry's one write (and projections); undefined if the case was no longer at the
   * expected version. A numbered new case gets its number here.
   */
  private async commitEntry(
    db: EntityManager,
    record: CaseRecord,
    entry: LogEntry,
    result: Accepted,
    idem: Idempotency | undefined,
    env: Environment,
    at: Pick<EntryWrite, 'expectedVersion' | 'numbering'> & { documents?: NewDocument[] },
  ): Promise<Deadline[] | undefined> {
    // Computed once per event: the deadline table and the answer both use them.
    const deadlines = this.views.deadlines(record, env);
    const { effects } = result;
    const input = { record, entry, result, env, deadlines };
    // The act's documents are inserted by the same statement as its entry (issue 15).
    const projections = (p: SqlParams) => [
      ...this.projectors.statements(input, p),
      ...documentInserts(at.documents ?? [], p),
    ];
    const { expectedVersion, numbering } = at;
    const write = { record, entry, idempotency: idem, effects, deadlines, projections };
    Object.assign(write, { expectedVersion, numbering });
    const { written, caseNumber } = await this.writer.write(db, write);
    if (!written) return undefined;
    if (at.numbering) record.caseNumber = caseNumber!;
    return deadlines;
  }

  /** Idempotency-Key: the same key and body answer as before; another body is a 422. */
  private async replayed(
    tx: EntityManager,
    actor: AuthenticatedOfficer,
    idem: Idempotency | undefined,
    caseId: string | undefined,
    env: Environment,
  ): Promise<EventAnswer | undefined> {
    if (!idem) return undefined;
    const prior = await this.log.findByIdempotencyKey(tx, actor.id, idem.key);
    if (!prior) return undefined;
    const sameCase = caseId === undefined ? prior.entry.seq === 1 : prior.entry.caseId === caseId;
    if (prior.requestHash !== idem.requestHash || !sameCase) {
      throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, msg('idempotency.reused'));
    }
    const record = (await this.cases.get(prior.entry.caseId, tx))!;
    const recused = await this.cases.recusedOfficerIds(tx, record.id);
    // The case as the caller may see it now: recused since (APL 43), it is not there for them.
    const access = caseAccess(actor, record, recused);
    assertVisible(access, record.id);
    const view = await this.views.build(record, actor, recused, env);
    // The registrar reads back the party it typed, as its first answer showed it; anyone else
    // sees the party as their access allows now (a replaced handler is no longer told it).
    const own = prior.entry.seq === 1 && prior.entry.actorId === actor.id;
    return {
      case: own ? view : { ...view, party: partyFor(access, view.party) },
      entry: toLogEntryView(prior.entry),
    };
  }

  /** The business year now (case numbers run per year). */
  private yearNow(): number {
    return Number(businessDateOf(this.clock.now(), this.config.TZ_BUSINESS).slice(0, 4));
  }
}
