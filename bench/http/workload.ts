// (1) Transitions over HTTP: whole ordinary-procedure lifecycles against the real service, every
// guard on, the hash chain on, each event one durable transaction.
import { JwtService } from '@nestjs/jwt';
import { CAST, LIFECYCLE, servicePayload, type CastKey } from '../lifecycle';
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
 * Whole lifecycles from `opts.clients` clients, each event with the version it expects (the
 * peers take their event from it). A peer ignores the tokens.
 */
export async function httpLoad(
  service: ServiceProcess,
  tokens: Tokens,
  opts: LoadOptions,
): Promise<LoadResult> {
  const http = new JsonClient(service.baseUrl, opts.clients);
  try {
    return await closedLoop(opts, async (event) => {
      const created = await event(() =>
        http.expect('/api/v1/cases', tokens.h1, FIRST.payload, 201),
      );
      const { id } = JSON.parse(created) as { id: string };
      for (const [i, step] of EVENTS.entries()) {
        const body = {
          type: step.type,
          occurredAt: step.on,
          payload: servicePayload(step),
          expectedVersion: i + 1,
        };
        await event(() => http.expect(`/api/v1/cases/${id}/events`, tokens[step.actor], body, 200));
      }
    });
  } finally {
    http.close();
  }
}
