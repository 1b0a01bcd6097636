import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ApplicationEntity } from './application.entity';

/**
 * An uploaded file of an application (a pitch deck), in PostgreSQL so that backups include it.
 * Checked as a PDF by its content before it is stored; one per application and question.
 */
@Entity({ name: 'application_files' })
@Index('application_files_question_key', ['applicationId', 'questionKey'], { unique: true })
export class ApplicationFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ name: 'question_key', type: 'varchar', length: 64 })
  questionKey!: string;

  /** The name the applicant's file had, for the download; never used to judge the content. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'integer' })
  pages!: number;

  @Column({ type: 'bytea' })
  content!: Buffer;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
