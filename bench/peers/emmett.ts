// (3b) Peer: the Emmett PostgreSQL event store appending the same events (payload, time, actor
// and officer facts, as our log stores them) to one stream per case, with expected versions.
// It cannot decide: an event that is not the lifecycle's next one (bench/refusals.ts) is refused
// by a type check before anything is written; a stale expected version by the store (409).
import { randomUUID } from 'node:crypto';
import { STREAM_DOES_NOT_EXIST, type Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { driveLifecycle } from '../lifecycle';
import type { LoadOptions, LoadResult } from '../support/load';
import { rethrowConflict, peerLoad, refusal, type Peer, type PeerEvent } from './peer';

type CaseEvent = Event<string, Record<string, unknown>, { idempotencyKey?: string }>;

function lifecycleEvents(): CaseEvent[] {
  return driveLifecycle().envelopes.map((e) => ({
    type: e.type,
    data: {
      payload: e.payload,
      occurredAt: e.occurredAt,
      actorId: e.actor.id,
      facts: { actor: e.actor, officers: e.officers, recusedOfficerIds: e.recusedOfficerIds },
    },
    metadata: {},
  }));
}

/** Emmett's event store, ready to take events (its schema migrated). */
export async function emmettPeer(url: string, clients: number): Promise<Peer> {
  const events = lifecycleEvents();
  const pool = new Pool({ connectionString: url, max: clients });
  const store = getPostgreSQLEventStore(url, {
    connectionOptions: { connectionString: url, pool },
    schema: { autoMigration: 'None' },
  });
  await store.schema.migrate();
  const append = async (stream: string, e: PeerEvent) => {
    const index = e.expectedVersion;
    if (events[index]?.type !== e.type) throw refusal(`${e.type} is not expected now`);
    const expectedStreamVersion = index === 0 ? STREAM_DOES_NOT_EXIST : BigInt(index);
    // The key kept with the event, as our log keeps it (nothing reads it here).
    const event = { ...events[index], metadata: { idempotencyKey: e.idempotencyKey } };
    await store.appendToStream(stream, [event], { expectedStreamVersion }).catch(rethrowConflict);
    return events[index].type;
  };
  return {
    create: async (e) => {
      const stream = `penalty-case-${randomUUID()}`;
      await append(stream, e);
      return stream;
    },
    send: append,
    close: async () => {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}

export async function emmettLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  return peerLoad(await emmettPeer(url, opts.clients), opts);
}
