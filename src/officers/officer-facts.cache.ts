import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OfficersRepository, type OfficerRow } from './officers.repository';

/** The channel the officers trigger notifies on (migration OfficerNotify1763700600000). */
export const OFFICERS_CHANNEL = 'zhifa_officers';

const RECONNECT_MS = 1000;

/**
 * Officer rows, cached per process because every request reads them (the auth guard, the
 * machine's guards). Invalidation is PostgreSQL's own: a trigger NOTIFYs on every change to
 * `officers`, from any instance, and this cache LISTENs. While it is not listening (start-up,
 * a lost connection) it caches nothing, so a stale fact can never outlive a change.
 */
@Injectable()
export class OfficerFactsCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OfficerFactsCache.name);
  /** null: known not to exist. */
  private readonly rows = new Map<string, OfficerRow | null>();
  /** Bumped on every invalidation; a read that started before one is not stored. */
  private generation = 0;
  private listener?: Client;
  private listening = false;
  private closed = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    private readonly officers: OfficersRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.forget();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Rows for the ids (null where none exists), from the cache or one query for the rest. */
  async load(ids: string[]): Promise<Map<string, OfficerRow | null>> {
    const found = new Map<string, OfficerRow | null>();
    const wanted: string[] = [];
    for (const id of new Set(ids)) {
      const row = this.listening ? this.rows.get(id) : undefined;
      if (row === undefined) wanted.push(id);
      else found.set(id, row);
    }
    if (wanted.length === 0) return found;
    const generation = this.generation;
    const rows = await this.officers.find(wanted);
    const store = this.listening && generation === this.generation;
    for (const id of wanted) {
      const row = rows.find((r) => r.id === id) ?? null;
      found.set(id, row);
      if (store) this.rows.set(id, row);
    }
    return found;
  }

  /** This instance changed an officer: forget it now rather than when the notice arrives. */
  invalidate(id?: string): void {
    this.generation++;
    if (id === undefined) this.rows.clear();
    else this.rows.delete(id);
  }

  private forget(): void {
    this.listening = false;
    this.invalidate();
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const url = (this.ds.options as { url?: string }).url;
    const client = new Client({ connectionString: url });
    const lost = (e?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.forget();
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(
        `officer cache off until LISTEN is back: ${e?.message ?? 'connection ended'}`,
      );
      this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => this.invalidate(n.payload || undefined));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OFFICERS_CHANNEL}`);
      // Anything cached before this moment may have missed a notice.
      this.invalidate();
      this.listening = !this.closed && this.listener === client;
    } catch (e) {
      lost(e as Error);
    }
  }
}
