import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  Accepted,
  Deadline,
  Environment,
} from '../../workflows/penalty-case/transition.types';
import type { CaseRecord } from './case.repository';
import type { LogEntry } from './log-entry';

/**
 * A read model kept in the same transaction as the entry that changes it (deadlines, public
 * disclosure records), so it never races case events and never disagrees with the log.
 */
export interface ProjectionInput {
  /** The case row after the entry (new snapshot, version, head). */
  record: CaseRecord;
  entry: LogEntry;
  result: Accepted;
  env: Environment;
  /** The case's clocks as of today, computed once for the event. */
  deadlines: Deadline[];
}

export interface CaseProjector {
  /** The event types this projector writes for (they are decided under the row lock). */
  readonly eventTypes: readonly string[];
  project(tx: EntityManager, c: ProjectionInput): Promise<void>;
}

/** Projectors register themselves here (in onModuleInit); the ledger runs them per entry. */
@Injectable()
export class ProjectorRegistry {
  private readonly projectors: CaseProjector[] = [];

  register(p: CaseProjector): void {
    this.projectors.push(p);
  }

  /** Whether an event of this type has projections to write beside its entry. */
  handles(type: string): boolean {
    return this.projectors.some((p) => p.eventTypes.includes(type));
  }

  async project(tx: EntityManager, c: ProjectionInput): Promise<void> {
    for (const p of this.projectors) {
      if (p.eventTypes.includes(c.entry.type)) await p.project(tx, c);
    }
  }
}
