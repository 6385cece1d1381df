import { Injectable } from '@nestjs/common';
import { type OfficerFacts, msg, officersNamedIn } from '../../workflows';
import { DomainException } from '../common/errors/domain.exception';
import type { EntryFacts } from '../ledger/log-entry';
import { OfficersService } from '../officers/officers.service';

/** Strips what the machine does not need (names) so the stored facts stay minimal. */
export function officerFacts(o: OfficerFacts): OfficerFacts {
  return {
    id: o.id,
    roles: [...o.roles],
    ...(o.enforcementCredential ? { enforcementCredential: o.enforcementCredential } : {}),
    ...(o.legalQualification !== undefined ? { legalQualification: o.legalQualification } : {}),
    ...(o.legalReviewerSince ? { legalReviewerSince: o.legalReviewerSince } : {}),
    ...(o.active === false ? { active: false } : {}),
  };
}

/**
 * Loads what the guards need about the people involved: the actor, every officer the payload
 * names (its schema's officer-id fields; unknown ids are a 400, a deactivated one is refused by
 * the machine), the case's handlers, and who is recused (APL 43).
 */
@Injectable()
export class CaseFactsService {
  constructor(private readonly officers: OfficersService) {}

  async officersExist(ids: string[]): Promise<{ missing: string[] }> {
    return { missing: (await this.officers.factsOf(ids)).missing };
  }

  async load(
    actor: OfficerFacts,
    payload: Record<string, unknown>,
    c: { handlerIds: string[]; recusedOfficerIds: string[] },
    type: string,
  ): Promise<EntryFacts> {
    const { handlerIds, recusedOfficerIds } = c;
    const named = officersNamedIn(type, payload);
    const { found, missing } = await this.officers.factsOf([
      ...named.map((n) => n.id),
      ...handlerIds,
    ]);
    const unknown = named.filter((n) => missing.includes(n.id));
    if (unknown.length > 0) {
      throw DomainException.validation(
        unknown.map((n) => ({ field: n.field, reason: msg('officer.unknown', { id: n.id }) })),
      );
    }
    const officers: Record<string, OfficerFacts> = {};
    for (const o of [...found, actor]) officers[o.id] = officerFacts(o);
    return { actor: officerFacts(actor), officers, recusedOfficerIds };
  }
}
