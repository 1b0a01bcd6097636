export const MENTOR_STATUSES = ['active', 'paused', 'alumni'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const INVESTOR_TYPES = ['angel', 'vc', 'corporate', 'public'] as const;
export type InvestorType = (typeof INVESTOR_TYPES)[number];

export const INVESTOR_STATUSES = ['active', 'inactive'] as const;
export type InvestorStatus = (typeof INVESTOR_STATUSES)[number];

export const COHORT_STATUSES = ['planning', 'running', 'closed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const MEMBERSHIP_STATUSES = ['applied', 'accepted', 'active', 'alumni', 'dropped'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
