import type { RetentionKind } from '@kohorte/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How long one kind of data is kept (days; null: until erased by hand), as an admin set it. */
@Entity({ name: 'privacy_retention' })
export class RetentionSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind!: RetentionKind;

  @Column({ type: 'integer', nullable: true })
  days!: number | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
