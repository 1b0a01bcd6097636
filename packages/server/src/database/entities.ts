import { ActivityEntity } from '../activity/activity.entity';
import { ApplicationFileEntity } from '../applications/application-file.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { CallEntity } from '../applications/call.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { StartupContactEntity } from '../contacts/startup-contact.entity';
import { StartupFiguresEntity } from '../founder-profile/startup-figures.entity';
import { ImportJobEntity } from '../imports/import-job.entity';
import { ImportValueMappingEntity } from '../imports/import-value-mapping.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { MatchProposalEntity } from '../matching/match-proposal.entity';
import { MatchRuleEntity } from '../matching/match-rule.entity';
import { MatchingRunEntity } from '../matching/matching-run.entity';
import { LinkTokenEntity } from '../links/link-token.entity';
import { InvestorEntity } from '../investors/investor.entity';
import { MentorEntity } from '../mentors/mentor.entity';
import { MentorshipEntity } from '../programmes/mentorship.entity';
import { CohortMembershipEntity } from '../programmes/cohort-membership.entity';
import { CohortMentorEntity } from '../programmes/cohort-mentor.entity';
import { CohortEntity } from '../programmes/cohort.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { JobOutboxEntity } from '../queue/job-outbox.entity';
import { SavedFilterEntity } from '../saved-filters/saved-filter.entity';
import { StartupEntity } from '../startups/startup.entity';
import { AccessReportEntity } from '../privacy/access-report.entity';
import { ErasureRecordEntity } from '../privacy/erasure-record.entity';
import { RetentionSettingEntity } from '../privacy/retention-setting.entity';
import { AuditEntryEntity } from '../privacy/audit-entry.entity';
import { ConsentEntity } from '../privacy/consent.entity';
import { VocabularyTermEntity } from '../vocabularies/vocabulary-term.entity';
import { CallReviewerEntity } from '../reviews/call-reviewer.entity';
import { ReviewRubricEntity } from '../reviews/review-rubric.entity';
import { ReviewEntity } from '../reviews/review.entity';
import { ReviewConflictEntity, ReviewPinEntity } from '../reviews/review-pair.entities';

/** Every entity, registered explicitly (no globs: they break under bundlers and ESM tests). */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  VocabularyTermEntity,
  StartupEntity,
  MentorEntity,
  InvestorEntity,
  ProgrammeEntity,
  CohortEntity,
  CohortMembershipEntity,
  CohortMentorEntity,
  MentorshipEntity,
  StartupContactEntity,
  ActivityEntity,
  SavedFilterEntity,
  ImportJobEntity,
  ImportValueMappingEntity,
  MatchingRunEntity,
  MatchProposalEntity,
  MatchRuleEntity,
  MailOutboxEntity,
  LinkTokenEntity,
  StartupFiguresEntity,
  JobOutboxEntity,
  CallEntity,
  ApplicationEntity,
  ApplicationFileEntity,
  AccessReportEntity,
  ErasureRecordEntity,
  RetentionSettingEntity,
  AuditEntryEntity,
  ConsentEntity,
  CallReviewerEntity,
  ReviewRubricEntity,
  ReviewEntity,
  ReviewConflictEntity,
  ReviewPinEntity,
];
