import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { OfficerEntity } from '../officers/officer.entity';
import { migrations } from './migrations';

/** Every entity the application maps; the migration CLI and the app share this list. */
export const entities = [OfficerEntity];

/** TypeORM options: schema only by migrations (`synchronize` is never on). */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20 },
  };
}

export const migrationsDir = join(__dirname, 'migrations');
