import { Injectable } from '@nestjs/common';
import { CURRENT, getCaseApi, type EventEnvelope } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { businessDateOf } from '../common/clock/business-time';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { DocumentIssuer } from '../documents/document-issuer';
import { sha256Canonical } from '../ledger/entry-hash';
import { LedgerTransaction } from '../ledger/ledger-transaction';
import type { CaseRecord } from '../ledger/case.repository';
import { CaseCommandHandler, NotWritten } from './case-command-handler';
import { CaseDecider } from './case-decider';
import { officerFacts } from './case-facts.service';
import { newRecord } from './case-record';
import { CaseRowCache } from './case-row-cache';
import type { CaseView } from './case-view';
import { CaseViews } from './case-views.service';
import type { CaseEventDto, RecusalDto } from './dto/case-event.dto';
import type { CreateCaseDto } from './dto/create-case.dto';
import { EntrySealer } from './entry-sealer';
import { IdempotentAnswers, lostIdempotencyRace, type EventAnswer } from './idempotent-answers';
import { Recusals } from './recusals';
import { refusalToException } from './refusal';

export type { EventAnswer } from './idempotent-answers';

/** How an event is sent: its Idempotency-Key, a dry run, and `Prefer: return=minimal`. */
export interface SendOptions {
  key?: string;
  dryRun?: boolean;
  minimal?: boolean;
}

/**
 * Commands on cases: DTOs in, the machine's answer out. Events and recusals go through the
 * command handler (read, decide, append with the expected version, retry); a new case is one
 * write of its first entry and its number.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly commands: CaseCommandHandler,
    private readonly decider: CaseDecider,
    private readonly recusals: Recusals,
    private readonly answers: IdempotentAnswers,
    private readonly tx: LedgerTransaction,
    private readonly views: CaseViews,
    private readonly sealer: EntrySealer,
    private readonly cache: CaseRowCache,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly documents: DocumentIssuer,
  ) {}

  async create(actor: AuthenticatedOfficer, dto: CreateCaseDto, key?: string): Promise<CaseView> {
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.createOnce(actor, dto, key, fresh);
      } catch (e) {
        // A calendar load on another instance since this one read it: decided again on it.
        fresh = e instanceof NotWritten;
        if (attempt >= 3 || !(fresh || lostIdempotencyRace(e))) throw e;
      }
    }
  }

  private async createOnce(
    actor: AuthenticatedOfficer,
    dto: CreateCaseDto,
    key?: string,
    fresh = false,
  ): Promise<CaseView> {
    const payload = JSON.parse(JSON.stringify(dto)) as Record<string, unknown>;
    const type = dto.procedure === 'summary' ? 'OPEN_SUMMARY_CASE' : 'REGISTER_CLUE';
    const idem = key ? { key, requestHash: sha256Canonical({ type, payload }) } : undefined;
    const env = await this.views.environment({ fresh });
    let created: CaseRecord | undefined;
    // No transaction: the idempotency check, then one statement (number, row, entry, deadlines).
    const view = await this.tx.run(async (db) => {
      const earlier = await this.answers.earlierAnswer(db, actor, idem, undefined, env);
      if (earlier) return earlier.case;
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
      const result = getCaseApi(CURRENT.machineId, CURRENT.version).start(envelope, env);
      if (!result.ok) throw refusalToException(result);
      const receivedAt = String(payload.receivedAt);
      const next = newRecord(result, occurredAt, receivedAt, this.clock.now());
      const pin = this.views.calendarPin(env);
      const entry = this.sealer.seal(next.id, 1, undefined, envelope, result, pin);
      next.headHash = entry.hash;
      const numbering = { prefix: this.config.CASE_NUMBER_PREFIX, year: this.yearNow() };
      // A new row: the insert either lands or fails (a taken id), never "moved on".
      const decision = { next, entry, result };
      const deadlines = await this.commands.append(db, decision, env, idem, { numbering });
      created = next;
      return this.views.build(next, actor, [], env, deadlines);
    }, false);
    if (created) this.cache.set({ ...created, recusedOfficerIds: [] });
    return view;
  }

  /** An event on a case; a dry run answers the same and writes nothing. */
  send(
    caseId: string,
    actor: AuthenticatedOfficer,
    dto: CaseEventDto,
    { key, dryRun = false, minimal = false }: SendOptions = {},
  ): Promise<EventAnswer> {
    const idem = key ? { key, requestHash: sha256Canonical({ caseId, ...dto }) } : undefined;
    const command = {
      caseId,
      actor,
      idem,
      minimal,
      expectedVersion: dto.expectedVersion,
      // An act that takes a 文号 holds the case row (and the counter's) until it commits.
      locked: this.documents.numbered(dto.type, dto.payload),
      decide: (db, row, env) => this.decider.decide(db, row, actor, dto, env),
    } satisfies Parameters<CaseCommandHandler['handle']>[0];
    return dryRun ? this.commands.rehearse(command) : this.commands.handle(command);
  }

  /** APL 43: an approver decides a recusal; it is itself an entry of the case's log. */
  recuse(caseId: string, approver: AuthenticatedOfficer, dto: RecusalDto): Promise<EventAnswer> {
    return this.recusals.recuse(caseId, approver, dto);
  }

  /** The business year now (case numbers run per year). */
  private yearNow(): number {
    return Number(businessDateOf(this.clock.now(), this.config.TZ_BUSINESS).slice(0, 4));
  }
}
