// (2b) The physical ceiling: the least a durable, version-checked append can do on this machine.
// One small row per event, (stream_id, version) its primary key, inserted only when the stream is
// at the version the client expects; each its own committed transaction with synchronous_commit
// on, from `pg` clients. What any event store, ours or a peer, pays at the least per event.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { LIFECYCLE } from './lifecycle';
import { closedLoop, type LoadOptions, type LoadResult } from './support/load';
import { sql } from './support/server';

export const APPEND_CEILING_TABLE = `CREATE TABLE IF NOT EXISTS append_ceiling (
  stream_id uuid NOT NULL,
  version int NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (stream_id, version))`;

/** Lands at `version` only if the stream holds version - 1 (or is new); the key forbids twins. */
const APPEND = {
  name: 'append-ceiling',
  text: `INSERT INTO append_ceiling (stream_id, version, data)
    SELECT $1, $2, $3 WHERE $2 = 1 OR EXISTS
      (SELECT 1 FROM append_ceiling WHERE stream_id = $1 AND version = $2 - 1)`,
};

/** The event's small row: its type (what an event store must at least keep). */
const ROWS = LIFECYCLE.map((step) => JSON.stringify({ type: step.type }));

export async function appendCeilingLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  await sql(url, APPEND_CEILING_TABLE);
  const clients = await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query('SET synchronous_commit = on');
      return c;
    }),
  );
  const append = async (pg: Client, stream: string, version: number) => {
    const res = await pg.query({ ...APPEND, values: [stream, version, ROWS[version - 1]] });
    if (res.rowCount !== 1) throw new Error(`append ceiling: version ${version} not written`);
  };
  try {
    return await closedLoop(opts, async (event, i) => {
      const stream = randomUUID();
      for (let v = 1; v <= ROWS.length; v++) await event(() => append(clients[i], stream, v));
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
