import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { msg, type Deadline, type Environment } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { isNumberTakenError, numberTaken } from '../documents/document-issuer';
import { documentInserts, type NewDocument } from '../documents/documents.repository';
import { ProjectorRegistry } from '../ledger/case-projector';
import { caseAccess, partyFor } from '../ledger/case-access';
import { CaseRepository } from '../ledger/case.repository';
import { EntryWriter, type EntryWrite } from '../ledger/entry-writer';
import { LedgerTransaction } from '../ledger/ledger-transaction';
import { toLogEntryView } from '../ledger/log-entry';
import type { SqlParams } from '../ledger/sql-params';
import type { Decision } from './case-decider';
import { checkVersion } from './case-record';
import { CaseRowCache, type CaseRow } from './case-row-cache';
import { CaseViews } from './case-views.service';
import {
  IdempotentAnswers,
  minimalCase,
  lostIdempotencyRace,
  type EventAnswer,
  type Idempotency,
} from './idempotent-answers';

/** Optimistic attempts on fresh reads before a command waits for the row lock. */
const OPTIMISTIC_TRIES = 2;

export interface CaseCommand {
  caseId: string;
  actor: AuthenticatedOfficer;
  idem?: Idempotency;
  expectedVersion?: number;
  /** Hold the case row from the read to the commit (an act that draws a 文号, a recusal). */
  locked?: boolean;
  /** `Prefer: return=minimal`: answer the entry and the case's id, number, version and stage. */
  minimal?: boolean;
  /** Emmett's decide: the case as read in, the entry and the row after it out (or a refusal). */
  decide(db: EntityManager, row: CaseRow, env: Environment): Promise<Decision>;
}

/** An officer the decision named changed before its write (409; the client sends it again). */
function factsChanged(): DomainException {
  return new DomainException(ErrorCode.VERSION_CONFLICT, msg('version.factsChanged'));
}

/** The write did not land: the case's version, or the calendar in force, moved on meanwhile. */
export class NotWritten extends Error {
  constructor(readonly calendarMoved: boolean) {
    super('the case or the calendar moved on; decided again');
  }
}

/** One attempt's outcome: the answer, and the row it left (for the next command on the case). */
type Handled = { answer: EventAnswer; row?: CaseRow };

/**
 * Commands on an existing case, in Emmett's CommandHandler shape: read the case, decide with the
 * pure machine, append the entry with the expected version in one statement, retry on conflict.
 * The view is built once, from the decision's live snapshot. A refusal throws before any write.
 */
@Injectable()
export class CaseCommandHandler {
  constructor(
    private readonly tx: LedgerTransaction,
    private readonly cases: CaseRepository,
    private readonly cache: CaseRowCache,
    private readonly answers: IdempotentAnswers,
    private readonly views: CaseViews,
    private readonly writer: EntryWriter,
    private readonly projectors: ProjectorRegistry,
  ) {}

  /**
   * Optimistic first: decide on the case as this process last wrote it (or as read), then one
   * write that lands only if the version is still that one. A cached row is a hint: whatever it
   * leads to other than success is tried again on a fresh read. Losing twice takes the row lock.
   */
  async handle(command: CaseCommand): Promise<EventAnswer> {
    let env = await this.views.environment();
    let fresh = 0;
    for (let attempt = 1; ; attempt++) {
      const given = attempt === 1 && !command.locked ? this.cache.get(command.caseId) : undefined;
      if (!given) fresh++;
      const locked = !!command.locked || fresh > OPTIMISTIC_TRIES;
      let handled: Handled | undefined;
      try {
        const once = (db: EntityManager) => this.attempt(db, command, env, { locked, given });
        handled = await this.tx.run(once, locked);
      } catch (e) {
        this.cache.drop(command.caseId);
        if (isNumberTakenError(e)) throw numberTaken();
        // The case or the calendar moved on: decided again on both as they are now.
        if (e instanceof NotWritten && e.calendarMoved)
          env = await this.views.environment({ fresh: true });
        if (given || e instanceof NotWritten || (lostIdempotencyRace(e) && attempt < 5)) continue;
        throw e;
      }
      if (handled.row) this.cache.set(handled.row);
      return handled.answer;
    }
  }

  /**
   * The same read and decision on the case as stored now, stopped before the one write: the same
   * answer (or refusal) and nothing written, not even the idempotency key. In a transaction that
   * is rolled back: a 文号 it draws goes back to the counter.
   */
  async rehearse(command: CaseCommand): Promise<EventAnswer> {
    const env = await this.views.environment();
    const mode = { locked: false, dryRun: true };
    return (await this.tx.rehearse((db) => this.attempt(db, command, env, mode))).answer;
  }

  /**
   * One attempt (on `mode.given`, else on a read); the write throws NotWritten if the case or
   * the calendar moved on meanwhile, so a transaction rolls back (a drawn 文号 goes back).
   */
  private async attempt(
    db: EntityManager,
    command: CaseCommand,
    env: Environment,
    mode: { locked: boolean; given?: CaseRow; dryRun?: boolean },
  ): Promise<Handled> {
    const { caseId, actor } = command;
    const row = mode.given ?? (await this.cases.read(db, caseId, mode.locked));
    if (!row) throw DomainException.notFound('case', caseId);
    const { idem, minimal } = command;
    const earlier = await this.answers.earlierAnswer(db, actor, idem, caseId, env, minimal);
    if (earlier) return { answer: earlier };
    checkVersion(row, command.expectedVersion);
    const decision = await command.decide(db, row, env);
    const { next, entry, recusedOfficerIds } = decision;
    const deadlines = mode.dryRun
      ? this.views.deadlines(next, env)
      : await this.append(db, decision, env, idem, { expectedVersion: row.version });
    const answer = {
      case: minimal
        ? minimalCase(next)
        : await this.caseAfter(row, decision, actor, env, mode, deadlines),
      entry: toLogEntryView(entry),
    };
    return mode.dryRun ? { answer } : { answer, row: { ...next, recusedOfficerIds } };
  }

  /**
   * The case after the decision as the caller may see it: a dry run changes nothing (and logs no
   * one), so its party shows no more than GET /cases/:id does.
   */
  private async caseAfter(
    row: CaseRow,
    { next, recusedOfficerIds }: Decision,
    actor: AuthenticatedOfficer,
    env: Environment,
    mode: { dryRun?: boolean },
    deadlines: Deadline[],
  ) {
    const view = await this.views.build(next, actor, recusedOfficerIds, env, deadlines);
    const access = caseAccess(actor, mode.dryRun ? row : next, recusedOfficerIds);
    return { ...view, party: partyFor(access, view.party) };
  }

  /**
   * The entry's one write (case row, entry, deadlines, projections, 文书); throws NotWritten if
   * the case was no longer at the expected version or a later calendar load exists. A new case
   * gets its number here.
   */
  async append(
    db: EntityManager,
    decision: Pick<Decision, 'next' | 'entry' | 'result' | 'documents'>,
    env: Environment,
    idempotency: Idempotency | undefined,
    at: Pick<EntryWrite, 'expectedVersion' | 'numbering'>,
  ): Promise<Deadline[]> {
    const { next: record, entry, result } = decision;
    // Computed once per command: the deadline table and the answer both use them.
    const deadlines = this.views.deadlines(record, env);
    const input = { record, entry, result, env, deadlines };
    const documents: NewDocument[] = decision.documents ?? [];
    const projections = (p: SqlParams) => [
      ...this.projectors.statements(input, p),
      ...documentInserts(documents, p),
    ];
    const write = {
      ...{ record, entry, idempotency, effects: result.effects, deadlines, projections },
      calendarLoad: this.views.lastLoadOf(env),
    };
    const { written, caseNumber, factsHeld, calendarHeld } = await this.writer.write(db, {
      ...write,
      ...at,
    });
    if (!factsHeld) throw factsChanged();
    if (!written) throw new NotWritten(!calendarHeld);
    if (at.numbering) record.caseNumber = caseNumber!;
    return deadlines;
  }
}
