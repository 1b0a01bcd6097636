import { Injectable } from '@nestjs/common';
import {
  VOCABULARY_KINDS,
  type Vocabularies,
  type VocabularyKind,
  type VocabularyTerm,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
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
export class VocabulariesService {
  private cached: { at: number; value: Promise<Vocabularies> } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Every term, grouped by kind, in list order. */
  list(): Promise<Vocabularies> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > CACHE_MS) {
      const value = this.load();
      this.cached = { at: now, value };
      // A failed load must not be served from the cache.
      value.catch(() => {
        if (this.cached?.value === value) this.cached = null;
      });
    }
    return this.cached.value;
  }

  /** Forget the cached lists, e.g. after an edit. */
  invalidate(): void {
    this.cached = null;
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

  private async load(): Promise<Vocabularies> {
    const rows = await this.dataSource.getRepository(VocabularyTermEntity).find({
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
      });
    }
    return grouped;
  }
}
