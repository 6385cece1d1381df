import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/** No entities: every table is read and written by raw parameterised SQL (ADR 006). */
export const entities = [];

/** Limits on every connection of the pool (AppConfig DB_*_MS). */
export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  connectMs: number;
}

/**
 * A frozen or unreachable server must not hold requests for ever: the server cancels long
 * statements and lock waits, and the client gives up on a connection or an answer that does not
 * come (a frozen server cannot cancel anything itself). Each trip is a 503 to the caller.
 */
function poolLimits(t: DatabaseTimeouts) {
  return {
    statement_timeout: t.statementMs,
    lock_timeout: t.lockMs,
    query_timeout: t.statementMs + 2_000,
    connectionTimeoutMillis: t.connectMs,
  };
}

/** TypeORM options: schema only by migrations (`synchronize` is never on). */
export function dataSourceOptions(url: string, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, ...(timeouts ? poolLimits(timeouts) : {}) },
  };
}
