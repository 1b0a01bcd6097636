import { query } from '../database/typed-query';

/** The cheapest statement PostgreSQL must answer: the health check's probe. */
export const databaseAnswers = query(`SELECT 1 AS up`, { up: 'int4' });
