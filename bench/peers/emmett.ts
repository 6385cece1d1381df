// (3b) Peer: the Emmett PostgreSQL event store appending the same events (payload, time, actor
// and officer facts, as our log stores them) to one stream per case, with expected versions.
import { randomUUID } from 'node:crypto';
import { STREAM_DOES_NOT_EXIST, type Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { driveLifecycle, LIFECYCLE } from '../lifecycle';
import type { LoadOptions, LoadResult } from '../support/load';
import { peerLoad, type Peer } from './peer';

type CaseEvent = Event<string, Record<string, unknown>>;

function lifecycleEvents(): CaseEvent[] {
  return driveLifecycle().envelopes.map((e) => ({
    type: e.type,
    data: {
      payload: e.payload,
      occurredAt: e.occurredAt,
      actorId: e.actor.id,
      facts: { actor: e.actor, officers: e.officers, recusedOfficerIds: e.recusedOfficerIds },
    },
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
  const append = async (stream: string, index: number) => {
    const expectedStreamVersion = index === 0 ? STREAM_DOES_NOT_EXIST : BigInt(index);
    await store.appendToStream(stream, [events[index]], { expectedStreamVersion });
    return events[index].type;
  };
  return {
    create: async () => {
      const stream = `penalty-case-${randomUUID()}`;
      await append(stream, 0);
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
  return peerLoad(await emmettPeer(url, opts.clients), LIFECYCLE.length, opts);
}
