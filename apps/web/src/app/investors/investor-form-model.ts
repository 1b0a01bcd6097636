import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  FieldRule,
  Investor,
  INVESTOR_FIELDS,
  InvestorInput,
  InvestorStatus,
  InvestorType,
  Locale,
} from '@kohorte/contracts';
import { fieldRule } from '../core/forms/field-rule';

// The limit the name input shows is the field schema's.
export const NAME_MAX = INVESTOR_FIELDS.name.maxLength;
export const DEFAULT_INTROS_PER_ROUND = 3;

/** The edit form. Control names are InvestorInput's field names (the API's errors name them). */
export type InvestorForm = FormGroup<{
  name: FormControl<string>;
  contactName: FormControl<string>;
  email: FormControl<string>;
  type: FormControl<InvestorType | null>;
  sectors: FormControl<string[]>;
  stages: FormControl<string[]>;
  ticketMinEur: FormControl<number | null>;
  ticketMaxEur: FormControl<number | null>;
  regions: FormControl<string[]>;
  introsPerRound: FormControl<number | null>;
  status: FormControl<InvestorStatus>;
  locale: FormControl<Locale>;
  tags: FormControl<string[]>;
}>;

export type InvestorFormValue = ReturnType<InvestorForm['getRawValue']>;

const text = (rule: FieldRule) =>
  new FormControl('', { nonNullable: true, validators: [fieldRule(rule)] });
const keys = (rule: FieldRule) =>
  new FormControl<string[]>([], { nonNullable: true, validators: [fieldRule(rule)] });
const whole = (rule: FieldRule, initial: number | null = null) =>
  new FormControl<number | null>(initial, [fieldRule(rule)]);

/** The ticket maximum must not be below the minimum; the error sits where the API puts it. */
function ticketInOrder(group: AbstractControl): ValidationErrors | null {
  const min = group.get('ticketMinEur')?.value as number | null;
  const max = group.get('ticketMaxEur');
  if (!max) return null;
  const wrong = typeof min === 'number' && typeof max.value === 'number' && max.value < min;
  const { ticketOrder: _, ...others } = max.errors ?? {};
  if (wrong) {
    max.setErrors({ ...others, ticketOrder: true });
  } else if (max.hasError('ticketOrder')) {
    max.setErrors(Object.keys(others).length > 0 ? others : null);
  }
  return null;
}

/**
 * Every control checked by its field's rule in INVESTOR_FIELDS, as the API and the import check
 * it; the type is a choice the form offers, the vocabularies' keys are the API's to decide.
 */
export function createInvestorForm(): InvestorForm {
  const fields = INVESTOR_FIELDS;
  return new FormGroup(
    {
      name: text(fields.name),
      contactName: text(fields.contactName),
      email: text(fields.email),
      type: new FormControl<InvestorType | null>(null, Validators.required),
      sectors: keys(fields.sectors),
      stages: keys(fields.stages),
      ticketMinEur: whole(fields.ticketMinEur),
      ticketMaxEur: whole(fields.ticketMaxEur),
      regions: keys(fields.regions),
      introsPerRound: whole(fields.introsPerRound, DEFAULT_INTROS_PER_ROUND),
      status: new FormControl<InvestorStatus>('active', { nonNullable: true }),
      // German unless staff know otherwise: most investors in the programme's region read German.
      locale: new FormControl<Locale>('de', { nonNullable: true }),
      tags: keys(fields.tags),
    },
    { validators: ticketInOrder },
  );
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function numberOrNull(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What the form holds, as the API takes it (call only when the form is valid: `type` is set). */
export function toInvestorInput(value: InvestorFormValue): InvestorInput {
  return {
    name: value.name.trim(),
    contactName: textOrNull(value.contactName),
    email: value.email.trim(),
    type: value.type as InvestorType,
    sectors: [...value.sectors],
    stages: [...value.stages],
    ticketMinEur: numberOrNull(value.ticketMinEur),
    ticketMaxEur: numberOrNull(value.ticketMaxEur),
    regions: [...value.regions],
    introsPerRound: value.introsPerRound ?? DEFAULT_INTROS_PER_ROUND,
    status: value.status,
    locale: value.locale,
    tags: [...value.tags],
  };
}

/** A stored investor as form values (null text as empty strings). */
export function toInvestorFormValue(investor: Investor): InvestorFormValue {
  return {
    name: investor.name,
    contactName: investor.contactName ?? '',
    email: investor.email,
    type: investor.type,
    sectors: [...investor.sectors],
    stages: [...investor.stages],
    ticketMinEur: investor.ticketMinEur,
    ticketMaxEur: investor.ticketMaxEur,
    regions: [...investor.regions],
    introsPerRound: investor.introsPerRound,
    status: investor.status,
    locale: investor.locale,
    tags: [...investor.tags],
  };
}
