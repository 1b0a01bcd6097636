import { Injectable } from '@nestjs/common';
import type { MapUnmappedRegionRequest, UnmappedRegion } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { VocabulariesService } from '../vocabularies/index';
import { mapUnmappedRegion, unmappedRegions } from './investor-queries';

/**
 * Free-text regions kept from before regions were a vocabulary: which ones are left, and an
 * admin's mapping of one of them onto region keys on every investor that names it.
 */
@Injectable()
export class UnmappedRegionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: TimelineRecorder,
  ) {}

  /** Each kept text with the number of investors naming it, most named first. */
  async list(): Promise<UnmappedRegion[]> {
    return unmappedRegions.all(this.dataSource);
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
      const { rows } = await mapUnmappedRegion.write(manager, [request.text, request.keys]);
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
