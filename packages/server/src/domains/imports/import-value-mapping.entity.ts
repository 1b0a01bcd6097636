import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../infra/auth/user.entity';

/**
 * What a value that a list does not know means, as a manager decided on an import: in `domain`
 * (a vocabulary kind, or `<import kind>.<field>` for fixed choices), a value that normalises to
 * `value` means the term `key`. Later imports read the value the same way.
 */
@Entity({ name: 'import_value_mappings' })
export class ImportValueMappingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  domain!: string;

  /** The value without case, accents, punctuation or spaces (see `normalizeValue`). */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  value!: string;

  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
