import { Injectable } from '@nestjs/common';
import type {
  ListProgrammesQuery,
  Page,
  Programme,
  ProgrammeInput,
  UpdateProgrammeRequest,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { escapeLike, pageOf, searchWords } from '../../infra/list-pages/list-sql';
import { programmeNotFound } from './programme-errors';
import { ProgrammeEntity } from './programme.entity';
import { fieldConflict } from '../../infra/errors/conflict';
import {
  cohortCountOfProgramme,
  lockedProgramme,
  PROGRAMME_COLUMNS,
  programmeById,
  programmeCount,
  programmeRows,
  type ProgrammeRow,
} from './programme-queries';

const EDITABLE_FIELDS = [
  'name',
  'description',
] as const satisfies readonly (keyof ProgrammeInput)[];

function toProgramme(row: ProgrammeRow): Programme {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Programmes: the recurring offerings that cohorts belong to. Each write in one transaction. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
  ) {}

  async list(query: ListProgrammesQuery): Promise<Page<Programme>> {
    const { page, pageSize } = pageOf(query);
    const params: unknown[] = [];
    const where = searchWords(query.q).map((word) => {
      params.push(`%${escapeLike(word)}%`);
      return `lower(p.name) LIKE $${params.length}`;
    });
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { total } = await programmeCount.one(
      this.dataSource,
      `SELECT count(*)::int AS total FROM programmes p ${filter}`,
      params,
    );
    const rows = await programmeRows.all(
      this.dataSource,
      `SELECT ${PROGRAMME_COLUMNS} FROM programmes p ${filter}
       ORDER BY lower(p.name), p.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toProgramme), total, page, pageSize };
  }

  get(id: string): Promise<Programme> {
    return this.read(this.dataSource.manager, id);
  }

  async create(input: ProgrammeInput, actorId: string | null): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ProgrammeEntity, {
          name: input.name,
          description: input.description ?? null,
        }),
      );
      await this.activity.record(manager, {
        subjectType: 'programme',
        subjectId: saved.id,
        kind: 'created',
        actorId,
        data: { name: saved.name },
      });
      return this.read(manager, saved.id);
    });
  }

  /** Changes the fields given; a patch that changes nothing writes nothing. */
  async update(
    id: string,
    patch: UpdateProgrammeRequest,
    actorId: string | null,
  ): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ProgrammeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw programmeNotFound(id);
      const changes = fieldChanges(current, patch, EDITABLE_FIELDS);
      if (changes.length > 0) {
        for (const change of changes) {
          (current as unknown as Record<string, unknown>)[change.field] = change.after;
        }
        await manager.save(current);
        await this.activity.record(manager, {
          subjectType: 'programme',
          subjectId: id,
          kind: 'updated',
          actorId,
          changes,
        });
      }
      return this.read(manager, id);
    });
  }

  /** Deletes a programme without cohorts, and its timeline; one with cohorts is a 409 naming `cohorts`. */
  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // FOR UPDATE also waits for (and then blocks) a cohort being created in it.
      const [row] = await lockedProgramme.all(manager, [id]);
      if (!row) throw programmeNotFound(id);
      const { n } = await cohortCountOfProgramme.one(manager, [id]);
      if (n > 0) {
        throw fieldConflict(
          'cohorts',
          `The programme still has ${n} cohort${n === 1 ? '' : 's'}; delete ${n === 1 ? 'it' : 'them'} first`,
        );
      }
      await manager.delete(ProgrammeEntity, { id });
      await this.activity.deleteTimeline(manager, 'programme', id);
    });
  }

  private async read(manager: EntityManager, id: string): Promise<Programme> {
    const [row] = await programmeById.all(manager, [id]);
    if (!row) throw programmeNotFound(id);
    return toProgramme(row);
  }
}
