import { Pipe, PipeTransform } from '@angular/core';
import { berlinDateTime, type FormatLocale } from '@kohorte/contracts';

/**
 * `{{ offer.expiresAt | berlinTime: language.formats() }}`: a deadline as the emails state it, in
 * German time with the zone named, whatever zone the browser is in, so that a page and its email
 * never disagree.
 */
@Pipe({ name: 'berlinTime' })
export class BerlinTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: FormatLocale): string {
    return iso ? berlinDateTime(iso, lang) : '';
  }
}
