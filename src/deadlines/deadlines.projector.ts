import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { getCaseApi } from '../../workflows/registry';
import { CaseViews } from '../cases/case-views.service';
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';
import {
  ProjectorRegistry,
  type CaseProjector,
  type ProjectionInput,
} from '../ledger/case-projector';

/** Keeps case_deadlines equal to the machine's clocks after every accepted event. */
@Injectable()
export class DeadlinesProjector implements CaseProjector, OnModuleInit {
  constructor(
    private readonly registry: ProjectorRegistry,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(tx: EntityManager, { record, result, env }: ProjectionInput): Promise<void> {
    const api = getCaseApi(record.machineId, record.machineVersion);
    await this.deadlines.replace(
      tx,
      record.id,
      api.deadlines(result.snapshot, this.views.today(), env),
    );
  }
}
