// (3b) Peer: the Emmett PostgreSQL event store appending the same events (payload, time, actor
// and officer facts, as our log stores them) to one stream per case, with expected versions.
import { randomUUID } from 'node:crypto';
import { STREAM_DOES_NOT_EXIST, type Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { driveLifecycle } from '../lifecycle';
import { closedLoop, type LoadOptions, type LoadResult } from '../support/load';

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

export async function emmettLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  const events = lifecycleEvents();
  const pool = new Pool({ connectionString: url, max: opts.clients });
  const store = getPostgreSQLEventStore(url, {
    connectionOptions: { connectionString: url, pool },
    schema: { autoMigration: 'None' },
  });
  await store.schema.migrate();
  try {
    return await closedLoop(opts, async (event) => {
      const stream = `penalty-case-${randomUUID()}`;
      for (let seq = 0; seq < events.length; seq++) {
        const expectedStreamVersion = seq === 0 ? STREAM_DOES_NOT_EXIST : BigInt(seq);
        await event(() => store.appendToStream(stream, [events[seq]], { expectedStreamVersion }));
      }
    });
  } finally {
    await store.close();
    await pool.end().catch(() => undefined);
  }
}
