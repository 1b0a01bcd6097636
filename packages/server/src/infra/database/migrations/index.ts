import { InitialSchema1795855110375 } from './1795855110375-InitialSchema';
import { SeedVocabularies1795855400000 } from './1795855400000-SeedVocabularies';
import { StartupListIndexes1795855865345 } from './1795855865345-StartupListIndexes';
import { ProgrammeRecords1795860984358 } from './1795860984358-ProgrammeRecords';
import { RecordsTimelineImports1795864000706 } from './1795864000706-RecordsTimelineImports';
import { MatchingRuns1795865612887 } from './1795865612887-MatchingRuns';
import { MailOutbox1795869166536 } from './1795869166536-MailOutbox';
import { LinkTokens1795869216781 } from './1795869216781-LinkTokens';
import { ProposalFollowUpTimes1795873992219 } from './1795873992219-ProposalFollowUpTimes';
import { InvestorLocale1795877962406 } from './1795877962406-InvestorLocale';
import { JobOutbox1796606415890 } from './1796606415890-JobOutbox';
import { RegionVocabulary1796608369838 } from './1796608369838-RegionVocabulary';
import { SeedRegions1796608369839 } from './1796608369839-SeedRegions';
import { ImportFilesValuesContacts1796608404165 } from './1796608404165-ImportFilesValuesContacts';
import { OfferDeadline1796700000000 } from './1796700000000-OfferDeadline';
import { PrivacyReportsErasures1796800000000 } from './1796800000000-PrivacyReportsErasures';
import { PrivacyRetention1796800000001 } from './1796800000001-PrivacyRetention';
import { PrivacyConsents1796800000002 } from './1796800000002-PrivacyConsents';
import { ApplicationCalls1796900000000 } from './1796900000000-ApplicationCalls';
import { Reviews1797100000000 } from './1797100000000-Reviews';
import { PrivacyAudit1797200000000 } from './1797200000000-PrivacyAudit';
import { SessionChangeNotices1797250000000 } from './1797250000000-SessionChangeNotices';
import { UserFormatLocale1797310000000 } from './1797310000000-UserFormatLocale';

/** Every migration in the order it runs. Generated, reviewed, never edited after it lands. */
export const MIGRATIONS = [
  InitialSchema1795855110375,
  SeedVocabularies1795855400000,
  StartupListIndexes1795855865345,
  ProgrammeRecords1795860984358,
  RecordsTimelineImports1795864000706,
  MatchingRuns1795865612887,
  MailOutbox1795869166536,
  LinkTokens1795869216781,
  ProposalFollowUpTimes1795873992219,
  InvestorLocale1795877962406,
  JobOutbox1796606415890,
  RegionVocabulary1796608369838,
  SeedRegions1796608369839,
  ImportFilesValuesContacts1796608404165,
  OfferDeadline1796700000000,
  PrivacyReportsErasures1796800000000,
  PrivacyRetention1796800000001,
  PrivacyConsents1796800000002,
  ApplicationCalls1796900000000,
  Reviews1797100000000,
  PrivacyAudit1797200000000,
  SessionChangeNotices1797250000000,
  UserFormatLocale1797310000000,
];
