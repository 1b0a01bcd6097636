import { Injectable } from '@nestjs/common';
import type { MapUnmappedRegionRequest, UnmappedRegion } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { ActivityRecorder } from '../activity/activity-recorder';
import { invalidFields } from '../errors/invalid-fields';
import { VocabulariesService } from '../vocabularies/vocabularies.service';

interface MappedRow {
  id: string;
  before: string[];
  after: string[];
  unmappedBefore: string[];
  unmappedAfter: string[];
}

/**
 * Free-text regions kept from before regions were a vocabulary: which ones are left, and an
 * admin's mapping of one of them onto region keys on every investor that names it.
 */
@Injectable()
export class UnmappedRegionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: ActivityRecorder,
  ) {}

  /** Each kept text with the number of investors naming it, most named first. */
  async list(): Promise<UnmappedRegion[]> {
    return (await this.dataSource.query(
      `SELECT text, count(*)::int AS investors
       FROM investors, unnest(unmapped_regions) AS u(text)
       GROUP BY text ORDER BY count(*) DESC, lower(text), text`,
    )) as UnmappedRegion[];
  }

  /** Replaces the text by the keys on every investor naming it; returns how many changed. */
  async map(request: MapUnmappedRegionRequest, actorId: string | null): Promise<number> {
    const unknown = await this.vocabularies.findUnknown('regions', request.keys);
    if (unknown.length > 0) {
      throw invalidFields(
        unknown.map((term) => ({
          field: `keys.${term.index}`,
          messages: [`"${term.key}" is not a known region`],
        })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `WITH named AS (
           SELECT id, regions, unmapped_regions FROM investors
           WHERE $1 = ANY (unmapped_regions) FOR UPDATE)
         UPDATE investors i
         SET unmapped_regions = array_remove(named.unmapped_regions, $1),
             regions = named.regions || ARRAY(
               SELECT k FROM unnest($2::text[]) AS k WHERE k <> ALL (named.regions)),
             updated_at = now()
         FROM named WHERE i.id = named.id
         RETURNING i.id, named.regions AS before, i.regions AS after,
           named.unmapped_regions AS "unmappedBefore", i.unmapped_regions AS "unmappedAfter"`,
        [request.text, request.keys],
      )) as [MappedRow[], number];
      await this.activity.record(
        manager,
        ...rows.map((row) => ({
          subjectType: 'investor' as const,
          subjectId: row.id,
          kind: 'updated' as const,
          actorId,
          changes: [
            { field: 'regions', before: row.before, after: row.after },
            { field: 'unmappedRegions', before: row.unmappedBefore, after: row.unmappedAfter },
          ],
        })),
      );
      return rows.length;
    });
  }
}
