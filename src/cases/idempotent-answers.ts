import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { msg, type Environment } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { assertVisible, caseAccess, partyFor } from '../ledger/case-access';
import { CaseLogRepository } from '../ledger/case-log.repository';
import { CaseRepository } from '../ledger/case.repository';
import { toLogEntryView, type LogEntryView } from '../ledger/log-entry';
import type { CaseView } from './case-view';
import { CaseViews } from './case-views.service';

/** An Idempotency-Key and the hash of the request it came with. */
export interface Idempotency {
  key: string;
  requestHash: string;
}

/** The case as `Prefer: return=minimal` answers it (RFC 7240): what the entry moved. */
export type MinimalCase = Pick<CaseView, 'id' | 'caseNumber' | 'version' | 'stage'>;

export interface EventAnswer {
  case: CaseView | MinimalCase;
  entry: LogEntryView;
}

export const minimalCase = (c: MinimalCase): MinimalCase => ({
  id: c.id,
  caseNumber: c.caseNumber,
  version: c.version,
  stage: c.stage,
});

/**
 * Two requests with one Idempotency-Key that both found no prior entry: the second write hits
 * the unique index. Trying again answers as the first did (issue 13: these were 500s).
 */
export function lostIdempotencyRace(e: unknown): boolean {
  const err = e as { driverError?: { code?: string; constraint?: string } };
  return (
    err.driverError?.code === '23505' && err.driverError.constraint === 'case_log_idempotency_idx'
  );
}

/** Idempotency-Key (API.md): the same key and body answer as before; another body is a 422. */
@Injectable()
export class IdempotentAnswers {
  constructor(
    private readonly log: CaseLogRepository,
    private readonly cases: CaseRepository,
    private readonly views: CaseViews,
  ) {}

  /**
   * The answer an earlier request with this key got (as the caller may see it now), if any;
   * `minimal` (Prefer: return=minimal) answers without building the view.
   */
  async earlierAnswer(
    db: EntityManager,
    actor: AuthenticatedOfficer,
    idem: Idempotency | undefined,
    caseId: string | undefined,
    env: Environment,
  ): Promise<(EventAnswer & { case: CaseView }) | undefined>;
  async earlierAnswer(
    db: EntityManager,
    actor: AuthenticatedOfficer,
    idem: Idempotency | undefined,
    caseId: string | undefined,
    env: Environment,
    minimal?: boolean,
  ): Promise<EventAnswer | undefined>;
  async earlierAnswer(
    db: EntityManager,
    actor: AuthenticatedOfficer,
    idem: Idempotency | undefined,
    caseId: string | undefined,
    env: Environment,
    minimal = false,
  ): Promise<EventAnswer | undefined> {
    if (!idem) return undefined;
    const prior = await this.log.findByIdempotencyKey(db, actor.id, idem.key);
    if (!prior) return undefined;
    const sameCase = caseId === undefined ? prior.entry.seq === 1 : prior.entry.caseId === caseId;
    if (prior.requestHash !== idem.requestHash || !sameCase) {
      throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, msg('idempotency.reused'));
    }
    const record = (await this.cases.get(prior.entry.caseId, db))!;
    const recused = await this.cases.recusedOfficerIds(db, record.id);
    // The case as the caller may see it now: recused since (APL 43), it is not there for them.
    const access = caseAccess(actor, record, recused);
    assertVisible(access, record.id);
    const entry = toLogEntryView(prior.entry);
    if (minimal) return { case: minimalCase(record), entry };
    const view = await this.views.build(record, actor, recused, env);
    // The registrar reads back the party it typed, as its first answer showed it; anyone else
    // sees the party as their access allows now (a replaced handler is no longer told it).
    const own = prior.entry.seq === 1 && prior.entry.actorId === actor.id;
    return {
      case: own ? view : { ...view, party: partyFor(access, view.party) },
      entry,
    };
  }
}
