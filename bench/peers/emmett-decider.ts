// (3c) Peer: the event-sourced design a team would build on Emmett instead of us. The same pure
// machine and guards (workflows/) run through Emmett's command handling: read the case's stream,
// evolve the machine state from its events (each stored envelope applied again, as our replay
// does), decide the command with the machine and its guards (a refusal throws and appends
// nothing), append the new event with the expected version, on Emmett's PostgreSQL event store.
// Officer facts come from the cast (the service reads them through its officer cache).
import { randomUUID } from 'node:crypto';
import { CommandHandler, STREAM_DOES_NOT_EXIST, type Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import type { OfficerFacts } from '../../workflows/model/domain.types';
import type {
  EventEnvelope,
  PersistedCaseSnapshot,
  Refused,
  TransitionResult,
} from '../../workflows/penalty-case/transition.types';
import { CURRENT, getCaseApi } from '../../workflows/registry';
import { DomainException } from '../../src/common/errors/domain.exception';
import { ErrorCode } from '../../src/common/errors/error-code';
import { CAST, envelopeOf, type CastKey } from '../lifecycle';
import type { LoadOptions, LoadResult } from '../support/load';
import { rethrowConflict, peerLoad, type Peer, type PeerEvent } from './peer';
import { issueDocuments, type StoredDocument } from './peer-documents';
import type { IssuedRef } from '../../src/documents/document-data';

/** What the stream keeps per event: the envelope, as our log entry keeps it. */
interface StoredData extends Record<string, unknown> {
  payload: Record<string, unknown>;
  occurredAt: string;
  actorId: string;
  facts: {
    actor: OfficerFacts;
    officers: Record<string, OfficerFacts>;
    recusedOfficerIds: string[];
  };
  /** The 文书 the act issued (the documents variant only), bytes included. */
  documents?: StoredDocument[];
}
type CaseEvent = Event<string, StoredData, { idempotencyKey?: string }>;

interface CaseState {
  /** The machine's persisted snapshot after the events so far (none before the first). */
  snapshot?: PersistedCaseSnapshot;
  stage?: string;
  /** The documents issued so far (a later one may name an earlier one). */
  issued: IssuedRef[];
  version: number;
}

const api = getCaseApi(CURRENT.machineId, CURRENT.version);

const transition = (state: CaseState, envelope: EventEnvelope): TransitionResult =>
  state.snapshot ? api.apply(state.snapshot, envelope) : api.start(envelope);

const envelopeOfStored = (e: CaseEvent): EventEnvelope => ({
  type: e.type,
  payload: e.data.payload,
  occurredAt: e.data.occurredAt,
  actor: e.data.facts.actor,
  officers: e.data.facts.officers,
  recusedOfficerIds: e.data.facts.recusedOfficerIds,
});

/** The state decide computed for the event it returns: Emmett evolves it once more after. */
const decided = new WeakMap<CaseEvent, CaseState>();

/** Emmett's evolve: the state after one more stored event (accepted once, so again). */
function evolve(state: CaseState, event: CaseEvent): CaseState {
  const known = decided.get(event);
  if (known) return known;
  const r = transition(state, envelopeOfStored(event));
  if (!r.ok) throw new Error(`stored ${event.type} refused on replay: ${r.message}`);
  return {
    snapshot: r.snapshot,
    stage: r.stage,
    issued: [...state.issued, ...(event.data.documents ?? []).map(refOf)],
    version: state.version + 1,
  };
}

const refOf = ({ sha256: _h, docx: _d, ...ref }: StoredDocument): IssuedRef => ref;

const handle = CommandHandler<CaseState, CaseEvent>({
  evolve,
  initialState: () => ({ issued: [], version: 0 }),
});

/** The machine's refusal as the service answers it (409, 403 or 422 with the same code). */
function refusalOf(r: Refused): DomainException {
  const extensions =
    r.code === 'GUARD_FAILED'
      ? { guards: r.guards }
      : r.code === 'INVALID_PAYLOAD'
        ? { errors: r.errors }
        : {};
  return new DomainException(ErrorCode[r.code], r.message, extensions);
}

const isCast = (id: string): id is CastKey => CAST.some((m) => m.id === id);

/** The command's envelope: the request with the officer facts of the actor and those it names. */
function envelopeOfRequest(e: PeerEvent): EventEnvelope {
  if (!isCast(e.actorId)) throw DomainException.unauthenticated(`unknown officer ${e.actorId}`);
  return envelopeOf({ type: e.type, actor: e.actorId, on: e.occurredAt, payload: e.payload });
}

/**
 * Decide: the machine with its guards on the current state; a refusal throws. With `documents`
 * (stream named), the act's 文书 are rendered into the event, as the service issues them.
 */
function decide(
  state: CaseState,
  e: PeerEvent,
  envelope: EventEnvelope,
  documents?: { stream: string },
): CaseEvent {
  const r = transition(state, envelope);
  if (!r.ok) throw refusalOf(r);
  const { actor, officers, recusedOfficerIds } = envelope;
  const issued = documents
    ? issueDocuments({
        stream: documents.stream,
        seq: state.version + 1,
        type: e.type,
        payload: e.payload,
        on: e.occurredAt.slice(0, 10),
        actorId: actor.id,
        context: r.context,
        snapshot: r.snapshot,
        issued: state.issued,
      })
    : [];
  const event: CaseEvent = {
    type: e.type,
    data: {
      payload: e.payload,
      occurredAt: e.occurredAt,
      actorId: actor.id,
      facts: { actor, officers, recusedOfficerIds },
      ...(issued.length > 0 ? { documents: issued } : {}),
    },
    metadata: { idempotencyKey: e.idempotencyKey },
  };
  decided.set(event, {
    snapshot: r.snapshot,
    stage: r.stage,
    issued: [...state.issued, ...issued.map(refOf)],
    version: state.version + 1,
  });
  return event;
}

export async function emmettDeciderPeer(
  url: string,
  clients: number,
  opts: { documents?: boolean } = {},
): Promise<Peer> {
  const pool = new Pool({ connectionString: url, max: clients });
  const store = getPostgreSQLEventStore(url, {
    connectionOptions: { connectionString: url, pool },
    schema: { autoMigration: 'None' },
  });
  await store.schema.migrate();
  const command = async (stream: string, e: PeerEvent) => {
    const envelope = envelopeOfRequest(e);
    const expectedStreamVersion =
      e.expectedVersion === 0 ? STREAM_DOES_NOT_EXIST : BigInt(e.expectedVersion);
    const docs = opts.documents ? { stream } : undefined;
    const result = await handle(store, stream, (state) => decide(state, e, envelope, docs), {
      expectedStreamVersion,
    }).catch(rethrowConflict);
    return result.newState.stage!;
  };
  return {
    create: async (e) => {
      const stream = `penalty-case-${randomUUID()}`;
      await command(stream, e);
      return stream;
    },
    send: command,
    close: async () => {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}

export async function emmettDeciderLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  return peerLoad(await emmettDeciderPeer(url, opts.clients), opts);
}
