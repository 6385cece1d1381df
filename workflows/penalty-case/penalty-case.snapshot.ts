// Persisted snapshots: JSON in the case row, restored into a machine snapshot for the next event.
import type { SnapshotFrom, StateValue } from 'xstate';
import type { CaseContext } from './penalty-case.context';
import { MACHINE_ID, MACHINE_VERSION } from './penalty-case.context';
import type { PenaltyCaseMachine } from './penalty-case.machine';
import { penaltyCaseMachine } from './penalty-case.machine';
import type { PersistedCaseSnapshot } from './transition.types';

export type CaseSnapshot = SnapshotFrom<PenaltyCaseMachine>;

export class SnapshotVersionError extends Error {}

export function restoreSnapshot(persisted: PersistedCaseSnapshot): CaseSnapshot {
  const { value } = persisted as { value: StateValue };
  return penaltyCaseMachine.resolveState({ value, context: contextOf(persisted) });
}

/** The context alone (clocks and views need no state nodes), checked like a restore. */
export function contextOf(persisted: PersistedCaseSnapshot): CaseContext {
  const { context } = persisted as { context: CaseContext };
  const machine = context?.machine;
  if (!machine || machine.id !== MACHINE_ID || machine.version !== MACHINE_VERSION) {
    throw new SnapshotVersionError(
      `snapshot of ${machine?.id}@${machine?.version} given to ${MACHINE_ID}@${MACHINE_VERSION}`,
    );
  }
  return context;
}

/**
 * Value, context, status. No deep copy: the context is plain JSON that evolve never mutates (it
 * builds new objects and shares the unchanged parts, tests/workflows/immutability.spec.ts), so
 * the persisted snapshot may share parts with the one it came from.
 */
export function persistSnapshot(snapshot: CaseSnapshot): PersistedCaseSnapshot {
  return penaltyCaseMachine.getPersistedSnapshot(snapshot);
}

/** The top-level stage (PROCEDURE.md §4) of a state value. */
export function stageOf(value: StateValue): string {
  return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
}
