import type { Call, CallPhase, PublicCall } from '@kohorte/contracts';
import type { CallEntity } from './call.entity';

/** Where a call stands at `now` (the database's clock, for deadlines the server decides). */
export function phaseOf(call: Pick<CallEntity, 'opensAt' | 'closesAt'>, now: Date): CallPhase {
  if (now < call.opensAt) return 'upcoming';
  return now < call.closesAt ? 'open' : 'closed';
}

export function toCall(entity: CallEntity, cohortName: string): Call {
  return {
    id: entity.id,
    cohortId: entity.cohortId,
    cohortName,
    opensAt: entity.opensAt.toISOString(),
    closesAt: entity.closesAt.toISOString(),
    title: entity.title,
    intro: entity.intro,
    confirmation: entity.confirmation,
    consent: entity.consent,
    consentVersion: entity.consentVersion,
    profileFields: entity.profileFields,
    questions: entity.questions,
    retentionDays: entity.retentionDays,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** What anyone may read: no eligibility answers (people answer truthfully, not to pass). */
export function toPublicCall(entity: CallEntity, now: Date): PublicCall {
  return {
    id: entity.id,
    opensAt: entity.opensAt.toISOString(),
    closesAt: entity.closesAt.toISOString(),
    phase: phaseOf(entity, now),
    title: entity.title,
    intro: entity.intro,
    consent: entity.consent,
    consentVersion: entity.consentVersion,
    profileFields: entity.profileFields,
    questions: entity.questions.map(({ excludingAnswers: _excluding, ...question }) => question),
  };
}
