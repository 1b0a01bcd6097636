import type { LinkPurpose, SubjectType } from '@kohorte/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A link sent by email: the SHA-256 hash of its random token (never the token), what it grants
 * (`purpose`) and on which one record. Single-use links are spent by `used_at`; multi-use links
 * (a profile session) count their `uses` until they expire.
 */
@Entity({ name: 'link_tokens' })
@Index('link_tokens_token_hash_key', ['tokenHash'], { unique: true })
// Finds a record's live links, to revoke the earlier ones when a new one is sent.
@Index('link_tokens_subject_idx', ['subjectType', 'subjectId', 'purpose'])
export class LinkTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Hex SHA-256 of the token. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: LinkPurpose;

  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType!: SubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** What else the purpose needs to know (e.g. the founder a profile link was sent to). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  extra!: Record<string, unknown>;

  @Column({ name: 'single_use', type: 'boolean' })
  singleUse!: boolean;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  uses!: number;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The staff member who had it sent; null when the person asked for it on the public page. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
