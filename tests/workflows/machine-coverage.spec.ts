// Generated paths (xstate/graph): every state is reachable, and in every reachable state every
// event of the catalogue is either accepted or refused with a code — none silently ignored.
import { getShortestPaths } from 'xstate/graph';
import { __unsafe_getAllOwnEventDescriptors, type StateValue } from 'xstate';
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import type { CaseEvent } from '../../workflows/penalty-case/penalty-case.context';
import { rulesOn } from '../../workflows/penalty-case/penalty-case.dates';
import {
  activePublications,
  legalReviewRequirement,
  noticeServedForCurrent,
} from '../../workflows/penalty-case/penalty-case.derived';
import {
  describePenaltyCase,
  machineStates,
} from '../../workflows/penalty-case/penalty-case.describe';
import { EVENT_TYPES } from '../../workflows/penalty-case/penalty-case.events';
import { penaltyCaseMachine } from '../../workflows/penalty-case/penalty-case.machine';
import type { CaseSnapshot } from '../../workflows/penalty-case/penalty-case.snapshot';
import { persistSnapshot, stageOf } from '../../workflows/penalty-case/penalty-case.snapshot';
import { defaultActor } from './support/case-driver';
import { createCaseBody, makeEnvelope } from './support/factories';
import { SAMPLE_PAYLOADS } from './support/samples';

function leafPaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') {
    return [`${prefix}${value}`];
  }
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child as StateValue, `${prefix}${key}.`),
  );
}

function eventsFor(snapshot: CaseSnapshot): CaseEvent[] {
  const on = snapshot.context.lastEventOn;
  return EVENT_TYPES.flatMap((type) =>
    SAMPLE_PAYLOADS[type].map((payload) => ({
      type,
      payload,
      on,
      at: on,
      actorId: defaultActor(type).id,
      flags: [],
      env: {},
    })),
  );
}

/**
 * The context facts the machine routes on, so a state reached with another history counts too.
 * Bounded on purpose: the raw machine does not run the legal guards, so lists may grow.
 */
function fingerprint({ context: c }: CaseSnapshot): unknown[] {
  const channels = new Set(activePublications(c).map((publication) => publication.channel));
  return [
    noticeServedForCurrent(c),
    [...channels].sort().join(),
    c.revision > 0 && legalReviewRequirement(c, rulesOn(c.lastEventOn)).required,
  ];
}

function reachable(procedure: 'ordinary' | 'summary'): CaseSnapshot[] {
  const type = procedure === 'summary' ? 'OPEN_SUMMARY_CASE' : 'REGISTER_CLUE';
  const on = '2025-03-03';
  const first: CaseEvent = {
    type,
    payload: createCaseBody({ procedure }),
    on,
    at: on,
    actorId: 'h1',
    flags: [],
    env: {},
  };
  const paths = getShortestPaths(penaltyCaseMachine, {
    input: { event: first, version: 2 },
    events: eventsFor,
    serializeState: (snapshot) => JSON.stringify([snapshot.value, fingerprint(snapshot)]),
  });
  return paths.map((path) => path.state);
}

const reached = [...reachable('ordinary'), ...reachable('summary')];
const STAGES = describePenaltyCase().stages;
/** One snapshot per state value for the per-event check. */
const snapshots = [...new Map(reached.map((s) => [JSON.stringify(s.value), s])).values()];

describe('generated paths', () => {
  it('reach every state of the machine', () => {
    const paths = new Set(snapshots.flatMap((snapshot) => leafPaths(snapshot.value)));
    const leaves = machineStates()
      .filter((state) => state.type === 'atomic' || state.type === 'final')
      .map((state) => state.path)
      .filter((path) => path !== 'opening');
    expect(leaves.filter((path) => !paths.has(path))).toEqual([]);
  });

  it.each(snapshots.map((snapshot) => [JSON.stringify(snapshot.value), snapshot] as const))(
    'in %s every catalogue event is accepted or refused with a code',
    (_label, snapshot) => {
      const persisted = persistSnapshot(snapshot);
      const on = snapshot.context.lastEventOn;
      for (const type of EVENT_TYPES) {
        const envelope = makeEnvelope(type, SAMPLE_PAYLOADS[type][0] ?? {}, on, defaultActor(type));
        const result = api.apply(persisted, envelope);
        const probe = {
          type,
          payload: {},
          on,
          at: on,
          actorId: '',
          flags: [],
          env: {},
        } as CaseEvent;
        const available =
          type !== 'REGISTER_CLUE' && type !== 'OPEN_SUMMARY_CASE' && snapshot.can(probe);
        if (!available) {
          expect({ type, code: result.ok ? 'ACCEPTED' : result.code }).toEqual({
            type,
            code: 'ILLEGAL_TRANSITION',
          });
        } else if (!result.ok) {
          expect(['FORBIDDEN', 'GUARD_FAILED', 'INVALID_PAYLOAD', 'ILLEGAL_TRANSITION']).toContain(
            result.code,
          );
        } else {
          // Accepted: the answer is the next case, consistent with itself, that records the event.
          expect(result.state).toEqual(result.snapshot.value);
          expect(STAGES).toContain(result.stage);
          expect(result.stage).toBe(stageOf(result.state as StateValue));
          expect((result.context as { lastEventAt?: string }).lastEventAt).toBe(
            envelope.occurredAt,
          );
        }
      }
    },
  );

  it('accepts some sample event in most states, so the accepted branch above is exercised', () => {
    const taking = snapshots.filter((snapshot) => {
      const persisted = persistSnapshot(snapshot);
      const on = snapshot.context.lastEventOn;
      return EVENT_TYPES.some((type) => {
        const envelope = makeEnvelope(type, SAMPLE_PAYLOADS[type][0] ?? {}, on, defaultActor(type));
        return api.apply(persisted, envelope).ok;
      });
    });
    expect(taking.length).toBeGreaterThan(snapshots.length / 2);
  });

  it('never can take an event no active state handles (allowed events skip the others)', () => {
    const missed = reached.flatMap((snapshot) => {
      const handled = new Set(__unsafe_getAllOwnEventDescriptors(snapshot));
      const on = snapshot.context.lastEventOn;
      return EVENT_TYPES.filter((type) => {
        const probe: CaseEvent = { type, payload: {}, on, at: on, actorId: '', flags: [], env: {} };
        return snapshot.can(probe) && !handled.has(type);
      }).map((type) => `${JSON.stringify(snapshot.value)} ${type}`);
    });
    expect(reached.length).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });

  it('answers an unknown event type with ILLEGAL_TRANSITION and the allowed events', () => {
    const persisted = persistSnapshot(snapshots[0]);
    const result = api.apply(
      persisted,
      makeEnvelope('FLY_TO_THE_MOON', {}, '2025-03-03', defaultActor('FILE_CASE')),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      stage: 'clueVerification',
    });
    expect(!result.ok && result.code === 'ILLEGAL_TRANSITION' && result.allowedEvents).toEqual([
      'EXTEND_CLUE_VERIFICATION',
      'FILE_CASE',
      'DECLINE_FILING',
      'TRANSFER_CLUE',
    ]);
  });
});
