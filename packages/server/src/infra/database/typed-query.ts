/**
 * Typed raw SQL beside TypeORM. A query is declared once, in its domain's `*-rows.ts` /
 * `*-queries.ts` file, with its SQL and a row spec: each column's name and PostgreSQL type
 * (`{ id: 'uuid', capacity: 'int4', availableFrom: 'date?' }`). The row's TypeScript type is
 * inferred from the spec, and `test/typed-queries.spec.ts` asks PostgreSQL to describe every
 * declared query against the migrated schema, so a spec that names a column or a type the query
 * does not return fails a test instead of lying to the compiler. The queries run on whatever
 * TypeORM gives the caller (an EntityManager inside a transaction, a QueryRunner, the
 * DataSource), so they join the caller's transaction.
 */

/** What node-postgres (with its default parsers) hands back for each PostgreSQL type. */
interface PgValues {
  uuid: string;
  /** Any string column: text, varchar, char, name. */
  text: string;
  /** Any integer column that fits a JavaScript number: int4, int2. */
  int4: number;
  /** 64-bit integers and numerics come back as strings: a JS number would round them. */
  int8: string;
  numeric: string;
  float4: number;
  float8: number;
  bool: boolean;
  date: Date;
  timestamp: Date;
  timestamptz: Date;
  /** A JSON column's shape is its writer's: declare it with `column('jsonb').as<Shape>()`. */
  jsonb: unknown;
  json: unknown;
  bytea: Buffer;
  'text[]': string[];
  'uuid[]': string[];
  'int4[]': number[];
  'int8[]': string[];
  'float8[]': number[];
  'jsonb[]': unknown[];
  'date[]': Date[];
  'timestamptz[]': Date[];
}

export type PgType = keyof PgValues;

/**
 * A column's PostgreSQL type; a trailing `?` lets it be null. A trailing `!` says the query rules
 * out the nulls of a nullable table column (`WHERE x IS NOT NULL`, an inner join, `RETURNING` after
 * such a filter): the value is not null, and the checking spec takes the query's word for it.
 */
export type PgColumn = PgType | `${PgType}?` | `${PgType}!`;

declare const shape: unique symbol;

/**
 * A column whose TypeScript type is narrower than its PostgreSQL type: a text column holding one
 * of a vocabulary's keys (kept so by a CHECK constraint or the contracts' field rules), a JSON
 * column of a known shape. The PostgreSQL type is still checked against the database.
 */
export interface TypedColumn<T> {
  readonly pg: PgType;
  readonly nullable: boolean;
  readonly filtered: boolean;
  readonly [shape]?: T;
}

type Base<C extends PgColumn> = C extends `${infer B extends PgType}?`
  ? B
  : C extends `${infer B extends PgType}!`
    ? B
    : C;

type ValueOf<C extends PgColumn> = C extends `${string}?`
  ? PgValues[Base<C>] | null
  : PgValues[Base<C>];

/**
 * `column('text').as<ApplicationStatus>()`, `column('jsonb').as<ProposalPart[]>()`: the TypeScript
 * type must fit what node-postgres returns for the PostgreSQL type; a nullable column (`'text?'`)
 * adds `null` by itself.
 */
export function column<C extends PgColumn>(
  pgColumn: C,
): { as<T extends PgValues[Base<C>]>(): TypedColumn<C extends `${string}?` ? T | null : T> } {
  return { as: () => parseColumn(pgColumn) };
}

export type ColumnSpec = PgColumn | TypedColumn<unknown>;
export type RowSpec = Readonly<Record<string, ColumnSpec>>;

type ColumnValue<C> = C extends TypedColumn<infer T> ? T : C extends PgColumn ? ValueOf<C> : never;

/** The row a spec describes. */
export type RowOf<S extends RowSpec> = { -readonly [K in keyof S]: ColumnValue<S[K]> };

/** Anything TypeORM runs raw SQL on: EntityManager, QueryRunner, DataSource. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export type Params = readonly unknown[];

interface ParsedColumn {
  pg: PgType;
  nullable: boolean;
  filtered: boolean;
}

function parseColumn(column: PgColumn): ParsedColumn {
  const mark = column.at(-1);
  if (mark !== '?' && mark !== '!')
    return { pg: column as PgType, nullable: false, filtered: false };
  return { pg: column.slice(0, -1) as PgType, nullable: mark === '?', filtered: mark === '!' };
}

/** A column spec as the checking spec reads it. */
export function columnOf(spec: ColumnSpec): ParsedColumn {
  return typeof spec === 'string' ? parseColumn(spec) : spec;
}

/**
 * TypeORM answers an UPDATE or DELETE with `[rows, affected]` and anything else with the rows.
 * Rows are objects, never arrays, so the shape tells the two apart.
 */
function resultOf(raw: unknown): { rows: unknown[]; affected: number | undefined } {
  if (
    Array.isArray(raw) &&
    raw.length === 2 &&
    Array.isArray(raw[0]) &&
    typeof raw[1] === 'number'
  ) {
    return { rows: raw[0] as unknown[], affected: raw[1] };
  }
  if (Array.isArray(raw)) return { rows: raw, affected: undefined };
  throw new Error('A raw query answered with something other than rows');
}

/**
 * The rows of one spec, for SQL built at run time (dynamic filters and orders): the same row
 * type, checked by the spec of the code that builds the SQL rather than by the registry.
 */
export class Rows<S extends RowSpec, More = unknown> {
  constructor(readonly spec: S) {}

  async all(runner: Queryable, sql: string, params: Params = []): Promise<(RowOf<S> & More)[]> {
    return resultOf(await runner.query(sql, [...params])).rows as (RowOf<S> & More)[];
  }

  async first(
    runner: Queryable,
    sql: string,
    params: Params = [],
  ): Promise<(RowOf<S> & More) | undefined> {
    const [row] = await this.all(runner, sql, params);
    return row;
  }

  /**
   * The one row of a statement that always returns one: an aggregate without GROUP BY, an
   * INSERT … RETURNING of one row. Throws when there is none, which would be a bug of the SQL.
   */
  async one(runner: Queryable, sql: string, params: Params = []): Promise<RowOf<S> & More> {
    const row = await this.first(runner, sql, params);
    if (row === undefined) throw new Error(`Expected a row, got none: ${sql.slice(0, 80)}`);
    return row;
  }

  /** The rows an UPDATE/DELETE … RETURNING gave back, and how many rows it changed. */
  async write(
    runner: Queryable,
    sql: string,
    params: Params = [],
  ): Promise<{ rows: (RowOf<S> & More)[]; affected: number }> {
    const { rows, affected } = resultOf(await runner.query(sql, [...params]));
    return { rows: rows as (RowOf<S> & More)[], affected: affected ?? rows.length };
  }

  /** How many rows an UPDATE or DELETE (or an INSERT … RETURNING) changed. */
  async run(runner: Queryable, sql: string, params: Params = []): Promise<number> {
    return (await this.write(runner, sql, params)).affected;
  }
}

/** The row spec of SQL built at run time. */
export function rows<const S extends RowSpec>(spec: S): Rows<S> {
  return new Rows(spec);
}

/**
 * Rows of SQL whose further columns are chosen at run time (the import's record tables): the
 * declared columns typed, the others `unknown` until the caller checks them.
 */
export function openRows<const S extends RowSpec>(spec: S): Rows<S, Record<string, unknown>> {
  return new Rows(spec);
}

/** A statement without rows (an UPDATE or DELETE without RETURNING), built at run time. */
export const statement = new Rows({});

/** Where a query was declared (file:line), to name it in the checking spec's failures. */
function declaredAt(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(1);
  const caller = lines.find((line) => !line.includes('typed-query.'));
  const match = caller ? /([^/\\(]+\.[cm]?[jt]s):(\d+)/.exec(caller) : null;
  return match ? `${match[1]}:${match[2]}` : 'unknown';
}

/** A query with fixed SQL text. */
export class Query<S extends RowSpec> {
  readonly rows: Rows<S>;

  constructor(
    readonly sql: string,
    spec: S,
    readonly at: string,
  ) {
    this.rows = new Rows(spec);
  }

  get spec(): S {
    return this.rows.spec;
  }

  all(runner: Queryable, params: Params = []): Promise<RowOf<S>[]> {
    return this.rows.all(runner, this.sql, params);
  }

  first(runner: Queryable, params: Params = []): Promise<RowOf<S> | undefined> {
    return this.rows.first(runner, this.sql, params);
  }

  /** The one row of a statement that always returns one (see `Rows.one`). */
  one(runner: Queryable, params: Params = []): Promise<RowOf<S>> {
    return this.rows.one(runner, this.sql, params);
  }

  write(runner: Queryable, params: Params = []): Promise<{ rows: RowOf<S>[]; affected: number }> {
    return this.rows.write(runner, this.sql, params);
  }

  run(runner: Queryable, params: Params = []): Promise<number> {
    return this.rows.run(runner, this.sql, params);
  }
}

const declared: Query<RowSpec>[] = [];

/**
 * Declares a query with fixed SQL and the columns it returns (`{}` for a statement without
 * RETURNING). Every declared query is checked against PostgreSQL by `test/typed-queries.spec.ts`.
 */
export function query<const S extends RowSpec>(sql: string, spec: S): Query<S> {
  const declaredQuery = new Query(sql, spec, declaredAt());
  declared.push(declaredQuery);
  return declaredQuery;
}

/** Every query declared so far (the modules that declare them must have been imported). */
export function declaredQueries(): readonly Query<RowSpec>[] {
  return declared;
}

/** A row spec shared by several queries (the columns of one row type). */
export function rowSpec<const S extends RowSpec>(spec: S): S {
  return spec;
}

/** The row type of a declared query: `RowOfQuery<typeof startupById>`. */
export type RowOfQuery<Q> = Q extends Query<infer S> ? RowOf<S> : never;

/**
 * The first of rows a statement just wrote or read by a key known to exist (the row it
 * inserted, the record locked a moment ago in the same transaction): an assertion, not a check
 * of input, so its failure is a bug and says what was missing.
 */
export function theOne<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`Expected ${what}, found none`);
  return row;
}
