import type { VocabularyKind } from '@kohorte/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'vocabulary_terms' })
export class VocabularyTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: VocabularyKind;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ name: 'label_de', type: 'varchar', length: 120 })
  labelDe!: string;

  @Column({ name: 'label_en', type: 'varchar', length: 120 })
  labelEn!: string;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  /** Regions only: the key of the region this one lies in (Leipzig → sachsen); null at the top. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  parent!: string | null;
}
