import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  VOCABULARY_KINDS,
  type Vocabularies,
  type VocabularyKind,
  type VocabularyTerm,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { outsideTransaction } from '../../infra/database/transaction-guard';
import { nearestKey } from './nearest-key';
import { VocabularyTermEntity } from './vocabulary-term.entity';

/** A key that is not in its vocabulary, where it was given and the known key it resembles. */
export interface UnknownTerm {
  index: number;
  key: string;
  nearest: string | null;
}

// The lists change rarely (an admin edits them); a short cache spares a query per validated write
// while an edit still shows up on every replica within seconds.
const CACHE_MS = 30_000;

@Injectable()
export class VocabulariesService implements OnModuleInit {
  private cached: { at: number; value: Vocabularies } | null = null;
  private loading: Promise<Vocabularies> | null = null;
  /**
   * Counts the loads begun; only the newest may keep its lists. A refresh begun before an edit can
   * end after the reload the edit began, and would otherwise keep the lists without the edit.
   */
  private generation = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Loads the lists at start, so that no caller has to wait for them later. */
  async onModuleInit(): Promise<void> {
    // A database that is not there yet fails the first caller instead of the start.
    await this.list().catch(() => undefined);
  }

  /**
   * Every term, grouped by kind, in list order. Once loaded, the lists at hand are served at
   * once and older ones are reloaded beside the caller: a caller inside a transaction never
   * waits for a second connection (when every connection of the pool is held by such a caller,
   * none comes free, and they all wait forever).
   */
  list(): Promise<Vocabularies> {
    if (!this.cached) return this.loading ?? this.reload();
    if (Date.now() - this.cached.at > CACHE_MS && !this.loading) {
      // A failed reload keeps the lists at hand; the next call tries again.
      outsideTransaction(() => this.reload()).catch(() => undefined);
    }
    return Promise.resolve(this.cached.value);
  }

  /**
   * The lists as stored now, read through `manager` (the caller's connection, so a caller inside a
   * transaction needs no second one). For work that must see an edit made a moment ago on another
   * process — an import's dry run right after an admin added a term — where the cache may be old.
   */
  async current(manager: EntityManager): Promise<Vocabularies> {
    const generation = ++this.generation;
    const value = await this.load(manager);
    if (generation === this.generation) this.cached = { at: Date.now(), value };
    return value;
  }

  /** Loads the lists again now (e.g. after an edit); callers get them once loaded. */
  invalidate(): void {
    this.cached = null;
    this.reload().catch(() => undefined);
  }

  private reload(): Promise<Vocabularies> {
    const generation = ++this.generation;
    const loading = this.load().then((value) => {
      if (generation === this.generation) this.cached = { at: Date.now(), value };
      return value;
    });
    this.loading = loading;
    const done = () => {
      if (this.loading === loading) this.loading = null;
    };
    loading.then(done, done);
    return loading;
  }

  /** The keys of `keys` that `kind` does not know, each with the nearest known key; empty when all are known. */
  async findUnknown(kind: VocabularyKind, keys: readonly string[]): Promise<UnknownTerm[]> {
    if (keys.length === 0) return [];
    const known = (await this.list())[kind].map((term) => term.key);
    const knownSet = new Set(known);
    return keys.flatMap((key, index) =>
      knownSet.has(key) ? [] : [{ index, key, nearest: nearestKey(key, known) }],
    );
  }

  private async load(manager: EntityManager = this.dataSource.manager): Promise<Vocabularies> {
    const rows = await manager.getRepository(VocabularyTermEntity).find({
      order: { kind: 'ASC', position: 'ASC', key: 'ASC' },
    });
    const grouped = Object.fromEntries(
      VOCABULARY_KINDS.map((kind) => [kind, [] as VocabularyTerm[]]),
    ) as Vocabularies;
    for (const row of rows) {
      grouped[row.kind]?.push({
        kind: row.kind,
        key: row.key,
        labelDe: row.labelDe,
        labelEn: row.labelEn,
        position: row.position,
        parent: row.parent,
      });
    }
    return grouped;
  }
}
