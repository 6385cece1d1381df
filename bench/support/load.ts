// A closed-loop load: N clients, each driving whole lifecycles one event after another (events of
// one case are sequential by nature). Only events that finish inside the measured window count.
// About one request in 20 is an event the target must refuse (issue 19): it is sent, answered and
// counted as `refused`, never as an event nor as an error, and its time is not in the latencies.

export interface LoadOptions {
  clients: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  clients: number;
  /** Events finished inside the measured window. */
  events: number;
  /** Events finished from the start of the warm-up to the end (for CPU per event). */
  allEvents: number;
  errors: number;
  /** Requests the target refused as it should (403/409/422), over the whole run. */
  refused: number;
  seconds: number;
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  firstError?: string;
}

/** Wraps one event: timed, counted while the window is open; refuses once the load stops. */
export type EventTimer = <T>(send: () => Promise<T>) => Promise<T>;

/**
 * Before the next event: `due()` is true once every REFUSE_EVERY requests of this client; the
 * caller then sends a refused event first and says whether it was refused (accepted: an error).
 * The ceilings, which cannot refuse, never ask.
 */
export interface Refusals {
  due(): boolean;
  refused(wasRefused: boolean): void;
}

/** One lifecycle of one client (a whole case from its first to its last event). */
export type Lifecycle = (event: EventTimer, client: number, refusals: Refusals) => Promise<void>;

/** One request in 20 (5 %) is an event the target must refuse; BENCH_REFUSE_EVERY=0: none. */
export const REFUSE_EVERY = Number(process.env.BENCH_REFUSE_EVERY ?? 20);

class Stopped extends Error {}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

export async function closedLoop(opts: LoadOptions, lifecycle: Lifecycle): Promise<LoadResult> {
  const latencies: number[] = [];
  let events = 0;
  let allEvents = 0;
  let errors = 0;
  let refused = 0;
  let firstError: string | undefined;
  let stopped = false;
  const t0 = performance.now();
  const windowStart = t0 + opts.warmupMs;
  const windowEnd = windowStart + opts.durationMs;

  const event: EventTimer = async (send) => {
    if (stopped) throw new Stopped();
    const start = performance.now();
    const out = await send();
    const end = performance.now();
    allEvents++;
    if (start >= windowStart && end <= windowEnd) {
      events++;
      latencies.push(end - start);
    }
    return out;
  };

  const client = async (i: number) => {
    let requests = 0;
    const refusals: Refusals = {
      // Requests number 20, 40, … of this client are the refused ones.
      due: () => {
        if (stopped || REFUSE_EVERY <= 0 || (requests + 1) % REFUSE_EVERY !== 0) return false;
        requests++;
        return true;
      },
      refused: (wasRefused) => {
        if (!wasRefused) throw new Error('an event that must be refused was accepted');
        refused++;
      },
    };
    const counted: EventTimer = (send) => {
      requests++;
      return event(send);
    };
    while (!stopped) {
      try {
        await lifecycle(counted, i, refusals);
      } catch (e) {
        if (e instanceof Stopped) return;
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
        // A failing system must not become a busy loop.
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  };

  const timer = setTimeout(() => (stopped = true), opts.warmupMs + opts.durationMs);
  await Promise.all(Array.from({ length: opts.clients }, (_, i) => client(i)));
  clearTimeout(timer);
  latencies.sort((a, b) => a - b);
  const seconds = opts.durationMs / 1000;
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    clients: opts.clients,
    events,
    allEvents,
    errors,
    refused,
    seconds,
    eventsPerSec: round(events / seconds, 1),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    meanMs: round(latencies.length ? sum / latencies.length : NaN),
    maxMs: round(latencies.at(-1) ?? NaN),
    ...(firstError ? { firstError } : {}),
  };
}
