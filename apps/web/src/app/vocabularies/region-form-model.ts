import { FormControl, FormGroup, Validators } from '@angular/forms';
import { SaveVocabularyTermRequest } from '@kohorte/contracts';
import { notBlank } from '../core/forms/validators';

export const LABEL_MAX = 120;
export const KEY_MAX = 64;
/** The API's key rule: lower-case letters and digits, words joined by single dashes. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One region: its key (fixed once created), labels and the region it lies in. */
export type RegionForm = FormGroup<{
  key: FormControl<string>;
  labelDe: FormControl<string>;
  labelEn: FormControl<string>;
  parent: FormControl<string | null>;
}>;

const label = () =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, notBlank, Validators.maxLength(LABEL_MAX)],
  });

export function createRegionForm(): RegionForm {
  return new FormGroup({
    key: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.pattern(KEY_PATTERN),
        Validators.maxLength(KEY_MAX),
      ],
    }),
    labelDe: label(),
    labelEn: label(),
    parent: new FormControl<string | null>(null),
  });
}

export function toSaveRequest(form: RegionForm): SaveVocabularyTermRequest {
  const value = form.getRawValue();
  return { labelDe: value.labelDe.trim(), labelEn: value.labelEn.trim(), parent: value.parent };
}

/**
 * The regions a region may lie in: all but itself and the regions within it (which would make a
 * cycle). In tree order the regions within one follow it directly, deeper than it.
 */
export function parentChoices<T extends { key: string; depth: number }>(
  options: readonly T[],
  key: string | null,
): T[] {
  const at = options.findIndex((option) => option.key === key);
  if (at < 0) return [...options];
  let end = at + 1;
  while (end < options.length && options[end].depth > options[at].depth) end++;
  return [...options.slice(0, at), ...options.slice(end)];
}
