// Data source for the TypeORM CLI (`npm run migration:generate -w @kohorte/server`), compiled to dist.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a scratch database to generate migrations');

export default new DataSource(dataSourceOptions({ url }));
