// Ours without HTTP: the same CasesService (lock, guards, chain, read models, one transaction per
// event) called in-process, so the engines compare like for like with the in-process peers.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import type { CaseEventDto } from '../../src/cases/dto/case-event.dto';
import type { CreateCaseDto } from '../../src/cases/dto/create-case.dto';
import { CasesService } from '../../src/cases/cases.service';
import { loadConfig } from '../../src/config/app-config';
import { OfficersService } from '../../src/officers/officers.service';
import { CAST, LIFECYCLE, servicePayload, type Step } from '../lifecycle';
import { REFUSED, refusedIn } from '../refusals';
import { closedLoop, type LoadOptions, type LoadResult } from '../support/load';

async function context(url: string, dataDir: string): Promise<INestApplicationContext> {
  const config = loadConfig({
    NODE_ENV: 'production',
    // The checkpoint signer keeps a development key here; never in the work tree.
    DATA_DIR: dataDir,
    JWT_SECRET: 'bench-in-process-secret',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
  });
  return NestFactory.createApplicationContext(AppModule.register({ config, databaseUrl: url }), {
    logger: ['error', 'warn'],
  });
}

export async function inProcessLoad(
  url: string,
  dataDir: string,
  opts: LoadOptions,
): Promise<LoadResult> {
  const app = await context(url, dataDir);
  try {
    const officers = app.get(OfficersService);
    const cases = app.get(CasesService);
    for (const m of CAST) await officers.create({ name: m.id, ...m });
    // The auth guard reads the officer on every request; so does this loop.
    const actor = async (id: string): Promise<AuthenticatedOfficer> =>
      (await officers.findActiveFacts(id))!;
    const [first, ...rest] = LIFECYCLE;
    const dto = (step: Step, expectedVersion: number): CaseEventDto => ({
      type: step.type,
      occurredAt: step.on,
      payload: servicePayload(step),
      expectedVersion,
    });
    return await closedLoop(opts, async (event, _client, refusals) => {
      const created = await event(async () =>
        cases.create(
          await actor(first.actor),
          first.payload as unknown as CreateCaseDto,
          randomUUID(),
        ),
      );
      for (const [i, step] of rest.entries()) {
        if (refusals.due()) {
          const wrong = REFUSED[i + 1];
          const call = cases.send(created.id, await actor(wrong.actor), dto(wrong, i + 1), {
            key: randomUUID(),
            minimal: true,
          });
          refusals.refused(await refusedIn(call));
        }
        await event(async () =>
          cases.send(created.id, await actor(step.actor), dto(step, i + 1), {
            key: randomUUID(),
            minimal: true,
          }),
        );
      }
    });
  } finally {
    await app.close();
  }
}
