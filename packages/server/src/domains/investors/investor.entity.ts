import type { InvestorStatus, InvestorType, Locale } from '@kohorte/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { bigintNumber } from '../../infra/database/bigint-number.transformer';

/** An angel, fund or public funder, and what it invests in. */
@Entity({ name: 'investors' })
@Check(
  'investors_ticket_range_check',
  `"ticket_min_eur" IS NULL OR "ticket_max_eur" IS NULL OR "ticket_min_eur" <= "ticket_max_eur"`,
)
@Check('investors_locale_check', `"locale" IN ('de', 'en')`)
@Index('investors_email_lower_key', { synchronize: false })
@Index('investors_status_name_lower_idx', { synchronize: false })
@Index('investors_finder_trgm_idx', { synchronize: false })
@Index('investors_tags_idx', ['tags'], { type: 'gin' })
export class InvestorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The person's or the fund's name. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: InvestorType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  stages!: string[];

  @Column({ name: 'ticket_min_eur', type: 'bigint', nullable: true, transformer: bigintNumber })
  ticketMinEur!: number | null;

  @Column({ name: 'ticket_max_eur', type: 'bigint', nullable: true, transformer: bigintNumber })
  ticketMaxEur!: number | null;

  /** Region keys of the region vocabulary. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: string[];

  /**
   * Regions kept as free text from before regions were a vocabulary, which no known spelling
   * named: shown to staff until an admin maps them to region keys.
   */
  @Column({ name: 'unmapped_regions', type: 'text', array: true, default: () => "'{}'" })
  unmappedRegions!: string[];

  /** How many introductions per matching round the investor takes. */
  @Column({ name: 'intros_per_round', type: 'smallint', default: 3 })
  introsPerRound!: number;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: InvestorStatus;

  /** The language the investor's emails and link pages are in. */
  @Column({ type: 'varchar', length: 2, default: 'de' })
  locale!: Locale;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Set while archived: hidden from lists and matching, kept for the history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
