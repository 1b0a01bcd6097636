import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import {
  type AnswerValue,
  APPLICATION_FIELDS,
  APPLICATION_LINK_PATH,
  APPLICATION_LINK_TTL_DAYS,
  type ApplicantView,
  type ApplicationFile,
  type ApplicationProfile,
  type ApiErrorBody,
  berlinDateTime,
  checkAnswer,
  checkField,
  type FieldError,
  type FieldReasonCode,
  formatReason,
  PITCH_DECK_MAX_BYTES,
  type ReasonParam,
  type SaveApplicationRequest,
  type StartApplicationRequest,
  STARTUP_FIELDS,
  type SubmitApplicationRequest,
  type VocabularyKind,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import { LinkLimiter } from '../../infra/links/link-limiter';
import type { LinkGrant } from '../../infra/links/link-tokens';
import { MailOutbox } from '../mail/index';
import { unknownTermError } from '../records/index';
import { VocabulariesService } from '../vocabularies/index';
import { applicationRow, type ApplicationRow, filesOf } from './application-rows';
import { moveAllowed } from './application-status';
import { phaseOf, toPublicCall } from './call-mapper';
import { CallEntity } from './call.entity';
import { databaseNow } from './calls.service';
import { eligibilityOf } from './eligibility';
import { checkPitchDeck } from './pitch-deck';
import { applicationOfEmail, insertApplication } from './application-rows';
import { ConflictError, NotFoundError } from '../../infra/errors/domain-errors';
import {
  deleteApplicationFile,
  saveApplicationDraft,
  submitApplication,
  touchApplication,
  upsertApplicationFile,
} from './application-queries';

/** Who the timeline names for what an applicant does through their link. */
export const APPLICANT_ACTOR_LABEL = 'applicant';

const TTL_SECONDS = APPLICATION_LINK_TTL_DAYS * 24 * 3600;

const VOCABULARY_PROFILE_FIELDS: Partial<Record<keyof ApplicationProfile, VocabularyKind>> = {
  stage: 'stages',
  sectors: 'sectors',
  languages: 'languages',
  topics: 'topics',
};

/** An uploaded file as the controller hands it over. */
export interface UploadedDeck {
  buffer: Buffer;
  originalname: string;
  size: number;
}

function fieldError(
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): FieldError {
  return { field, code, params, messages: [formatReason(code, params, 'en')] };
}

/** The upload's name as a download may carry it: no control characters, no path. */
function safeFileName(original: string | undefined): string {
  // By code point, as the user sees characters (a surrogate pair is one).
  const name = Array.from(original ?? '')
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f || char === '/' || char === '\\' ? '_' : char;
    })
    .join('')
    .trim();
  return name === '' ? 'deck.pdf' : name;
}

/** A 409 that says why the application cannot change now, with the field it concerns. */
function stateConflict(
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam>,
): ConflictError {
  const message = formatReason(code, params, 'en');
  const body: ApiErrorBody = {
    statusCode: 409,
    error: 'Conflict',
    message,
    errors: [{ field, code, params, messages: [message] }],
  };
  return new ConflictError(body);
}

/**
 * What an applicant does, without an account: asks for a link on the call's page, then through
 * the link fills in the application over several visits (every save is kept), uploads the deck
 * and submits before the deadline. The link's application is the only one reached; the
 * database's clock decides whether the call is open.
 */
@Injectable()
export class ApplicantService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ApplicantService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly limiter: LinkLimiter,
    private readonly mail: MailOutbox,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /**
   * Mails the applicant a link to their application, starting a draft when the call is open.
   * Answered alike whatever happens (only too many requests from one address get a 429), and
   * the work runs after the answer, so that neither tells whether the address has applied. A
   * filled honeypot is a bot: nothing is sent.
   */
  async start(callId: string, request: StartApplicationRequest, ip: string): Promise<void> {
    const call = await this.dataSource.manager.findOne(CallEntity, { where: { id: callId } });
    if (!call) throw new NotFoundError(`No call has the id ${callId}`);
    await this.limiter.request(ip);
    if (request.homepage !== undefined && request.homepage.trim() !== '') return;
    const work = this.mailLink(call, request)
      .catch((error: unknown) =>
        this.logger.error(`A requested application link was not sent: ${String(error)}`),
      )
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** Changes nothing: mail scanners open links. */
  async view(caller: LinkCaller): Promise<ApplicantView> {
    const grant = await this.gate.open(caller.token, 'application', caller.ip);
    return this.viewOf(this.dataSource.manager, grant);
  }

  /** Saves the fields given (a draft's autosave); 409 once submitted or outside the call's dates. */
  async save(caller: LinkCaller, request: SaveApplicationRequest): Promise<ApplicantView> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'application', caller.ip);
      const { row, call } = await this.editable(manager, grant);
      const changes = await this.checkedChanges(call, request);
      await saveApplicationDraft.run(manager, [
        row.id,
        changes.founderName !== undefined,
        changes.founderName ?? null,
        JSON.stringify(changes.profile),
        JSON.stringify(changes.answers),
        request.locale ?? null,
      ]);
      return this.viewOf(manager, grant);
    });
  }

  /** Stores a deck (replacing the one before) once its content proved to be a readable PDF. */
  async upload(
    caller: LinkCaller,
    questionKey: string,
    file: UploadedDeck | undefined,
  ): Promise<ApplicationFile> {
    const verdict = await checkPitchDeck(file?.buffer);
    if (!verdict.ok) {
      const params: Record<string, ReasonParam> =
        verdict.code === 'fileTooLarge'
          ? { max: PITCH_DECK_MAX_BYTES / 1024 / 1024 }
          : verdict.code === 'pdfUnreadable'
            ? { detail: verdict.detail ?? '' }
            : {};
      throw invalidFields([fieldError('file', verdict.code, params)]);
    }
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'application', caller.ip);
      const { row, call } = await this.editable(manager, grant);
      const question = call.questions.find((q) => q.key === questionKey);
      if (!question || question.kind !== 'pitchDeck') {
        throw invalidFields([fieldError('questionKey', 'notUploadQuestion')]);
      }
      const name = safeFileName(file!.originalname);
      await upsertApplicationFile.run(manager, [
        row.id,
        questionKey,
        name.slice(0, 255),
        file!.buffer.length,
        verdict.pages,
        file!.buffer,
      ]);
      await touchApplication.run(manager, [row.id]);
      const files = await filesOf(manager, row.id);
      return files.find((stored) => stored.questionKey === questionKey)!;
    });
  }

  async removeFile(caller: LinkCaller, questionKey: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'application', caller.ip);
      const { row } = await this.editable(manager, grant);
      await deleteApplicationFile.run(manager, [row.id, questionKey]);
    });
  }

  /**
   * Submits before the deadline: every required answer given, the consent to the current text
   * recorded with the time. The eligibility answers pre-mark the application; the applicant gets
   * the confirmation email in their language.
   */
  async submit(caller: LinkCaller, request: SubmitApplicationRequest): Promise<ApplicantView> {
    const { view, outboxId } = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'application', caller.ip);
      const { row, call } = await this.editable(manager, grant);
      if (request.consentVersion !== call.consentVersion) {
        throw stateConflict('consentVersion', 'consentOutdated', {});
      }
      await this.assertComplete(manager, row, call);
      const eligibility = eligibilityOf(call.questions, row.answers);
      if (!moveAllowed(row.status, 'submitted'))
        throw new Error(`Cannot submit from ${row.status}`);
      await submitApplication.run(manager, [
        row.id,
        call.consentVersion,
        eligibility.state,
        eligibility.reason,
      ]);
      await this.activity.record(manager, {
        subjectType: 'application',
        subjectId: row.id,
        kind: 'application',
        actorId: null,
        actorLabel: APPLICANT_ACTOR_LABEL,
        data: { action: 'submitted', eligibility: eligibility.state },
        changes: [{ field: 'status', before: 'draft', after: 'submitted' }],
      });
      const outboxId = await this.mail.add(manager, {
        to: row.email,
        toName: row.founderName,
        locale: row.locale,
        template: 'application-received',
        data: {
          callTitle: call.title[row.locale],
          confirmation: call.confirmation[row.locale],
          founderName: row.founderName,
        },
        subjectType: 'application',
        subjectId: row.id,
        key: `application-received.${row.id}`,
      });
      return { view: await this.viewOf(manager, grant), outboxId };
    });
    await this.mail.dispatch([outboxId]);
    return view;
  }

  private async mailLink(call: CallEntity, request: StartApplicationRequest): Promise<void> {
    const email = request.email.trim();
    if (!(await this.limiter.mayMail(email))) return;
    const outboxId = await this.dataSource.transaction(async (manager) => {
      const now = await databaseNow(manager);
      let [found] = await applicationOfEmail.all(manager, [call.id, email]);
      if (!found) {
        // A new application only while the call is open; after it, only those who applied get a link.
        if (phaseOf(call, now) !== 'open') return null;
        [found] = await insertApplication.all(manager, [call.id, email, request.locale]);
        // Another request for the same address won the insert: its mail carries the link.
        if (!found) return null;
      }
      return this.mail.add(manager, {
        to: email,
        toName: found.founderName,
        locale: request.locale,
        template: 'application-link',
        data: { callTitle: call.title[request.locale], closesAt: call.closesAt.toISOString() },
        link: {
          path: APPLICATION_LINK_PATH,
          purpose: 'application',
          subjectType: 'application',
          subjectId: found.id,
          ttlSeconds: TTL_SECONDS,
          singleUse: false,
          revokeEarlier: true,
          createdBy: null,
        },
        subjectType: 'application',
        subjectId: found.id,
      });
    });
    if (outboxId) await this.mail.dispatch([outboxId]);
  }

  /** The link's application and call, locked; 409 when it can no longer change. */
  private async editable(
    manager: EntityManager,
    grant: LinkGrant,
  ): Promise<{ row: ApplicationRow; call: CallEntity }> {
    const row = await applicationRow(manager, grant.subjectId, true);
    // Erased since the link was sent: the link reaches nothing.
    if (!row) throw new LinkFailedError('unknown');
    const call = await manager.findOneOrFail(CallEntity, { where: { id: row.callId } });
    if (row.status !== 'draft') {
      throw stateConflict('status', 'alreadySubmitted', {
        submitted: berlinDateTime(row.submittedAt ?? row.updatedAt, 'en'),
      });
    }
    const phase = phaseOf(call, await databaseNow(manager));
    if (phase === 'upcoming') {
      throw stateConflict('opensAt', 'callNotOpen', { opens: berlinDateTime(call.opensAt, 'en') });
    }
    if (phase === 'closed') {
      throw stateConflict('closesAt', 'callClosed', {
        closes: berlinDateTime(call.closesAt, 'en'),
      });
    }
    return { row, call };
  }

  /** Every part of the request checked against the call's form; 400 listing all that is wrong. */
  private async checkedChanges(
    call: CallEntity,
    request: SaveApplicationRequest,
  ): Promise<{
    founderName: string | null | undefined;
    profile: Record<string, unknown>;
    answers: Record<string, AnswerValue>;
  }> {
    const errors: FieldError[] = [];
    let founderName: string | null | undefined;
    if (request.founderName !== undefined) {
      const verdict = checkField(APPLICATION_FIELDS.founderName, request.founderName);
      if (verdict.ok) founderName = verdict.value as string | null;
      else errors.push(fieldError('founderName', verdict.reason.code, verdict.reason.params));
    }
    const asked = new Set<string>(['name', ...call.profileFields]);
    const profile: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(request.profile ?? {})) {
      const path = `profile.${field}`;
      if (!asked.has(field)) {
        errors.push(fieldError(path, 'notFormField'));
        continue;
      }
      const rule = STARTUP_FIELDS[field as keyof typeof STARTUP_FIELDS];
      const verdict = checkField({ ...rule, required: false }, value);
      if (!verdict.ok) {
        const at = verdict.index === undefined ? path : `${path}.${verdict.index}`;
        errors.push(fieldError(at, verdict.reason.code, verdict.reason.params));
        continue;
      }
      const kind = VOCABULARY_PROFILE_FIELDS[field as keyof ApplicationProfile];
      if (kind && verdict.value !== null) {
        const keys = Array.isArray(verdict.value)
          ? (verdict.value as string[])
          : [verdict.value as string];
        for (const term of await this.vocabularies.findUnknown(kind, keys)) {
          const at = Array.isArray(verdict.value) ? `${path}.${term.index}` : path;
          errors.push(await unknownTermError(this.vocabularies, at, kind, term));
        }
      }
      profile[field] = verdict.value;
    }
    const answers: Record<string, AnswerValue> = {};
    for (const [key, value] of Object.entries(request.answers ?? {})) {
      const path = `answers.${key}`;
      const question = call.questions.find((q) => q.key === key);
      if (!question || question.kind === 'pitchDeck') {
        errors.push(fieldError(path, 'notFormField'));
        continue;
      }
      const verdict = checkAnswer(question, value, false);
      if (!verdict.ok) {
        const at = verdict.index === undefined ? path : `${path}.${verdict.index}`;
        errors.push(fieldError(at, verdict.reason.code, verdict.reason.params));
        continue;
      }
      answers[key] = verdict.value as AnswerValue;
    }
    if (errors.length > 0) throw invalidFields(errors);
    return { founderName, profile, answers };
  }

  /** 400 naming every required part that is missing, as the form marks them. */
  private async assertComplete(
    manager: EntityManager,
    row: ApplicationRow,
    call: CallEntity,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (!row.founderName) errors.push(fieldError('founderName', 'required'));
    const name = row.profile.name;
    if (typeof name !== 'string' || name.trim() === '')
      errors.push(fieldError('profile.name', 'required'));
    const files = new Set((await filesOf(manager, row.id)).map((file) => file.questionKey));
    for (const question of call.questions) {
      const path = `answers.${question.key}`;
      if (question.kind === 'pitchDeck') {
        if (question.required && !files.has(question.key))
          errors.push(fieldError(path, 'required'));
        continue;
      }
      const verdict = checkAnswer(question, row.answers[question.key], true);
      if (!verdict.ok) errors.push(fieldError(path, verdict.reason.code, verdict.reason.params));
    }
    if (errors.length > 0) throw invalidFields(errors);
  }

  private async viewOf(manager: EntityManager, grant: LinkGrant): Promise<ApplicantView> {
    const row = await applicationRow(manager, grant.subjectId);
    if (!row) throw new LinkFailedError('unknown');
    const call = await manager.findOneOrFail(CallEntity, { where: { id: row.callId } });
    return {
      call: toPublicCall(call, await databaseNow(manager)),
      email: row.email,
      locale: row.locale,
      status: row.status,
      founderName: row.founderName,
      profile: row.profile,
      answers: row.answers,
      files: await filesOf(manager, row.id),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      confirmation: row.status === 'draft' ? null : call.confirmation,
      linkExpiresAt: grant.expiresAt.toISOString(),
    };
  }
}
