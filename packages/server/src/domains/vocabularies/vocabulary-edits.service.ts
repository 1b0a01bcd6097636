import { Injectable } from '@nestjs/common';
import type {
  FieldError,
  SaveVocabularyTermRequest,
  VocabularyKind,
  VocabularyTerm,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { VocabulariesService } from './vocabularies.service';
import { VocabularyTermEntity } from './vocabulary-term.entity';
import { lockRegionTree, regionChain } from './vocabulary-queries';

/** Why `parent` cannot be the parent of region `key`, or null when it can. */
async function parentError(
  manager: EntityManager,
  key: string,
  parent: string,
): Promise<string | null> {
  // The chain from the new parent up to the top; meeting `key` on it would close a cycle.
  const { chain } = await regionChain.one(manager, [parent]);
  if (chain.length === 0) return `"${parent}" is not a known region`;
  if (chain.includes(key)) return `"${parent}" lies within "${key}": a region cannot lie in itself`;
  return null;
}

/** Admins' changes to the vocabularies: a term's labels, order and, for regions, its parent. */
@Injectable()
export class VocabularyEditsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /** Creates the term or changes it; a new term without a position goes to the end of its list. */
  async save(
    kind: VocabularyKind,
    key: string,
    request: SaveVocabularyTermRequest,
  ): Promise<VocabularyTerm> {
    const parent = request.parent ?? null;
    const saved = await this.dataSource.transaction(async (manager) => {
      const errors: FieldError[] = [];
      if (parent !== null && kind !== 'regions') {
        errors.push({ field: 'parent', messages: ['only regions have a parent'] });
      } else if (parent !== null) {
        // Serialises edits of the tree, so that two edits cannot close a cycle between them.
        await lockRegionTree.run(manager);
        const error = await parentError(manager, key, parent);
        if (error) errors.push({ field: 'parent', messages: [error] });
      }
      if (errors.length > 0) throw invalidFields(errors);
      const repository = manager.getRepository(VocabularyTermEntity);
      const current = await repository.findOneBy({ kind, key });
      const position =
        request.position ??
        current?.position ??
        (((await repository.maximum('position', { kind })) ?? -1) as number) + 1;
      return repository.save({
        kind,
        key,
        labelDe: request.labelDe,
        labelEn: request.labelEn,
        position,
        parent,
      });
    });
    this.vocabularies.invalidate();
    return {
      kind: saved.kind,
      key: saved.key,
      labelDe: saved.labelDe,
      labelEn: saved.labelEn,
      position: saved.position,
      parent: saved.parent,
    };
  }
}
