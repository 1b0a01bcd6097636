/** A person attached to a startup: founder or other contact. */
export interface StartupContactInput {
  fullName: string;
  email: string;
  /** Free text: "CEO & co-founder". */
  role?: string | null;
  phone?: string | null;
  /** Founders receive the startup's profile links. Defaults to true. */
  isFounder?: boolean;
}
export type UpdateStartupContactRequest = Partial<StartupContactInput>;

export interface StartupContact {
  id: string;
  startupId: string;
  fullName: string;
  email: string;
  role: string | null;
  phone: string | null;
  isFounder: boolean;
  /** The mentor with the same email, when this person also mentors: one person, two roles. */
  mentorId: string | null;
  createdAt: string;
  updatedAt: string;
}
