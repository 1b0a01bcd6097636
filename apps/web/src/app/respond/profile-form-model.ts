import { FounderProfile, UpdateFounderProfileRequest } from '@kohorte/contracts';
import {
  createStartupForm,
  StartupForm,
  StartupFormValue,
  toFormValue,
  toStartupInput,
} from '../startups/startup-form-model';

/**
 * The founders' profile form is the staff form (same controls, limits and conversions); its
 * `tags` control stays unused, because tags are internal and never sent.
 */
export function createFounderForm(): StartupForm {
  return createStartupForm();
}

export function founderFormValue(profile: FounderProfile): StartupFormValue {
  return toFormValue({
    ...profile,
    tags: [],
    status: 'active',
    profileCompleteness: null,
    createdAt: profile.updatedAt,
  });
}

export function toFounderPatch(value: StartupFormValue): UpdateFounderProfileRequest {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- tags are never sent
  const { tags, ...fields } = toStartupInput(value);
  return fields;
}
