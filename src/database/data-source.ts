// Standalone DataSource for the TypeORM CLI (e.g. `npx typeorm migration:show -d dist/src/database/data-source.js`); needs DATABASE_URL.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database-options';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: required for the TypeORM CLI');

export default new DataSource(dataSourceOptions(url));
