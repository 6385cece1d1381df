// A peer behind the same HTTP stack as the service (NestJS on Express, JSON bodies, the same
// routes), in its own process: "ours over HTTP" and "a peer over HTTP" then differ only in what
// handles the event. Run by bench/run.ts with PEER=naive|emmett, DATABASE_URL and PORT.
import 'reflect-metadata';
import cluster from 'node:cluster';
import { Body, Controller, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { superviseWorkers } from '../../src/workers';
import { emmettPeer } from './emmett';
import { naivePeer } from './naive';
import type { Peer } from './peer';

/** The lifecycle's event number is the version the client expects (1 after the first event). */
interface EventBody {
  type: string;
  expectedVersion: number;
}

let peer: Peer;

@Controller()
class PeerController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Post('api/v1/cases')
  async create() {
    return { id: await peer.create() };
  }

  @Post('api/v1/cases/:id/events')
  @HttpCode(200)
  async send(@Param('id') id: string, @Body() body: EventBody) {
    return { stage: await peer.send(id, body.expectedVersion) };
  }
}

@Module({ controllers: [PeerController] })
class PeerModule {}

async function serve(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  // The service's own pool size (src/database/database-options.ts).
  const pool = 20;
  peer = process.env.PEER === 'emmett' ? await emmettPeer(url, pool) : await naivePeer(url, pool);
  const app = await NestFactory.create(PeerModule, { logger: ['error'] });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.once('SIGTERM', () => void app.close().then(() => peer.close()));
}

/** WORKERS > 1: the service's own supervisor (src/workers.ts), processes started in turn. */
async function main(): Promise<void> {
  const workers = Number(process.env.WORKERS ?? 1);
  if (workers <= 1 || cluster.isWorker) return serve();
  await superviseWorkers(workers, process.env.DATABASE_URL!, () => Promise.resolve());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
