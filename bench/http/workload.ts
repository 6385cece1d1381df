// (1) Transitions over HTTP: whole ordinary-procedure lifecycles against the real service, every
// guard on, the hash chain on, each event one durable transaction.
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { CAST, LIFECYCLE, servicePayload, type CastKey, type Step } from '../lifecycle';
import { REFUSAL_STATUSES, REFUSED } from '../refusals';
import { closedLoop, type LoadOptions, type LoadResult } from '../support/load';
import { JsonClient } from './client';
import type { ServiceProcess } from './service';

export type Tokens = Record<CastKey | 'admin', string>;

export function issueTokens(service: ServiceProcess): Tokens {
  const jwt = new JwtService({ secret: service.jwtSecret, signOptions: { algorithm: 'HS256' } });
  const sign = (sub: string) => jwt.sign({ sub }, { expiresIn: 8 * 3600 });
  const tokens = { admin: sign('admin') } as Tokens;
  for (const m of CAST) tokens[m.id] = sign(m.id);
  return tokens;
}

/** The cast, created through the API as the bootstrap admin (as an administrator would). */
export async function seedOfficers(service: ServiceProcess, tokens: Tokens): Promise<void> {
  const http = new JsonClient(service.baseUrl, 1);
  try {
    for (const m of CAST) {
      await http.expect('/api/v1/officers', tokens.admin, { name: m.id, ...m }, 201);
    }
  } finally {
    http.close();
  }
}

const [FIRST, ...EVENTS] = LIFECYCLE;

/** Statements (round trips) the database executes per event, over one whole lifecycle. */
export async function oneLifecycle(service: ServiceProcess, tokens: Tokens): Promise<number> {
  const http = new JsonClient(service.baseUrl, 1);
  try {
    const created = await http.expect('/api/v1/cases', tokens.h1, FIRST.payload, 201);
    const { id } = JSON.parse(created) as { id: string };
    for (const step of EVENTS) {
      const body = { type: step.type, occurredAt: step.on, payload: servicePayload(step) };
      await http.expect(`/api/v1/cases/${id}/events`, tokens[step.actor], body, 200);
    }
    return LIFECYCLE.length;
  } finally {
    http.close();
  }
}

/**
 * Whole lifecycles from `opts.clients` clients, each event with the version it expects and an
 * Idempotency-Key, about one request in 20 an event sent out of turn (bench/refusals.ts) that
 * must be refused. The service gets DECIDE without its number (it assigns it); a peer gets the
 * step's own payload, as the pure machine does.
 */
export async function httpLoad(
  service: ServiceProcess,
  tokens: Tokens,
  opts: LoadOptions,
  target: 'service' | 'peer' = 'service',
): Promise<LoadResult> {
  const http = new JsonClient(service.baseUrl, opts.clients);
  const body = (step: Step, expectedVersion: number) => ({
    type: step.type,
    occurredAt: step.on,
    payload: target === 'service' ? servicePayload(step) : step.payload,
    expectedVersion,
  });
  try {
    return await closedLoop(opts, async (event, _client, refusals) => {
      const created = await event(() =>
        http.expect('/api/v1/cases', tokens.h1, FIRST.payload, 201, randomUUID()),
      );
      const { id } = JSON.parse(created) as { id: string };
      const path = `/api/v1/cases/${id}/events`;
      for (const [i, step] of EVENTS.entries()) {
        if (refusals.due()) {
          const wrong = REFUSED[i + 1];
          const res = await http.post(path, tokens[wrong.actor], body(wrong, i + 1), randomUUID());
          if (res.status >= 300 && !REFUSAL_STATUSES.has(res.status))
            throw new Error(`refused ${wrong.type}: ${res.status} ${res.body.slice(0, 300)}`);
          refusals.refused(REFUSAL_STATUSES.has(res.status));
        }
        await event(() =>
          http.expect(path, tokens[step.actor], body(step, i + 1), 200, randomUUID()),
        );
      }
    });
  } finally {
    http.close();
  }
}
