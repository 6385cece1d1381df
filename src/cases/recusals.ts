import { Injectable } from '@nestjs/common';
import { getCaseApi, msg, RECORD_RECUSAL, type EventEnvelope } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { CaseRepository } from '../ledger/case.repository';
import { CaseCommandHandler } from './case-command-handler';
import { CaseFactsService, officerFacts } from './case-facts.service';
import { nextRecord } from './case-record';
import type { RecusalDto } from './dto/case-event.dto';
import { EntrySealer } from './entry-sealer';
import type { EventAnswer } from './idempotent-answers';
import { refusalToException } from './refusal';

/**
 * APL 43: an approver decides a recusal. The recusal row and its entry in the case's log are
 * one command: decided by the machine (RECORD_RECUSAL, state unchanged), appended like any event,
 * with the case row held so the row and the entry land together.
 */
@Injectable()
export class Recusals {
  constructor(
    private readonly commands: CaseCommandHandler,
    private readonly cases: CaseRepository,
    private readonly facts: CaseFactsService,
    private readonly sealer: EntrySealer,
    private readonly clock: Clock,
  ) {}

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
    return this.commands.handle({
      caseId,
      actor: approver,
      locked: true,
      decide: async (db, row) => {
        const decidedAt = this.clock.now().toISOString();
        const added = await this.cases.addRecusal(db, {
          caseId,
          ...dto,
          decidedBy: approver.id,
          decidedAt,
        });
        if (!added) {
          const exists = msg('recusal.exists', { id: dto.officerId });
          throw new DomainException(ErrorCode.ALREADY_EXISTS, exists);
        }
        const actor = officerFacts(approver);
        const envelope: EventEnvelope = {
          type: RECORD_RECUSAL,
          payload: { ...dto },
          occurredAt: this.sealer.occurredAt(undefined, row.lastOccurredAt),
          actor,
          officers: { [actor.id]: actor },
          // The recusals in force before this one (G06: a recused approver decides none); the one
          // it adds is in its payload.
          recusedOfficerIds: row.recusedOfficerIds,
        };
        const api = getCaseApi(row.machineId, row.machineVersion);
        const result = api.recordRecusal(row.snapshot, envelope);
        if (!result.ok) throw refusalToException(result);
        const entry = this.sealer.seal(caseId, row.version + 1, row, envelope, result);
        const next = nextRecord(row, result, entry);
        const recusedOfficerIds = [...row.recusedOfficerIds, dto.officerId];
        return { next, entry, result, recusedOfficerIds };
      },
    });
  }
}
