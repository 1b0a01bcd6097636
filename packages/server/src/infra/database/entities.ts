import { TimelineEntryEntity } from '../../domains/timeline/timeline-entry.entity';
import { ApplicationFileEntity } from '../../domains/applications/application-file.entity';
import { ApplicationEntity } from '../../domains/applications/application.entity';
import { CallEntity } from '../../domains/applications/call.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { StartupContactEntity } from '../../domains/contacts/startup-contact.entity';
import { StartupFiguresEntity } from '../../domains/founder-profile/startup-figures.entity';
import { ImportJobEntity } from '../../domains/imports/import-job.entity';
import { ImportValueMappingEntity } from '../../domains/imports/import-value-mapping.entity';
import { MailOutboxEntity } from '../../domains/mail/mail-outbox.entity';
import { MatchProposalEntity } from '../../domains/matching/match-proposal.entity';
import { MatchRuleEntity } from '../../domains/matching/match-rule.entity';
import { MatchingRunEntity } from '../../domains/matching/matching-run.entity';
import { LinkTokenEntity } from '../links/link-token.entity';
import { InvestorEntity } from '../../domains/investors/investor.entity';
import { MentorEntity } from '../../domains/mentors/mentor.entity';
import { MentorshipEntity } from '../../domains/programmes/mentorship.entity';
import { CohortMembershipEntity } from '../../domains/programmes/cohort-membership.entity';
import { CohortMentorEntity } from '../../domains/programmes/cohort-mentor.entity';
import { CohortEntity } from '../../domains/programmes/cohort.entity';
import { ProgrammeEntity } from '../../domains/programmes/programme.entity';
import { JobOutboxEntity } from '../queue/job-outbox.entity';
import { SavedViewEntity } from '../../domains/saved-views/saved-view.entity';
import { StartupEntity } from '../../domains/startups/startup.entity';
import { AccessReportEntity } from '../../domains/privacy/access-report.entity';
import { ErasureRecordEntity } from '../../domains/privacy/erasure-record.entity';
import { RetentionSettingEntity } from '../../domains/privacy/retention-setting.entity';
import { AuditEntryEntity } from '../../domains/privacy/audit-entry.entity';
import { ConsentEntity } from '../../domains/privacy/consent.entity';
import { VocabularyTermEntity } from '../../domains/vocabularies/vocabulary-term.entity';
import { CallReviewerEntity } from '../../domains/reviews/call-reviewer.entity';
import { ReviewRubricEntity } from '../../domains/reviews/review-rubric.entity';
import { ReviewEntity } from '../../domains/reviews/review.entity';
import { ReviewConflictEntity, ReviewPinEntity } from '../../domains/reviews/review-pair.entities';

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
  TimelineEntryEntity,
  SavedViewEntity,
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
