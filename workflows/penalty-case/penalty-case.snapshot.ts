// Persisted snapshots: JSON in the case row, restored into a machine snapshot for the next event.
import type { SnapshotFrom, StateValue } from 'xstate';
import type { CaseContext } from './penalty-case.context';
import { MACHINE_ID, MACHINE_VERSIONS } from './penalty-case.context';
import type { PenaltyCaseMachine } from './penalty-case.machine';
import { penaltyCaseMachine } from './penalty-case.machine';
import type { PersistedCaseSnapshot } from './transition.types';

export type CaseSnapshot = SnapshotFrom<PenaltyCaseMachine>;

export class SnapshotVersionError extends Error {}

/**
 * The machine snapshot each persisted snapshot was made from or restored into, so that a request
 * restores at most once: the view built after a decision reads the decision's own live snapshot,
 * and a view's next actions and waitingFor share one restore (issue 18). Keyed by identity: a
 * persisted snapshot is plain JSON never changed once made, so the pair stays true, and goes
 * with the object.
 */
const LIVE = new WeakMap<PersistedCaseSnapshot, CaseSnapshot>();

export function restoreSnapshot(persisted: PersistedCaseSnapshot, version?: number): CaseSnapshot {
  const context = contextOf(persisted, version);
  const live = LIVE.get(persisted);
  if (live) return live;
  const { value } = persisted as { value: StateValue };
  const snapshot = penaltyCaseMachine.resolveState({ value, context });
  LIVE.set(persisted, snapshot);
  return snapshot;
}

/** The context alone (clocks and views need no state nodes), checked like a restore. */
export function contextOf(persisted: PersistedCaseSnapshot, version?: number): CaseContext {
  const { context } = persisted as { context: CaseContext };
  const machine = context?.machine;
  const known = (MACHINE_VERSIONS as readonly number[]).includes(machine?.version);
  if (!machine || machine.id !== MACHINE_ID || !known || (version && machine.version !== version)) {
    throw new SnapshotVersionError(
      `snapshot of ${machine?.id}@${machine?.version} given to ${MACHINE_ID}@${version ?? MACHINE_VERSIONS.join('|')}`,
    );
  }
  return context;
}

/**
 * Value, context, status. No deep copy: the context is plain JSON that evolve never mutates (it
 * builds new objects and shares the unchanged parts), so the persisted snapshot may share parts
 * with the one it came from. Remembered as the live snapshot's persisted form (see LIVE).
 */
export function persistSnapshot(snapshot: CaseSnapshot): PersistedCaseSnapshot {
  const persisted = penaltyCaseMachine.getPersistedSnapshot(snapshot);
  LIVE.set(persisted, snapshot);
  return persisted;
}

/** The top-level stage (PROCEDURE.md §4) of a state value. */
export function stageOf(value: StateValue): string {
  return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
}
