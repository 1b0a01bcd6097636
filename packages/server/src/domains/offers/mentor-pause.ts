import { Injectable } from '@nestjs/common';
import {
  OFFER_PAUSE_MAX_DAYS,
  type PauseOffersRequest,
  type PauseOffersResult,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import { MENTOR_ACTOR_LABEL } from './mentor-offers.service';
import { readOffer } from './offer-rows';
import { lockedMentorWindow, pauseInRange, pauseMentorUntil } from './offer-queries';

/**
 * A mentor pauses new offers through an offer link: their availability starts on the chosen day,
 * so matching runs leave them out until then (see `loadRunInputs`). The link is checked like the
 * GET (rate-limited, not spent): the offer itself stays answerable. One transaction, with the
 * mentor's row locked and a timeline entry (`updated`, by "mentor", before → after).
 */
@Injectable()
export class MentorPause {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly activity: TimelineRecorder,
  ) {}

  async pause(caller: LinkCaller, request: PauseOffersRequest): Promise<PauseOffersResult> {
    // The link is checked (and the attempt counted) before the transaction: a stream of
    // guessed tokens never holds a database connection, and the check needs none of its own.
    const grant = await this.gate.open(caller.token, 'mentor-offer', caller.ip);
    const proposalId = grant.extra.proposalId;
    if (typeof proposalId !== 'string') throw new LinkFailedError('unknown');
    return this.dataSource.transaction(async (manager) => {
      const offer = await readOffer(manager, proposalId, false);
      if (!offer || offer.mentorId !== grant.subjectId) throw new LinkFailedError('unknown');
      // Answered, withdrawn or expired since the email: the link no longer works for anything.
      if (offer.status !== 'offered') throw new LinkFailedError('revoked');

      const { inRange } = await pauseInRange.one(manager, [request.until, OFFER_PAUSE_MAX_DAYS]);
      if (!inRange) {
        throw invalidFields([
          {
            field: 'until',
            messages: [`until must be after today and at most ${OFFER_PAUSE_MAX_DAYS} days ahead`],
          },
        ]);
      }
      const mentor = await lockedMentorWindow.one(manager, [offer.mentorId]);
      if (mentor.availableUntil !== null && request.until > mentor.availableUntil) {
        throw invalidFields([
          {
            field: 'until',
            messages: [
              `until must not be after the end of your availability (${mentor.availableUntil})`,
            ],
          },
        ]);
      }
      if (mentor.availableFrom !== request.until) {
        await pauseMentorUntil.run(manager, [offer.mentorId, request.until]);
        await this.activity.record(manager, {
          subjectType: 'mentor',
          subjectId: offer.mentorId,
          kind: 'updated',
          actorId: null,
          actorLabel: MENTOR_ACTOR_LABEL,
          changes: [{ field: 'availableFrom', before: mentor.availableFrom, after: request.until }],
          data: { proposalId: offer.proposalId, action: 'paused' },
        });
      }
      return { availableFrom: request.until };
    });
  }
}
