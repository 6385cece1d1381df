import { Injectable, Logger } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows';
import { ErrorCode } from '../common/errors/error-code';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { CreateOfficerDto, OfficerName, OfficerView, UpdateOfficerDto } from './dto/officer.dto';
import { OfficerFactsCache } from './officer-facts.cache';
import { OfficersRepository, type OfficerRow } from './officers.repository';

function toView(e: OfficerRow): OfficerView {
  return {
    id: e.id,
    name: e.name,
    roles: e.roles,
    ...(e.credentialNumber && e.credentialValidUntil
      ? {
          enforcementCredential: { number: e.credentialNumber, validUntil: e.credentialValidUntil },
        }
      : {}),
    legalQualification: e.legalQualification,
    ...(e.legalReviewerSince ? { legalReviewerSince: e.legalReviewerSince } : {}),
    active: e.active,
  };
}

function toFacts(e: OfficerRow): AuthenticatedOfficer {
  const { id, name, roles, enforcementCredential, legalQualification, legalReviewerSince } =
    toView(e);
  return { id, name, roles, enforcementCredential, legalQualification, legalReviewerSince };
}

@Injectable()
export class OfficersService {
  private readonly logger = new Logger(OfficersService.name);

  constructor(
    private readonly repo: OfficersRepository,
    private readonly cache: OfficerFactsCache,
  ) {}

  async create(dto: CreateOfficerDto): Promise<OfficerView> {
    const row = newOfficerRow(dto.id, dto.name);
    this.assign(row, dto);
    if (!(await this.repo.insert(row))) {
      throw new DomainException(ErrorCode.ALREADY_EXISTS, msg('officer.exists', { id: dto.id }));
    }
    this.cache.invalidate(dto.id);
    return toView(row);
  }

  async list(): Promise<OfficerView[]> {
    return (await this.repo.list()).map(toView);
  }

  /** Every officer's id and name, and nothing else (who did what on a timeline). */
  async names(): Promise<OfficerName[]> {
    return (await this.repo.list()).map(({ id, name }) => ({ id, name }));
  }

  async get(id: string): Promise<OfficerView> {
    return toView(await this.load(id));
  }

  async update(id: string, dto: UpdateOfficerDto): Promise<OfficerView> {
    const row = await this.load(id);
    this.assign(row, dto);
    if (dto.active !== undefined) row.active = dto.active;
    await this.repo.update(row);
    this.cache.invalidate(id);
    return toView(row);
  }

  /** Facts for authentication and the machine's guards; undefined if unknown or inactive. */
  async findActiveFacts(id: string): Promise<AuthenticatedOfficer | undefined> {
    const entity = (await this.cache.load([id])).get(id);
    return entity?.active ? toFacts(entity) : undefined;
  }

  /** Facts of several officers (a deactivated one `active: false`); unknown ids in `missing`. */
  async factsOf(ids: string[]): Promise<{ found: AuthenticatedOfficer[]; missing: string[] }> {
    const found: AuthenticatedOfficer[] = [];
    const missing: string[] = [];
    for (const [id, row] of await this.cache.load(ids)) {
      if (row) found.push(row.active ? toFacts(row) : { ...toFacts(row), active: false });
      else missing.push(id);
    }
    return { found, missing };
  }

  /** BOOTSTRAP_ADMIN_ID: the first admin, created only when no officer exists. */
  async bootstrapAdmin(id: string): Promise<void> {
    if ((await this.repo.count()) > 0) return;
    await this.repo.insert(newOfficerRow(id, 'Administrator', ['admin']));
    this.cache.invalidate(id);
    this.logger.log(`created bootstrap admin ${id}; get a token with: npm run token -- ${id}`);
  }

  private async load(id: string): Promise<OfficerRow> {
    const row = await this.repo.get(id);
    if (!row) throw DomainException.notFound('officer', id);
    return row;
  }

  private assign(entity: OfficerRow, dto: UpdateOfficerDto): void {
    if (dto.name !== undefined) entity.name = dto.name;
    if (dto.roles !== undefined) entity.roles = dto.roles;
    if (dto.enforcementCredential !== undefined) {
      entity.credentialNumber = dto.enforcementCredential.number;
      entity.credentialValidUntil = dto.enforcementCredential.validUntil;
    }
    if (dto.legalQualification !== undefined) entity.legalQualification = dto.legalQualification;
    if (dto.legalReviewerSince !== undefined) entity.legalReviewerSince = dto.legalReviewerSince;
  }
}

/** A new officer: active, no credential, no legal qualification until an admin records them. */
function newOfficerRow(id: string, name: string, roles: OfficerRow['roles'] = []): OfficerRow {
  return {
    id,
    name,
    roles,
    credentialNumber: null,
    credentialValidUntil: null,
    legalQualification: false,
    legalReviewerSince: null,
    active: true,
  };
}
