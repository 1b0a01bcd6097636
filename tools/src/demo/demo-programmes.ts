import type { CohortStatus, MembershipStatus } from '@kohorte/contracts';

/** A cohort as the demo writes it; dates are months relative to the seeding day. */
export interface DemoCohort {
  name: string;
  startsInMonths: number;
  months: number;
  status: CohortStatus;
  capacity: number;
  /** Startups taken into it, with the status each has there. */
  members: number;
  memberStatus: MembershipStatus;
  /** Mentors in its pool. */
  mentors: number;
}

export interface DemoProgramme {
  name: string;
  description: string;
  cohorts: DemoCohort[];
}

/** The demo incubator's programmes: one closed, one running and one planned cohort among them. */
export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  {
    name: 'Leipzig Accelerator',
    description:
      'Sechs Monate Intensivprogramm für Startups mit erstem Umsatz: Mentoring, Investorenkontakte, Demo Day.',
    cohorts: [
      {
        name: 'Accelerator 2026/1',
        startsInMonths: -10,
        months: 6,
        status: 'closed',
        capacity: 10,
        members: 8,
        memberStatus: 'alumni',
        mentors: 10,
      },
      {
        name: 'Accelerator 2026/2',
        startsInMonths: -3,
        months: 6,
        status: 'running',
        capacity: 12,
        members: 10,
        memberStatus: 'active',
        mentors: 14,
      },
    ],
  },
  {
    name: 'Pre-Incubation Lab',
    description:
      'Three months from idea to a tested business model, for teams from the universities of the region.',
    cohorts: [
      {
        name: 'Lab Frühjahr 2027',
        startsInMonths: 3,
        months: 3,
        status: 'planning',
        capacity: 15,
        members: 6,
        memberStatus: 'applied',
        mentors: 6,
      },
    ],
  },
  {
    name: 'Health & Life Sciences Track',
    description:
      'Branchenprogramm für Medizintechnik, Digital Health und Biotech mit Partnerkliniken.',
    cohorts: [
      {
        name: 'Health Track 2026',
        startsInMonths: -2,
        months: 9,
        status: 'running',
        capacity: 8,
        members: 6,
        memberStatus: 'accepted',
        mentors: 8,
      },
    ],
  },
];
