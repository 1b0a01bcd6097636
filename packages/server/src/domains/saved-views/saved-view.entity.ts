import type { SavedViewList } from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../../infra/auth/user.entity';

/** A list view a staff member named and kept: the list and its query parameters. */
@Entity({ name: 'saved_filters' })
// Hand-written: unique (user_id, list, lower(name)).
@Index('saved_filters_user_list_name_key', { synchronize: false })
export class SavedViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  list!: SavedViewList;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The list's query parameters as the URL carries them (paging excluded). */
  @Column({ type: 'jsonb' })
  query!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
