// (2) The ceilings and (3) the peers, each row in a fresh database and, over HTTP, a fresh process
// behind the service's middleware (bench/peers/peer-server.ts); then ours without HTTP.
import { join } from 'node:path';
import { appendCeilingLoad } from './append-ceiling';
import { ceilingLoad, sent } from './ceiling';
import { httpLoad, issueTokens } from './http/workload';
import { startService } from './http/service';
import { emmettLoad } from './peers/emmett';
import { emmettDeciderLoad } from './peers/emmett-decider';
import { inProcessLoad } from './peers/in-process';
import { naiveLoad } from './peers/naive';
import type { LoadResult } from './support/load';
import { load, measured, quietDatabase, type Measured } from './support/measure';
import { freshDatabase, type BenchServer } from './support/server';

export type PeerName = 'naive' | 'emmett' | 'emmettDecider' | 'emmettDeciderDocuments';

export interface PeerPhaseOptions {
  server: BenchServer;
  today: string;
  work: string;
  /** [warm-up, window] ms of every row. */
  row: number[];
  workers: number;
  peerServer: string;
}

/** A row in its own fresh database, quietened first. */
async function inFreshDatabase(
  o: PeerPhaseOptions,
  name: string,
  db: string,
  migrate: boolean,
  run: (url: string) => Promise<LoadResult>,
): Promise<Measured> {
  const url = await freshDatabase(o.server, db, migrate);
  await quietDatabase(o.server.url, url);
  return measured(name, () => run(url));
}

/** A peer in its own process behind the service's HTTP stack, driven like the service. */
async function peerOverHttp(o: PeerPhaseOptions, peer: PeerName) {
  const url = await freshDatabase(o.server, `zhifa_bench_${peer.toLowerCase()}_http`, false);
  await quietDatabase(o.server.url, url);
  const svc = await startService({
    databaseUrl: url,
    logFile: join(o.work, `peer-${peer}.log`),
    script: o.peerServer,
    env: { PEER: peer },
    workers: o.workers,
  });
  try {
    const tokens = issueTokens(svc);
    const run = () => httpLoad(svc, tokens, load(o.row, 16), 'peer');
    const row = await measured(`${peer} over HTTP`, run, svc.pid);
    return { row: { ...row, peakRssMb: Number(svc.peakRssMb().toFixed(1)) }, url };
  } finally {
    await svc.stop();
  }
}

export async function peerPhase(o: PeerPhaseOptions) {
  const c16 = load(o.row, 16);
  console.log("(2a) the write-statement ceiling: the service's own write through pg, 16 clients");
  const ceiling = await inFreshDatabase(
    o,
    'write-statement ceiling',
    'zhifa_bench_ceiling',
    true,
    (url) => ceilingLoad(url, o.today, c16),
  );
  const ceilingStatements = Number((sent.statements / sent.transitions).toFixed(1));
  console.log('(2b) the physical ceiling: one small version-checked row per event, 16 pg clients');
  const appendUrl = await freshDatabase(o.server, 'zhifa_bench_append', false);
  await quietDatabase(o.server.url, appendUrl);
  const appendCeiling = await measured('append ceiling', () => appendCeilingLoad(appendUrl, c16));
  console.log('(3a) naive: an XState actor restored per request, a TypeORM entity saved');
  const naive = await peerOverHttp(o, 'naive');
  const naiveInProcess = await inFreshDatabase(
    o,
    'naive in-process',
    'zhifa_bench_naive',
    false,
    (url) => naiveLoad(url, c16),
  );
  console.log('(3b) Emmett appending: the PostgreSQL event store, one stream per case');
  const emmett = await peerOverHttp(o, 'emmett');
  const emmettInProcess = await inFreshDatabase(
    o,
    'emmett in-process',
    'zhifa_bench_emmett',
    false,
    (url) => emmettLoad(url, c16),
  );
  console.log("(3c) Emmett deciding: our machine and guards through Emmett's CommandHandler");
  const emmettDecider = await peerOverHttp(o, 'emmettDecider');
  const emmettDeciderInProcess = await inFreshDatabase(
    o,
    'emmettDecider in-process',
    'zhifa_bench_emmettdecider',
    false,
    (url) => emmettDeciderLoad(url, c16),
  );
  console.log(
    '(3d) Emmett deciding, issuing the same 文书 as the service (rendered in the request)',
  );
  const emmettDeciderDocuments = await peerOverHttp(o, 'emmettDeciderDocuments');
  console.log('ours in-process: CasesService without HTTP, 16 clients');
  const inProcess = await inFreshDatabase(o, 'in-process', 'zhifa_bench_inprocess', true, (url) =>
    inProcessLoad(url, o.work, c16),
  );
  return {
    ceiling,
    ceilingStatements,
    appendCeiling,
    naive: naive.row,
    emmett: emmett.row,
    emmettDecider: emmettDecider.row,
    emmettDeciderDocuments: emmettDeciderDocuments.row,
    naiveInProcess,
    emmettInProcess,
    emmettDeciderInProcess,
    inProcess,
    /** The databases the HTTP peers wrote, for bytes per event. */
    urls: {
      naive: naive.url,
      emmett: emmett.url,
      emmettDecider: emmettDecider.url,
      emmettDeciderDocuments: emmettDeciderDocuments.url,
      appendCeiling: appendUrl,
    },
  };
}
