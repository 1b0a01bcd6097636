import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MentorEntity } from '../mentors/index';
import { CohortEntity } from './cohort.entity';

/** A mentor in a cohort's mentor pool. */
@Entity({ name: 'cohort_mentors' })
export class CohortMentorEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Index('cohort_mentors_mentor_id_idx')
  @PrimaryColumn({ name: 'mentor_id', type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @ManyToOne(() => MentorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
