// What each peer offers the load: create a case, send the lifecycle's next event, close.
import { closedLoop, type LoadOptions, type LoadResult } from '../support/load';

export interface Peer {
  /** The case's first event; answers the new case's id. */
  create(): Promise<string>;
  /** The lifecycle's event number `index` (1…) on case `id`; answers the stage after it. */
  send(id: string, index: number): Promise<string>;
  close(): Promise<void>;
}

/** Drives whole lifecycles through a peer in this process (no HTTP). */
export async function peerLoad(peer: Peer, events: number, opts: LoadOptions): Promise<LoadResult> {
  try {
    return await closedLoop(opts, async (event) => {
      const id = await event(() => peer.create());
      for (let i = 1; i < events; i++) await event(() => peer.send(id, i));
    });
  } finally {
    await peer.close();
  }
}
