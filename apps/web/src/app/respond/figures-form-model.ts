import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FIGURES_TEXT_MAX_LENGTH, StartupFigures, StartupFiguresInput } from '@kohorte/contracts';
import { integer } from '../core/forms/validators';

export type FiguresForm = FormGroup<{
  month: FormControl<string>;
  revenueEur: FormControl<number | null>;
  customers: FormControl<number | null>;
  teamSize: FormControl<number | null>;
  fundingRaisedEur: FormControl<number | null>;
  highlights: FormControl<string>;
  asks: FormControl<string>;
}>;

const count = () => new FormControl<number | null>(null, [Validators.min(0), integer]);
const text = () =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(FIGURES_TEXT_MAX_LENGTH)],
  });

/** `YYYY-MM` of the month a date falls in (local time). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The monthly figures form; the month defaults to the current one. */
export function createFiguresForm(today = new Date()): FiguresForm {
  return new FormGroup({
    month: new FormControl(monthOf(today), {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\d{4}-(0[1-9]|1[0-2])$/)],
    }),
    revenueEur: count(),
    customers: count(),
    teamSize: count(),
    fundingRaisedEur: count(),
    highlights: text(),
    asks: text(),
  });
}

/** The figures already reported for a month, or an empty form for a new month. */
export function figuresFormValue(
  month: string,
  reported: StartupFigures | undefined,
): FiguresForm['value'] {
  return {
    month,
    revenueEur: reported?.revenueEur ?? null,
    customers: reported?.customers ?? null,
    teamSize: reported?.teamSize ?? null,
    fundingRaisedEur: reported?.fundingRaisedEur ?? null,
    highlights: reported?.highlights ?? '',
    asks: reported?.asks ?? '',
  };
}

function numberOrNull(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function toFiguresInput(value: ReturnType<FiguresForm['getRawValue']>): StartupFiguresInput {
  return {
    revenueEur: numberOrNull(value.revenueEur),
    customers: numberOrNull(value.customers),
    teamSize: numberOrNull(value.teamSize),
    fundingRaisedEur: numberOrNull(value.fundingRaisedEur),
    highlights: textOrNull(value.highlights),
    asks: textOrNull(value.asks),
  };
}
