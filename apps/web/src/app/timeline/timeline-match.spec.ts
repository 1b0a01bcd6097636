import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { TestBed } from '@angular/core/testing';
import { TimelineEntry, SubjectType } from '@kohorte/contracts';
import { provideTestEnvironment } from '../../testing/test-providers';
import { LanguageService } from '../core/i18n/language';
import { TimelineFormatter } from './timeline-format';

/** The data the server writes on both sides of a pair (packages/server/src/domains/offers, introductions). */
const MENTOR_PAIR = {
  runId: 'r1',
  cohortId: 'c1',
  cohortName: 'Batch 2026',
  proposalId: 'p1',
  startupId: 's1',
  startupName: 'Acme Solar',
  partnerType: 'mentor',
  partnerId: 'm1',
  partnerName: 'Jana Berg',
  score: 81,
};
const INVESTOR_PAIR = {
  ...MENTOR_PAIR,
  partnerType: 'investor',
  partnerId: 'i1',
  partnerName: 'Nordlicht Ventures',
  investorId: 'i1',
  investorName: 'Nordlicht Ventures',
};

function entry(
  subjectType: SubjectType,
  kind: TimelineEntry['kind'],
  data: Record<string, unknown>,
  actorLabel: string | null = null,
): TimelineEntry {
  return {
    id: 'e1',
    subjectType,
    subjectId: subjectType === 'startup' ? 's1' : String(data['partnerId'] ?? 'm1'),
    kind,
    actor: null,
    actorLabel,
    body: null,
    changes: null,
    data,
    createdAt: new Date().toISOString(),
    editedAt: null,
    deletedAt: null,
    deletedBy: null,
  };
}

describe('timeline sentences for matching, offers and introductions', () => {
  let formatter: TimelineFormatter;
  const summary = (e: TimelineEntry) => formatter.view(e, new Date()).summary;

  // The app registers German formats at start-up (provideI18n); the test does it here.
  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    formatter = TestBed.inject(TimelineFormatter);
  });

  it('says what happened to a mentor offer, from the startup’s and the mentor’s side', () => {
    const on = (side: SubjectType, action: string) =>
      summary(entry(side, 'match', { ...MENTOR_PAIR, action }));
    expect(on('startup', 'offered')).toBe('Offered to mentor Jana Berg');
    expect(on('mentor', 'offered')).toBe('Offered the mentoring of Acme Solar');
    expect(on('startup', 'reminded')).toBe('Reminder sent to Jana Berg');
    expect(on('mentor', 'reminded')).toBe('Reminder sent about Acme Solar');
    expect(on('startup', 'expired')).toBe('Offer to Jana Berg expired');
    expect(on('mentor', 'expired')).toBe('Offer for Acme Solar expired');
  });

  it('says what happened to an investor introduction', () => {
    const on = (side: SubjectType, action: string) =>
      summary(entry(side, 'match', { ...INVESTOR_PAIR, action }));
    expect(on('startup', 'startup-asked')).toBe(
      'Founders asked to agree to an introduction to investor Nordlicht Ventures',
    );
    expect(on('investor', 'startup-asked')).toBe(
      'Founders of Acme Solar asked to agree to an introduction',
    );
    expect(on('startup', 'offered')).toBe('Introduction offered to investor Nordlicht Ventures');
    expect(on('investor', 'offered')).toBe('Offered an introduction to Acme Solar');
    // The reminder went to the founders or to the investor: the sentence holds for both.
    expect(on('startup', 'reminded')).toBe(
      'Reminder sent about the introduction to investor Nordlicht Ventures',
    );
    expect(on('investor', 'expired')).toBe('Introduction to Acme Solar expired unanswered');
  });

  it('words a manager’s decisions, a swap from all three sides and a discarded run', () => {
    expect(summary(entry('startup', 'match', { ...MENTOR_PAIR, action: 'approved' }))).toBe(
      'Match with Jana Berg approved',
    );
    const swap = {
      ...MENTOR_PAIR,
      action: 'swapped',
      previousPartnerId: 'm0',
      previousPartnerName: 'Old Mentor',
    };
    expect(summary(entry('startup', 'match', swap))).toBe('Old Mentor swapped for Jana Berg');
    expect(summary(entry('mentor', 'match', swap))).toBe(
      'Proposed for Acme Solar in place of Old Mentor',
    );
    expect(summary({ ...entry('mentor', 'match', swap), subjectId: 'm0' })).toBe(
      'Replaced by Jana Berg as a match for Acme Solar',
    );
    const discarded = { action: 'discarded', runId: 'r1', kind: 'investors', withdrawn: 3 };
    expect(summary(entry('cohort', 'match', discarded))).toBe(
      'Investor matching run discarded; 3 open proposals withdrawn',
    );
  });

  it('words the answers given through links, with the decline reason', () => {
    const mentorAnswer = {
      ...MENTOR_PAIR,
      mentorId: 'm1',
      mentorName: 'Jana Berg',
      answer: 'declined',
      reason: 'too-busy',
    };
    expect(summary(entry('startup', 'answer', mentorAnswer, 'mentor'))).toBe(
      'Jana Berg declined the mentoring offer (reason: Too busy)',
    );
    expect(
      summary(entry('mentor', 'answer', { ...mentorAnswer, reason: undefined }, 'mentor')),
    ).toBe('Declined the offer to mentor Acme Solar');

    const founders = { ...INVESTOR_PAIR, answer: 'agreed' };
    expect(summary(entry('startup', 'answer', founders, 'founder'))).toBe(
      'Founders agreed to an introduction to investor Nordlicht Ventures',
    );
    expect(
      summary(
        entry(
          'investor',
          'answer',
          { ...founders, answer: 'declined', reason: 'conflict' },
          'founder',
        ),
      ),
    ).toBe('Founders of Acme Solar declined an introduction (reason: Conflict of interest)');

    const investor = { ...INVESTOR_PAIR, answer: 'accepted' };
    expect(summary(entry('startup', 'answer', investor, 'investor'))).toBe(
      'Investor Nordlicht Ventures accepted the introduction',
    );
    expect(
      summary(entry('investor', 'answer', { ...investor, answer: 'declined' }, 'investor')),
    ).toBe('Declined the introduction to Acme Solar');
  });

  it('speaks German too', () => {
    TestBed.inject(LanguageService).use('de').subscribe();
    expect(summary(entry('startup', 'match', { ...INVESTOR_PAIR, action: 'startup-asked' }))).toBe(
      'Gründer:innen um Zustimmung zur Vorstellung bei Investor:in Nordlicht Ventures gebeten',
    );
    expect(
      summary(entry('startup', 'answer', { ...INVESTOR_PAIR, answer: 'accepted' }, 'investor')),
    ).toBe('Investor:in Nordlicht Ventures hat die Vorstellung angenommen');
    expect(
      summary(
        entry(
          'startup',
          'answer',
          { ...INVESTOR_PAIR, answer: 'declined', reason: 'not-my-field' },
          'founder',
        ),
      ),
    ).toBe(
      'Gründer:innen haben die Vorstellung bei Investor:in Nordlicht Ventures abgelehnt (Grund: Diese:r Investor:in passt nicht zu uns)',
    );
  });

  it('falls back to the kind for an action or answer it does not know', () => {
    expect(summary(entry('startup', 'match', { ...MENTOR_PAIR, action: 'teleported' }))).toBe(
      'Matching decision',
    );
    expect(summary(entry('startup', 'answer', { answer: 'maybe' }, 'founder'))).toBe(
      'Answer received',
    );
  });
});
