// (3a) Peer: the design a team writes first. Per request: load the entity, restore an XState actor
// from its snapshot, send the event, save the persisted snapshot with TypeORM. No lock, no log, no
// hash chain, no legal guards (only the machine's own routing guards), no read models.
import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn, type Repository } from 'typeorm';
import { createActor, type Snapshot } from 'xstate';
import type { CaseEvent } from '../../workflows/penalty-case/penalty-case.context';
import { dayOf } from '../../workflows/penalty-case/penalty-case.dates';
import { penaltyCaseMachine } from '../../workflows/penalty-case/penalty-case.machine';
import { stageOf } from '../../workflows/penalty-case/penalty-case.snapshot';
import { driveLifecycle, LIFECYCLE } from '../lifecycle';
import type { LoadOptions, LoadResult } from '../support/load';
import { peerLoad, type Peer } from './peer';

@Entity('naive_cases')
export class NaiveCaseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('jsonb') snapshot: Record<string, unknown>;
  @Column('varchar') stage: string;
  @Column('int') version: number;
  @Column('timestamptz') updatedAt: Date;
}

function machineEvents(): CaseEvent[] {
  return driveLifecycle().envelopes.map((e) => ({
    type: e.type as CaseEvent['type'],
    payload: e.payload,
    at: e.occurredAt,
    on: dayOf(e.occurredAt),
    actorId: e.actor.id,
    flags: [],
    env: {},
  }));
}

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

/** What the naive controller does for one event; returns the stage after it. */
async function handle(repo: Repository<NaiveCaseEntity>, id: string, event: CaseEvent) {
  const entity = await repo.findOneByOrFail({ id });
  const snapshot = entity.snapshot as unknown as Snapshot<unknown>;
  // `input` is typed as required; with a snapshot XState restores it and never reads input.
  const actor = createActor(penaltyCaseMachine, { snapshot, input: { event } }).start();
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
  const events = machineEvents();
  const expected = driveLifecycle().results.map((r) => r.stage);
  const ds = new DataSource({
    type: 'postgres',
    url,
    entities: [NaiveCaseEntity],
    extra: { max: clients },
  });
  await ds.initialize();
  await ds.query(`CREATE TABLE IF NOT EXISTS naive_cases (id uuid PRIMARY KEY,
    snapshot jsonb NOT NULL, stage varchar NOT NULL, version int NOT NULL,
    "updatedAt" timestamptz NOT NULL)`);
  const repo = ds.getRepository(NaiveCaseEntity);
  const peer: Peer = {
    create: async () => {
      const id = randomUUID();
      await register(repo, id, events[0]);
      return id;
    },
    send: (id, index) => handle(repo, id, events[index]),
    close: () => ds.destroy(),
  };
  // The naive design must still move the case the same way, or the comparison is void.
  const probe = await peer.create();
  const stages = [expected[0]];
  for (let i = 1; i < events.length; i++) stages.push(await peer.send(probe, i));
  if (stages.join() !== expected.join()) throw new Error(`naive: stages ${stages.join()}`);
  return peer;
}

export async function naiveLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  return peerLoad(await naivePeer(url, opts.clients), LIFECYCLE.length, opts);
}
