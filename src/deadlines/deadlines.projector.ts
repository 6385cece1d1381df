import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(tx: EntityManager, { record, deadlines }: ProjectionInput): Promise<void> {
    await this.deadlines.replace(tx, record.id, deadlines);
  }
}
