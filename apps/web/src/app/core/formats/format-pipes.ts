import { Pipe, PipeTransform } from '@angular/core';
import type { FormatLocale } from '@kohorte/contracts';
import { formatAmount, formatDateTime, formatDay, formatMonth } from './formats';

// Each pipe takes the reader's format locale as an argument (`language.formats()`: de, en-GB or
// en-US), so that a switch re-renders the value while the pipes stay pure.

/** `{{ cohort.startsOn | day: language.formats() }}` → "01.09.2026" / "01/09/2026" / "9/1/2026". */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  transform(value: string | Date | null | undefined, lang: FormatLocale): string {
    return formatDay(value, lang);
  }
}

/** `{{ mail.sentAt | dateTime: language.formats() }}` → "06.12.2026, 22:33" / "12/6/2026, 10:33 PM". */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, lang: FormatLocale): string {
    return formatDateTime(value, lang);
  }
}

/** `{{ row.month | month: language.formats() }}` → "Dezember 2026" / "December 2026". */
@Pipe({ name: 'month' })
export class MonthPipe implements PipeTransform {
  transform(value: string | Date | null | undefined, lang: FormatLocale): string {
    return formatMonth(value, lang);
  }
}

/** `{{ startup.fundingSoughtEur | amount: language.formats() }}` → "2.638.000 €" / "€2,638,000". */
@Pipe({ name: 'amount' })
export class AmountPipe implements PipeTransform {
  transform(value: number | string | null | undefined, lang: FormatLocale): string {
    return formatAmount(value, lang);
  }
}
