// What each peer offers the load: create a case, take an event, close. An event a peer refuses is
// a DomainException (the service's own), answered by the service's error filter over HTTP.
import { randomUUID } from 'node:crypto';
import { isExpectedVersionConflictError } from '@event-driven-io/emmett';
import { DomainException } from '../../src/common/errors/domain.exception';
import { ErrorCode } from '../../src/common/errors/error-code';
import { LIFECYCLE, type Step } from '../lifecycle';
import { REFUSED, refusedIn } from '../refusals';
import { closedLoop, type LoadOptions, type LoadResult } from '../support/load';

/** One request's event, as the HTTP body and the verified token give it. */
export interface PeerEvent {
  /** The version the client saw: the number of events already in the case (0 to create). */
  expectedVersion: number;
  type: string;
  /** The authenticated officer (the token's subject). */
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  idempotencyKey?: string;
}

export interface Peer {
  /** The case's first event; answers the new case's id. */
  create(event: PeerEvent): Promise<string>;
  /** One event on case `id`; answers the stage after it, or throws a refusal. */
  send(id: string, event: PeerEvent): Promise<string>;
  close(): Promise<void>;
}

/** A refusal as the service words it (409 ILLEGAL_TRANSITION unless said). */
export function refusal(message: string, code = ErrorCode.ILLEGAL_TRANSITION): DomainException {
  return new DomainException(code, message);
}

/** Rethrows an event store's expected-version conflict as the service answers one (409). */
export function rethrowConflict(e: unknown): never {
  if (isExpectedVersionConflictError(e))
    throw refusal((e as Error).message, ErrorCode.VERSION_CONFLICT);
  throw e;
}

export const peerEvent = (step: Step, expectedVersion: number): PeerEvent => ({
  expectedVersion,
  type: step.type,
  actorId: step.actor,
  occurredAt: step.on,
  payload: step.payload,
  idempotencyKey: randomUUID(),
});

/** Drives whole lifecycles through a peer in this process (no HTTP), refusals included. */
export async function peerLoad(peer: Peer, opts: LoadOptions): Promise<LoadResult> {
  try {
    return await closedLoop(opts, async (event, _client, refusals) => {
      const id = await event(() => peer.create(peerEvent(LIFECYCLE[0], 0)));
      for (let k = 1; k < LIFECYCLE.length; k++) {
        if (refusals.due()) {
          refusals.refused(await refusedIn(peer.send(id, peerEvent(REFUSED[k], k))));
        }
        await event(() => peer.send(id, peerEvent(LIFECYCLE[k], k)));
      }
    });
  } finally {
    await peer.close();
  }
}
