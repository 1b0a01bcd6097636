import { Pipe, PipeTransform } from '@angular/core';
import type { Locale } from '@kohorte/contracts';
import { formatAmount, formatDateTime, formatDay, formatMonth } from './formats';

// Each pipe takes the language as an argument (`language.lang()`), so that a language switch
// re-renders the value while the pipes stay pure.

/** `{{ cohort.startsOn | day: language.lang() }}` → "01.09.2026" / "1 Sept 2026". */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  transform(value: string | Date | null | undefined, lang: Locale): string {
    return formatDay(value, lang);
  }
}

/** `{{ mail.sentAt | dateTime: language.lang() }}` → "06.12.2026, 22:33" / "6 Dec 2026, 22:33". */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, lang: Locale): string {
    return formatDateTime(value, lang);
  }
}

/** `{{ row.month | month: language.lang() }}` → "November 2026". */
@Pipe({ name: 'month' })
export class MonthPipe implements PipeTransform {
  transform(value: string | Date | null | undefined, lang: Locale): string {
    return formatMonth(value, lang);
  }
}

/** `{{ startup.fundingSoughtEur | amount: language.lang() }}` → "2.638.000 €" / "€2,638,000". */
@Pipe({ name: 'amount' })
export class AmountPipe implements PipeTransform {
  transform(value: number | string | null | undefined, lang: Locale): string {
    return formatAmount(value, lang);
  }
}
