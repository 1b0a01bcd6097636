import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PRIVACY_CATEGORY_TEXTS, type PrivacyRecordKind } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/infra/database/data-source-options';
import { PERSONAL_DATA_REGISTRY } from '../src/domains/privacy/personal-data-registry';
import { ruleParams } from '../src/domains/privacy/registry-sql';

/**
 * Tables judged to hold no personal data, and why. A new table lands here only with a reason;
 * otherwise it needs a section in the registry.
 */
const NOT_PERSONAL_TABLES: Record<string, string> = {
  migrations: 'which migrations ran',
  vocabulary_terms: 'the shared lists (sectors, topics, stages, regions) and their labels',
  programmes: "the incubator's own offerings: a name and a description",
  cohorts: 'batches of a programme: a name, dates and a capacity',
  review_rubrics: "a call's criteria, their weights and level descriptions, and the deadline",
};

/**
 * Columns of covered tables that look personal by their name but are not, and why.
 */
const NOT_PERSONAL_COLUMNS: Record<string, string> = {
  'mail_outbox.template': 'the name of a template in the code',
  'mail_outbox.provider_message_id': "the SMTP server's id of the message",
  'link_tokens.subject_type': 'which kind of record a link is for',
  'mail_outbox.subject_type': 'which kind of record a mail is about',
  'activities.subject_type': 'which kind of record a timeline entry is on',
  'job_outbox.name': "the job's name in the code",
  'import_jobs.headers': 'the column headings of an imported file',
  'import_jobs.mapping': 'which heading feeds which field',
  'import_jobs.values': "vocabulary values of a file that no term names ('Gesundheit')",
  'import_value_mappings.value': 'a vocabulary value and the term it maps to',
  'matching_runs.parameters': 'the weights and limits of a matching run',
  'matching_runs.step': 'the step a run is at',
  'matching_runs.error': "why a run failed (the engine's message)",
  'privacy_access_reports.error': 'why building a report failed',
  'startups.tags': "the incubator's tags on a startup",
  'mentors.tags': "the incubator's tags on a mentor",
  'investors.tags': "the incubator's tags on an investor",
  'saved_filters.list': 'which list a saved filter is for',
  'users.role': "a staff member's role",
  'privacy_consents.text_version': 'which wording of the consent text was shown',
};

// Names that suggest a person's data: contact details, names, free text, network identifiers,
// and JSON that may carry any of them.
const PERSONAL_NAME =
  /(^|_)(e?mail|name|phone|mobile|address|street|city|ip|user_agent|body|notes?|bio|description|text|html|content|highlights|asks|recipient|label|subject|company|job_title|website|one_liner|data|payload|extra|rows|changes|parts|query|records|error|last_error|tags|values|mapping|headers|parameters|step|template|provider_message_id|list|role)($|_)/;

// Columns that point at a person or a record about one.
const PERSON_TABLES = new Set(['users', 'mentors', 'investors', 'startups', 'startup_contacts']);
const REFERENCE_NAME =
  /^(user_id|mentor_id|investor_id|startup_id|contact_id|actor_id|subject_id|created_by|updated_by|decided_by|deleted_by|requested_by|erased_by)$/;

interface ColumnRow {
  table_name: string;
  column_name: string;
}
interface ForeignKeyRow {
  table_name: string;
  column_name: string;
  target: string;
}

describe('the personal-data registry covers the schema', () => {
  const dataSource = new DataSource(
    dataSourceOptions({ url: process.env.DATABASE_URL!, poolSize: 1 }),
  );
  let columns: ColumnRow[];
  let foreignKeys: ForeignKeyRow[];

  beforeAll(async () => {
    await dataSource.initialize();
    columns = (await dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    )) as ColumnRow[];
    foreignKeys = (await dataSource.query(
      `SELECT kcu.table_name, kcu.column_name, ccu.table_name AS target
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    )) as ForeignKeyRow[];
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  const sectionsOf = (table: string) => PERSONAL_DATA_REGISTRY.filter((s) => s.table === table);

  it('has a section, or a reason for none, for every table', () => {
    const tables = [...new Set(columns.map((c) => c.table_name))];
    const uncovered = tables.filter(
      (table) => !(table in NOT_PERSONAL_TABLES) && sectionsOf(table).length === 0,
    );
    expect(uncovered).toEqual([]);
    // An allow-listed table that the registry covers after all is a stale entry.
    expect(Object.keys(NOT_PERSONAL_TABLES).filter((t) => sectionsOf(t).length > 0)).toEqual([]);
  });

  it('lists every column that looks personal as personal (or says why it is not)', () => {
    const unlisted = columns
      .filter(({ table_name: table }) => !(table in NOT_PERSONAL_TABLES))
      .filter(({ column_name: c }) => PERSONAL_NAME.test(c) && !/_(id|rows|count)$/.test(c))
      .map(({ table_name: table, column_name: column }) => `${table}.${column}`)
      .filter((qualified) => !(qualified in NOT_PERSONAL_COLUMNS))
      .filter((qualified) => {
        const [table = '', column = ''] = qualified.split('.');
        return !sectionsOf(table).some((s) => s.personalColumns.includes(column));
      });
    expect(unlisted).toEqual([]);
  });

  it('finds rows by every column that references a person or a record about one', () => {
    const references = new Set([
      ...columns
        .filter(({ column_name: column }) => REFERENCE_NAME.test(column))
        .map(({ table_name: t, column_name: c }) => `${t}.${c}`),
      ...foreignKeys
        .filter((fk) => PERSON_TABLES.has(fk.target))
        .map(({ table_name: t, column_name: c }) => `${t}.${c}`),
    ]);
    const unsearched = [...references].filter((qualified) => {
      const [table = '', column = ''] = qualified.split('.');
      return !sectionsOf(table).some(
        (s) =>
          s.keyColumns.includes(column) &&
          Object.values(s.rules).some((rule) => rule.where.includes(column)),
      );
    });
    expect(unsearched).toEqual([]);
  });

  it('names only columns that exist, and categories that the texts describe', () => {
    const existing = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    const named = PERSONAL_DATA_REGISTRY.flatMap((s) =>
      [...s.personalColumns, ...s.keyColumns, ...(s.omitFromAccess ?? [])].map(
        (c) => `${s.table}.${c}`,
      ),
    );
    expect(named.filter((qualified) => !existing.has(qualified))).toEqual([]);
    for (const section of PERSONAL_DATA_REGISTRY) {
      expect(PRIVACY_CATEGORY_TEXTS[section.category]).toBeDefined();
    }
    const keys = PERSONAL_DATA_REGISTRY.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has rules whose SQL the database accepts, for every kind they name', async () => {
    for (const section of PERSONAL_DATA_REGISTRY) {
      for (const [kind, rule] of Object.entries(section.rules)) {
        const params = ruleParams(rule, {
          kind: kind as PrivacyRecordKind,
          id: '00000000-0000-0000-0000-000000000000',
          label: 'Nobody',
          email: 'nobody@example.org',
          startup: null,
          locale: null,
        });
        await dataSource.query(`SELECT count(*) FROM ${section.table} WHERE ${rule.where}`, params);
        if (rule.anonymise) {
          await dataSource.query(
            `EXPLAIN UPDATE ${section.table} SET ${rule.anonymise} WHERE ${rule.where}`,
            params,
          );
        }
      }
    }
  });
});
