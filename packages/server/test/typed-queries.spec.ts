import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { columnOf, declaredQueries, Query, type RowSpec } from '../src/infra/database/typed-query';

// Jest runs in the package's folder (its rootDir).
const SRC = join(process.cwd(), 'src');

/** Every source file that declares typed queries, so that importing them fills the registry. */
function declaringFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.includes('migrations'),
    )
    .filter((file) => /from '[\w./-]*\/typed-query'/.test(readFileSync(join(SRC, file), 'utf8')))
    .map((file) => join(SRC, file));
}

/**
 * Types that node-postgres reads as the same JavaScript value, named in specs by the first:
 * `text` for any string column, `int4` for any integer that fits a JavaScript number.
 */
const SAME_VALUE: Readonly<Record<string, string>> = {
  varchar: 'text',
  bpchar: 'text',
  name: 'text',
  citext: 'text',
  'varchar[]': 'text[]',
  int2: 'int4',
  'int2[]': 'int4[]',
};

interface TypeRow {
  oid: number;
  name: string;
}

interface AttributeRow {
  table: number;
  number: number;
  notNull: boolean;
}

/**
 * What is wrong with a query's row spec, asked of PostgreSQL itself: the statement is parsed and
 * described (never run) against the migrated schema, and each result column's name and type is
 * compared with the spec. A column declared not null that is read straight from a nullable table
 * column is wrong too (an outer join's nulls are beyond what a describe can tell).
 */
async function problemsOf(
  sql: postgres.Sql,
  declaredQuery: Query<RowSpec>,
  types: Map<number, string>,
  nullable: Set<string>,
): Promise<string[]> {
  let described: postgres.Statement;
  try {
    described = await sql.unsafe(declaredQuery.sql).describe();
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const spec = declaredQuery.spec;
  const seen = new Set<string>();
  for (const column of described.columns) {
    const type = types.get(column.type) ?? `oid ${column.type}`;
    if (seen.has(column.name)) problems.push(`returns "${column.name}" twice`);
    seen.add(column.name);
    const declared = spec[column.name];
    if (!declared) {
      problems.push(`returns "${column.name}" (${type}), which the spec does not declare`);
      continue;
    }
    const { pg, nullable: mayBeNull, filtered } = columnOf(declared);
    if (pg !== (SAME_VALUE[type] ?? type))
      problems.push(`"${column.name}" is ${type}, declared ${pg}`);
    if (!mayBeNull && !filtered && nullable.has(`${column.table}.${column.number}`)) {
      problems.push(
        `"${column.name}" reads a nullable column, declared not null (\`?\`, or \`!\` when the query rules out nulls)`,
      );
    }
  }
  for (const name of Object.keys(spec)) {
    if (!seen.has(name)) problems.push(`declares "${name}", which the query does not return`);
  }
  return problems;
}

describe('declared queries against PostgreSQL (migrated schema)', () => {
  let sql: postgres.Sql;
  let types: Map<number, string>;
  let nullable: Set<string>;

  beforeAll(async () => {
    for (const file of declaringFiles()) await import(pathToFileURL(file).href);
    sql = postgres(process.env.DATABASE_URL ?? '', { max: 1, onnotice: () => undefined });
    const typeRows = await sql<TypeRow[]>`
      SELECT t.oid::int AS oid,
        CASE WHEN t.typcategory = 'A' THEN e.typname || '[]' ELSE t.typname END AS name
      FROM pg_type t LEFT JOIN pg_type e ON e.oid = t.typelem`;
    types = new Map(typeRows.map((row) => [row.oid, row.name]));
    const attributes = await sql<AttributeRow[]>`
      SELECT a.attrelid::int AS table, a.attnum::int AS number, a.attnotnull AS "notNull"
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0`;
    nullable = new Set(
      attributes.filter((row) => !row.notNull).map((row) => `${row.table}.${row.number}`),
    );
  });
  afterAll(async () => {
    await sql.end();
  });

  it('finds the declared queries', () => {
    expect(declaredQueries().length).toBeGreaterThan(0);
  });

  it('returns what each declared query says it returns', async () => {
    const failures: string[] = [];
    for (const declaredQuery of declaredQueries()) {
      const problems = await problemsOf(sql, declaredQuery, types, nullable);
      failures.push(...problems.map((problem) => `${declaredQuery.at}: ${problem}`));
    }
    expect(failures).toEqual([]);
  });

  it('fails a spec that lies about a name, a type or a null', async () => {
    const lying = [
      new Query(`SELECT id, name FROM startups`, { id: 'uuid', title: 'text' }, 'name'),
      new Query(`SELECT id, capacity FROM mentors`, { id: 'uuid', capacity: 'text' }, 'type'),
      new Query(
        `SELECT id, one_liner AS "oneLiner" FROM startups`,
        { oneLiner: 'text', id: 'uuid' },
        'null',
      ),
      new Query(`SELECT id FROM no_such_table`, { id: 'uuid' }, 'table'),
    ];
    const problems = await Promise.all(lying.map((q) => problemsOf(sql, q, types, nullable)));
    expect(problems).toEqual([
      [
        `returns "name" (varchar), which the spec does not declare`,
        `declares "title", which the query does not return`,
      ],
      [`"capacity" is int2, declared text`],
      [
        `"oneLiner" reads a nullable column, declared not null (\`?\`, or \`!\` when the query rules out nulls)`,
      ],
      [expect.stringContaining('does not parse')],
    ]);
  });
});
