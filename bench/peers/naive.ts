// (3a) Peer: the design a team writes first. Per request: load the entity, restore an XState actor
// from its snapshot, send the event, save the persisted snapshot with TypeORM. No lock, no log, no
// hash chain, no legal guards (only the machine's own routing guards), no read models. An event
// the machine does not take now is refused (XState's `can`), a stale expected version too (409).
import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn, type Repository } from 'typeorm';
import { createActor, type Snapshot } from 'xstate';
import type { CaseEvent } from '../../workflows/penalty-case/penalty-case.context';
import { dayOf } from '../../workflows/penalty-case/penalty-case.dates';
import { penaltyCaseMachine } from '../../workflows/penalty-case/penalty-case.machine';
import { stageOf } from '../../workflows/penalty-case/penalty-case.snapshot';
import { driveLifecycle, LIFECYCLE } from '../lifecycle';
import { REFUSED } from '../refusals';
import type { LoadOptions, LoadResult } from '../support/load';
import { peerEvent, peerLoad, refusal, type Peer, type PeerEvent } from './peer';
import { ErrorCode } from '../../src/common/errors/error-code';

@Entity('naive_cases')
export class NaiveCaseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('jsonb') snapshot: Record<string, unknown>;
  @Column('varchar') stage: string;
  @Column('int') version: number;
  @Column('timestamptz') updatedAt: Date;
}

/** The machine's event for a request, as the naive controller builds it. */
const machineEvent = (e: PeerEvent): CaseEvent => ({
  type: e.type as CaseEvent['type'],
  payload: e.payload,
  at: e.occurredAt,
  on: dayOf(e.occurredAt),
  actorId: e.actorId,
  flags: [],
  env: {},
});

async function register(repo: Repository<NaiveCaseEntity>, id: string, first: CaseEvent) {
  const actor = createActor(penaltyCaseMachine, { input: { event: first } }).start();
  const entity = repo.create({
    id,
    snapshot: actor.getPersistedSnapshot() as Record<string, unknown>,
    stage: stageOf(actor.getSnapshot().value),
    version: 1,
    updatedAt: new Date(),
  });
  actor.stop();
  await repo.save(entity);
}

export const NAIVE_TABLE = `CREATE TABLE IF NOT EXISTS naive_cases (id uuid PRIMARY KEY,
  snapshot jsonb NOT NULL, stage varchar NOT NULL, version int NOT NULL,
  "updatedAt" timestamptz NOT NULL)`;

/** What the naive controller does for one event; returns the stage after it. */
async function handle(repo: Repository<NaiveCaseEntity>, id: string, e: PeerEvent) {
  const entity = await repo.findOneByOrFail({ id });
  if (entity.version !== e.expectedVersion)
    throw refusal(`case ${id} is at version ${entity.version}`, ErrorCode.VERSION_CONFLICT);
  const event = machineEvent(e);
  const snapshot = entity.snapshot as unknown as Snapshot<unknown>;
  // `input` is typed as required; with a snapshot XState restores it and never reads input.
  const actor = createActor(penaltyCaseMachine, { snapshot, input: { event } }).start();
  if (!actor.getSnapshot().can(event)) {
    actor.stop();
    throw refusal(`${e.type} is not allowed now`);
  }
  actor.send(event);
  entity.snapshot = actor.getPersistedSnapshot();
  entity.stage = stageOf(actor.getSnapshot().value);
  entity.version += 1;
  entity.updatedAt = new Date();
  actor.stop();
  await repo.save(entity);
  return entity.stage;
}

/** The naive design, ready to take events (its table created, its routing checked once). */
export async function naivePeer(url: string, clients: number): Promise<Peer> {
  const expected = driveLifecycle().results.map((r) => r.stage);
  const ds = new DataSource({
    type: 'postgres',
    url,
    entities: [NaiveCaseEntity],
    extra: { max: clients },
  });
  await ds.initialize();
  await ds.query(NAIVE_TABLE);
  const repo = ds.getRepository(NaiveCaseEntity);
  const peer: Peer = {
    create: async (e) => {
      const id = randomUUID();
      await register(repo, id, machineEvent(e));
      return id;
    },
    send: (id, e) => handle(repo, id, e),
    close: () => ds.destroy(),
  };
  // The naive design must still move the case the same way, or the comparison is void.
  // And refuse what the load sends out of turn.
  const probe = await peer.create(peerEvent(LIFECYCLE[0], 0));
  const stages = [expected[0]];
  for (let k = 1; k < LIFECYCLE.length; k++) {
    const wrong = await peer.send(probe, peerEvent(REFUSED[k], k)).then(
      (stage) => stage,
      () => undefined,
    );
    if (wrong !== undefined) throw new Error(`naive: ${REFUSED[k].type} taken before step ${k}`);
    stages.push(await peer.send(probe, peerEvent(LIFECYCLE[k], k)));
  }
  if (stages.join() !== expected.join()) throw new Error(`naive: stages ${stages.join()}`);
  return peer;
}

export async function naiveLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  return peerLoad(await naivePeer(url, opts.clients), opts);
}
