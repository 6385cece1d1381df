import { Injectable } from '@nestjs/common';
import type { Accepted, Deadline, Environment } from '../../workflows';
import type { CaseRecord } from './case.repository';
import type { LogEntry } from './log-entry';
import type { SqlParams } from './sql-params';

/**
 * A read model written in the same statement as the entry that changes it (public disclosure
 * records), so it never races case events and never disagrees with the log.
 */
export interface ProjectionInput {
  /** The case row after the entry (new snapshot, version, head hash). */
  record: CaseRecord;
  entry: LogEntry;
  result: Accepted;
  env: Environment;
  /** The case's clocks as of today, computed once for the event. */
  deadlines: Deadline[];
}

export interface CaseProjector {
  /**
   * Data-modifying statements for the event's one write (EntryWriter), each reading `FROM case_row`
   * (the case row the write moved on), so nothing lands unless the entry does.
   */
  statements(c: ProjectionInput, p: SqlParams): string[];
}

/** Projectors register themselves here (in onModuleInit); the ledger runs them per entry. */
@Injectable()
export class ProjectorRegistry {
  private readonly projectors: CaseProjector[] = [];

  register(p: CaseProjector): void {
    this.projectors.push(p);
  }

  statements(c: ProjectionInput, p: SqlParams): string[] {
    return this.projectors.flatMap((projector) => projector.statements(c, p));
  }
}
