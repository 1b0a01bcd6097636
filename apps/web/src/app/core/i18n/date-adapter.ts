import { DestroyRef, inject, Injectable, Provider } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { FormatLocale } from '@kohorte/contracts';
import { LanguageService } from './language';

/** BCP 47 tags for Intl-based formatting (the datepicker and its typed dates). */
const DATE_LOCALES: Record<FormatLocale, string> = {
  de: 'de-DE',
  'en-GB': 'en-GB',
  'en-US': 'en-US',
};

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A local calendar date, or an invalid Date when the day does not exist (31.02.2020). */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(year, month - 1, day);
  const exists =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists ? date : new Date(NaN);
}

/**
 * Reads what a person types into a date field: `2021-03-15` in any language, `15.3.2021` in
 * German, `3/15/2021` in English. Returns undefined for anything else.
 */
export function parseTypedDate(text: string, locale: string): Date | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return localDate(+iso[1], +iso[2], +iso[3]);
  const dotted = DOTTED_DATE.exec(value);
  if (dotted) return localDate(+dotted[3], +dotted[2], +dotted[1]);
  const slashed = SLASHED_DATE.exec(value);
  if (slashed) {
    return locale.startsWith('en-US')
      ? localDate(+slashed[3], +slashed[1], +slashed[2])
      : localDate(+slashed[3], +slashed[2], +slashed[1]);
  }
  return undefined;
}

/**
 * The native adapter parses with `Date.parse`, which reads `2021-03-15` as UTC midnight (the day
 * before, west of Greenwich) and does not know German dates; typed dates here are local days.
 */
@Injectable()
export class KohorteDateAdapter extends NativeDateAdapter {
  constructor() {
    super();
    // The datepicker writes dates as the reader chose (German, British or US), also after a switch.
    const stop = inject(LanguageService).watchFormats((locale) =>
      this.setLocale(DATE_LOCALES[locale]),
    );
    inject(DestroyRef).onDestroy(stop);
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const parsed = parseTypedDate(value, String(this.locale));
      if (parsed !== undefined) return parsed;
    }
    return super.parse(value, parseFormat);
  }
}

/**
 * The datepicker in the UI language, for the components that show one (and the component tests).
 * Not at the root: Material's date and option code would then come with every page's first load.
 */
export function provideDateAdapter(): Provider[] {
  return [
    { provide: DateAdapter, useClass: KohorteDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
  ];
}
